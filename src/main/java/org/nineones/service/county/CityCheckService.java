package org.nineones.service.county;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.nineones.model.Messages;
import org.nineones.model.county.CityCheck;
import org.nineones.model.county.CityComparison;
import org.nineones.model.county.CityInspection;
import org.nineones.model.county.DeskBatch;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.service.inspection.DrawFrame;
import org.nineones.service.inspection.DrawService;
import org.nineones.service.inspection.StratifiedDraw;
import org.nineones.store.DeskCityChecks;
import org.nineones.store.DeskStore;
import org.nineones.store.DeskSummaryQueries;
import org.nineones.store.WorkspaceException;

/**
 * The city's spot check of a county (issue 14, point 4; decision 0027): draws enterprises from the county's accepted
 * ones with the workers' replayable draw ({@link StratifiedDraw}, {@value StratifiedDraw#ALGORITHM}; frame = the
 * county's enterprises whose latest inspection is signed, in credit-code order, strata by industry, size by
 * {@link CityCheckRules}) and records it on the desk; loads the city inspectors' own inspection files as the
 * re-inspections of that check; compares the county's conclusions and scores with the city's; replays a check from
 * its record.
 */
public final class CityCheckService {

    /** What loading a city inspector's inspection file for a check did. */
    public record Loaded(Path file, int inspections, int linked, int known, int unsigned, int notDrawn) {
    }

    /**
     * A check replayed: whether its recorded frame still hashes to the recorded SHA-256, whether the draw made again
     * from it with the recorded seed and size gives the same enterprises in the same order, and whether the county's
     * accepted enterprises on the desk today still make the same frame.
     */
    public record Replay(CityCheck check, String frameSha256, boolean frameIntact, List<String> drawnAgain,
                         boolean sameEnterprises, boolean deskUnchanged) {
    }

    private final Messages messages;
    private final DrawService draws;
    /** Read on the first use, not when the app starts (decision 0019). */
    private CityCheckRules rules;

    /** With the rules that ship with the app ({@link CityCheckRules#bundled}), read when first needed. */
    public CityCheckService(Messages messages, DrawService draws) {
        this(messages, draws, null);
    }

    public CityCheckService(Messages messages, DrawService draws, CityCheckRules rules) {
        this.messages = messages;
        this.draws = draws;
        this.rules = rules;
    }

    public synchronized CityCheckRules rules() {
        if (rules == null) {
            rules = CityCheckRules.bundled();
        }
        return rules;
    }

    /** A new seed, as the workers' draw makes them. */
    public long newSeed() {
        return draws.newSeed();
    }

    /** A seed as typed; a bad one is refused with the workers' draw's sentence. */
    public long parseSeed(String text) {
        return draws.parseSeed(text);
    }

    /**
     * Draws from a county's accepted enterprises (of the batch, when one is given) and records the check, in one
     * write. Refused, nothing written: a county no inspection names, a county with no accepted enterprise.
     */
    public CityCheck draw(DeskStore desk, String county, DeskBatch batch, long seed) {
        draws.parseSeed(String.valueOf(seed));
        String name = county == null ? "" : county.strip();
        DrawFrame<FrameEnterprise> frame = DrawFrame.of(accepted(desk, name, batch));
        StratifiedDraw<FrameEnterprise> draw = new StratifiedDraw<>(frame, seed);
        CityCheckRules rules = rules();
        int size = rules.size(frame.size());
        StratifiedDraw.Result<FrameEnterprise> result = draw.draw(size, List.of());
        Map<FrameEnterprise, Integer> positions = new HashMap<>();
        for (StratifiedDraw.Pick<FrameEnterprise> p : result.picks()) {
            positions.put(p.member(), positions.size() + 1);
        }
        List<CityCheck.Enterprise> rows = new ArrayList<>(frame.size());
        for (FrameEnterprise e : frame.members()) {
            rows.add(new CityCheck.Enterprise(e.creditCode(), e.name(), e.industry(), e.inspectionUid(),
                    Long.toUnsignedString(StratifiedDraw.drawNumber(seed, frame.sha256(), e)), positions.get(e)));
        }
        List<CityCheck.Stratum> plan = result.plan().stream()
                .map(s -> new CityCheck.Stratum(s.stratum(), s.members(), s.allotted(), s.drawn())).toList();
        CityCheck check = new CityCheck(null, name, batch == null ? null : batch.uid(), seed,
                StratifiedDraw.ALGORITHM, frame.sha256(), frame.size(), rules.sampleSize().name(), size, null, null,
                plan, List.of());
        return desk.write(r -> r.cityChecks().insert(check, rows));
    }

