package org.nineones.service.county;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.nineones.model.CreditCode;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.DeskInspection;
import org.nineones.model.county.DeskInspection.DeskFinding;
import org.nineones.model.county.DeskInspection.DeskLine;
import org.nineones.model.inspection.InspectionFinding;

/**
 * Inspections made up for the county desk's tests and benchmark: written straight into the desk, as loading real
 * inspection files would (a few real ones are loaded by {@code CountyDeskLoadTest}).
 */
public final class SyntheticInspections {

    private static final String[] LINES = {"1.1", "1.2", "2.1", "3.1", "4.1", "5.1", "5.2", "6.1", "7.1", "8.1",
        "9.1"};

    private SyntheticInspections() {
    }

    /** A valid credit code, the n-th of a made-up series. */
    public static String creditCode(int n) {
        String first17 = String.format("91370100%09d", n);
        return first17 + CreditCode.checkCharFor(first17);
    }

    /** A fingerprint that looks like one. */
    static String fingerprint(String uid) {
        return (uid.replace("-", "") + "00000000000000000000000000000000").substring(0, 64);
    }

    /** An unsigned inspection (opened, not signed yet). */
    public static DeskInspection unsigned(String name, String code, String county, boolean selfAssessed,
                                          String openedAt) {
        String uid = UUID.randomUUID().toString();
        return new DeskInspection(uid, name, code, county, "化工", fingerprint(uid), openedAt, selfAssessed, null,
                null, null, null, List.of(), List.of(), "synthetic");
    }

    /** A signed inspection with its lines and findings. */
    public static DeskInspection signed(String name, String code, String county, boolean selfAssessed,
                                        String signedAt, String score, Conclusion conclusion, List<DeskLine> lines,
                                        List<DeskFinding> findings) {
        String uid = UUID.randomUUID().toString();
        return new DeskInspection(uid, name, code, county, "化工", fingerprint(uid), signedAt, selfAssessed, signedAt,
                new BigDecimal(score), BigDecimal.valueOf(100), conclusion, lines, findings, "synthetic");
    }

    public static DeskLine line(String id, String deducted) {
        return new DeskLine(id, new BigDecimal(deducted), false);
    }

    public static DeskLine veto(String id) {
        return new DeskLine(id, BigDecimal.ZERO, true);
    }

    public static DeskFinding finding(String lineId, InspectionFinding.Source source, LocalDate deadline,
                                      boolean open) {
        return new DeskFinding(UUID.randomUUID().toString(), lineId, source, "现场发现", deadline, "张三", open,
                open ? null : deadline, open ? null : deadline + " 08:00:00");
    }

    /**
     * {@code count} signed inspections over {@code counties} counties and about {@code count / 2} enterprises (so that
     * enterprises have two inspections in a row), each with a few deducted lines and findings; replayable by seed.
     */
    public static List<DeskInspection> many(int count, int counties, long seed) {
        Random random = new Random(seed);
        List<DeskInspection> all = new ArrayList<>(count);
        int enterprises = Math.max(1, count / 2);
        for (int n = 0; n < count; n++) {
            int e = n % enterprises;
            String county = "县" + (e % counties);
            int score = 55 + random.nextInt(45);
            Conclusion conclusion = score >= 85 ? Conclusion.PASS : score >= 70 ? Conclusion.RECTIFY : Conclusion.FAIL;
            List<DeskLine> lines = new ArrayList<>();
            List<DeskFinding> findings = new ArrayList<>();
            for (int l = 0; l < 1 + random.nextInt(4); l++) {
                String id = LINES[random.nextInt(LINES.length)];
                if (lines.stream().noneMatch(x -> x.lineId().equals(id))) {
                    lines.add(line(id, "2"));
                    findings.add(finding(id, InspectionFinding.Source.DEDUCTION,
                            LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)), random.nextInt(3) > 0));
                }
            }
            String signedAt = String.format("2026-%02d-%02d 09:%02d:00", 1 + n * 12 / count, 1 + random.nextInt(28),
                    random.nextInt(60));
            all.add(signed("企业" + e, creditCode(e), county, random.nextBoolean(), signedAt,
                    String.valueOf(score), conclusion, lines, findings));
        }
        return all;
    }
}
