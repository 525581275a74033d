package org.nineones.model.county;

import java.util.List;

/**
 * The city's spot check of a county (issue 14, point 4; decision 0027) as the desk records it: what replays the draw —
 * seed, algorithm, the frame's SHA-256, the rule and its size — the plan by stratum (industry), and the enterprises
 * drawn, in draw order, each with the county's inspection its conclusion came from.
 *
 * @param batchUid   the batch the frame was limited to, or {@code null} for every enterprise of the county
 * @param population the enterprises in the frame (the county's accepted ones)
 * @param drawnAt    UTC, {@code yyyy-MM-dd HH:mm:ss}
 */
public record CityCheck(String uid, String county, String batchUid, long seed, String algorithm, String frameSha256,
                        int population, String rule, int ruleSize, String drawnBy, String drawnAt,
                        List<Stratum> plan, List<Enterprise> drawn) {

    public CityCheck {
        plan = List.copyOf(plan);
        drawn = List.copyOf(drawn);
    }

    /** One stratum of the plan: its enterprises, the seats its share gave, and the enterprises drawn from it. */
    public record Stratum(String stratum, int enterprises, int allotted, int drawn) {
    }

    /**
     * An enterprise of the frame: as its latest signed inspection named it, that inspection's uid, its draw number
     * (unsigned, in decimal) and, when drawn, its place in the draw (from 1; {@code null} when not drawn).
     */
    public record Enterprise(String creditCode, String enterpriseName, String stratum, String inspectionUid,
                             String drawNumber, Integer drawnPosition) {

        public boolean drawn() {
            return drawnPosition != null;
        }
    }

    /** The enterprises drawn, the rule's size (the city's draw adds nobody beyond it). */
    public int size() {
        return drawn.size();
    }
}