    /**
     * The frame's enterprises: those of the county whose latest inspection (as the county summary picks it) is signed
     * and names a credit code; with a batch, those of its enterprises in the county.
     */
    private List<FrameEnterprise> accepted(DeskStore desk, String county, DeskBatch batch) {
        List<EnterpriseRow> all = desk.read(r -> r.summary().enterprises(batch == null ? null : batch.uid(),
                LocalDate.now(), ColourRules.defaults(), DeskSummaryQueries.Filter.ALL));
        List<EnterpriseRow> inCounty = all.stream().filter(e -> e.county().equals(county)).toList();
        if (inCounty.isEmpty()) {
            Set<String> known = all.stream().map(EnterpriseRow::county).collect(Collectors.toCollection(TreeSet::new));
            throw new CityCheckException(CityCheckException.Reason.UNKNOWN_COUNTY, messages.get(
                    "citycheck.error.unknownCounty", county, known.isEmpty() ? messages.get("citycheck.none")
                            : String.join("、", known)), null);
        }
        List<FrameEnterprise> members = inCounty.stream().filter(e -> e.signed() && !e.creditCode().isEmpty())
                .map(e -> new FrameEnterprise(e.creditCode(), e.enterpriseName(), e.industry(), e.inspectionUid()))
                .toList();
        if (members.isEmpty()) {
            throw new CityCheckException(CityCheckException.Reason.NONE_ACCEPTED, batch == null
                    ? messages.get("citycheck.error.noneAccepted", county)
                    : messages.get("citycheck.error.noneAcceptedInBatch", county, batch.name()), null);
        }
        return members;
    }

    /** A check by its id; an id the desk does not hold is refused. */
    public CityCheck check(DeskStore desk, String uid) {
        String id = uid == null ? "" : uid.strip();
        return desk.read(r -> r.cityChecks().check(id)).orElseThrow(() -> unknownCheck(id));
    }

    private CityCheckException unknownCheck(String id) {
        return new CityCheckException(CityCheckException.Reason.UNKNOWN_CHECK,
                messages.get("citycheck.error.unknownCheck", id), null);
    }

    /** The counties with at least one accepted enterprise with a credit code: those a check can be drawn in. */
    public List<String> counties(DeskStore desk) {
        return desk.read(r -> r.summary().enterprises(null, LocalDate.now(), ColourRules.defaults(),
                        DeskSummaryQueries.Filter.ALL)).stream().filter(e -> e.signed() && !e.creditCode().isEmpty())
                .map(EnterpriseRow::county).distinct().sorted().toList();
    }

    /** Every check of a county ({@code null}: every county) compared, the latest first: the city's overview. */
    public List<CityComparison> compareAll(DeskStore desk, String county) {
        return checks(desk, county).stream().map(c -> compare(desk, c.uid())).toList();
    }

    /** The checks of a county ({@code null}: every county), the latest first. */
    public List<CityCheck> checks(DeskStore desk, String county) {
        return desk.read(r -> r.cityChecks().checks(county == null ? null : county.strip()));
    }

    /** The county's inspections a check's enterprises were drawn with, in draw order. */
    public List<DeskInspection> countyInspections(DeskStore desk, String uid) {
        CityCheck check = check(desk, uid);
        return desk.read(r -> r.cityChecks().countyInspections(check.uid()));
    }

    /**
     * Opens the desk a check is kept on: a PostgreSQL URL, or a desk file that must exist (a missing one is refused,
     * nothing made: a check is drawn from a county's inspections already on a desk).
     */
    public DeskStore openDesk(CountyDeskService desks, String location) throws WorkspaceException {
        if (!DeskStore.isServer(location)) {
            String path = location == null ? "" : location.strip();
            Path file = Path.of(path.startsWith("jdbc:sqlite:") ? path.substring(12) : path);
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new CityCheckException(CityCheckException.Reason.NO_DESK,
                        messages.get("citycheck.error.noDesk", file), file);
            }
        }
        return desks.open(location);
    }

    /** A check's whole frame in frame order, the drawn marked (what a county needs to replay it by hand). */
    public List<CityCheck.Enterprise> frame(DeskStore desk, String uid) {
        CityCheck check = check(desk, uid);
        return desk.read(r -> r.cityChecks().frame(check.uid()));
    }

    /**
     * Loads a city inspector's inspection file as the city's re-inspections for a check, in one write: each signed
     * inspection of a drawn enterprise (by credit code) is kept once; those not signed yet and those of enterprises
     * not drawn are counted and left. A file holding an inspection the desk keeps as a county's is refused whole.
     */
    public Loaded load(DeskStore desk, String checkUid, Path inspectionFile) throws WorkspaceException {
        CityCheck check = check(desk, checkUid);
        return record(desk, check.uid(), DeskInspections.read(inspectionFile), inspectionFile);
    }

    /**
     * Keeps inspections made by the city as the re-inspections of a check (the file's inspections, or made elsewhere:
     * the tests'), as {@link #load} does.
     */
    public Loaded record(DeskStore desk, String checkUid, List<DeskInspection> inspections, Path source) {
        CityCheck check = check(desk, checkUid);
        Set<String> drawn = check.drawn().stream().map(CityCheck.Enterprise::creditCode)
                .collect(Collectors.toSet());
        int[] counts = new int[4];
        desk.write(r -> {
            DeskCityChecks checks = r.cityChecks();
            for (DeskInspection i : inspections) {
                if (checks.isCountyInspection(i.uid())) {
                    throw new CityCheckException(CityCheckException.Reason.COUNTY_INSPECTION, messages.get(
                            "citycheck.error.countyInspection", source == null ? "" : source.getFileName(),
                            i.enterpriseName(), i.uid()), source);
                }
                if (!drawn.contains(i.creditCode())) {
                    counts[3]++;
                } else if (!i.signed()) {
                    counts[2]++;
                } else if (checks.put(new CityInspection(check.uid(), i.uid(), i.creditCode(), i.enterpriseName(),
                        i.signedAt(), i.score(), i.maxScore(), i.conclusion(), i.vetoes(), i.sourceFile()))) {
                    counts[0]++;
                } else {
                    counts[1]++;
                }
            }
            return null;
        });
        return new Loaded(source, inspections.size(), counts[0], counts[1], counts[2], counts[3]);
    }

    /**
     * Compares a check: for each enterprise drawn, the county's conclusion and score (the inspection it was drawn
     * with) against the city's latest re-inspection loaded for the check; and the county's line of counts.
     */
    public CityComparison compare(DeskStore desk, String checkUid) {
        CityCheck check = check(desk, checkUid);
        Map<String, DeskInspection> county = new HashMap<>();
        Map<String, CityInspection> city = new LinkedHashMap<>();
        desk.read(r -> {
            r.cityChecks().countyInspections(check.uid()).forEach(i -> county.put(i.uid(), i));
            r.cityChecks().inspections(check.uid()).forEach(i -> city.putIfAbsent(i.creditCode(), i));
            return null;
        });
        BigDecimal threshold = rules().scoreThreshold();
        List<CityComparison.Row> rows = new ArrayList<>();
        for (CityCheck.Enterprise e : check.drawn()) {
            DeskInspection c = county.get(e.inspectionUid());
            CityInspection m = city.get(e.creditCode());
            BigDecimal difference = m == null ? null : m.score().subtract(c.score());
            rows.add(new CityComparison.Row(e.creditCode(), e.enterpriseName(), e.stratum(), c.uid(), c.signedAt(),
                    c.score(), c.conclusion(), m == null ? null : m.uid(), m == null ? null : m.signedAt(),
                    m == null ? null : m.score(), m == null ? null : m.conclusion(), difference,
                    m != null && m.conclusion() != c.conclusion(),
                    difference != null && difference.abs().compareTo(threshold) > 0));
        }
        int reinspected = (int) rows.stream().filter(CityComparison.Row::reinspected).count();
        int differ = (int) rows.stream().filter(r -> r.outcome() == CityComparison.Outcome.DIFFER).count();
        return new CityComparison(check, threshold, rows, new CityComparison.Summary(check.county(), rows.size(),
                reinspected, reinspected - differ, differ));
    }

    /**
     * Replays a check from its record: the recorded frame hashed again, the draw made again with the recorded seed
     * and size; and the county's accepted enterprises on the desk today framed again, to tell whether they changed.
     */
    public Replay replay(DeskStore desk, String checkUid) {
        CityCheck check = check(desk, checkUid);
        List<FrameEnterprise> recorded = desk.read(r -> r.cityChecks().frame(check.uid())).stream()
                .map(e -> new FrameEnterprise(e.creditCode(), e.enterpriseName(), e.stratum(), e.inspectionUid()))
                .toList();
        DrawFrame<FrameEnterprise> frame = DrawFrame.of(recorded);
        List<String> again = new StratifiedDraw<>(frame, check.seed()).draw(check.ruleSize(), List.of()).picks()
                .stream().map(p -> p.member().creditCode()).toList();
        List<String> drawn = check.drawn().stream().map(CityCheck.Enterprise::creditCode).toList();
        DeskBatch batch = check.batchUid() == null ? null : desk.read(r -> r.batch(check.batchUid())).orElse(null);
        String today;
        try {
            today = DrawFrame.of(accepted(desk, check.county(), batch)).sha256();
        } catch (CityCheckException e) {
            today = null;
        }
        return new Replay(check, frame.sha256(), frame.sha256().equals(check.frameSha256()), again,
                again.equals(drawn), Objects.equals(today, check.frameSha256()));
    }

    /**
     * Writes a comparison as a workbook (比较, 汇总, 抽样框): beside {@code out}, then moved into place.
     */
    public void writeWorkbook(DeskStore desk, CityComparison comparison, Path out) throws IOException {
        List<CityCheck.Enterprise> frame = desk.read(r -> r.cityChecks().frame(comparison.check().uid()));
        new CityCheckWorkbook(messages).write(out, comparison, frame);
    }
}
