package org.nineones.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.nineones.model.Gender;
import org.nineones.model.PostCategory;

/**
 * Writes the roster (花名册) of a synthetic chemical plant as HR keeps it, deterministically: the same
 * employees, seed, invalid-row count and reference date always give the same cell values.
 *
 * <pre>
 *   RosterGenerator.synthetic(10_000, 1).withInvalidRows(4).write(Path.of("roster.xlsx"));
 *   RosterGenerator.sample().write(Path.of("示例化工-花名册.xlsx"));
 * </pre>
 */
public final class RosterGenerator {

    /** The day the roster is "as of": fixed, so that certificates expiring soon stay deterministic. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1966, 1, 1);
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2004, 12, 31);
    private static final LocalDate EARLIEST_HIRE = LocalDate.of(1995, 3, 1);
    private static final InvalidKind[] INVALID_CYCLE = InvalidKind.values();
    private static final String[] PHONE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "176", "177", "178", "180", "181",
            "182", "183", "185", "186", "187", "188", "189", "191", "198", "199"};

    private final CompanyPlan company;
    private final long seed;
    private final int invalidRows;
    private final LocalDate asOf;

    private RosterGenerator(CompanyPlan company, long seed, int invalidRows, LocalDate asOf) {
        this.company = company;
        this.seed = seed;
        this.invalidRows = invalidRows;
        this.asOf = asOf;
    }

    /** A synthetic plant of exactly {@code employees} people; everything follows from the seed. */
    public static RosterGenerator synthetic(int employees, long seed) {
        return new RosterGenerator(Plans.synthetic(employees, seed), seed, 0, DEFAULT_AS_OF);
    }

    /** The sample enterprise (滨州示例化工有限公司), with its fixed structure and seed. */
    public static RosterGenerator sample() {
        return new RosterGenerator(Plans.sample(), SampleEnterprise.SEED, 0, DEFAULT_AS_OF);
    }

    /**
     * Makes {@code k} rows invalid, evenly spread: data row {@code (j + 1) * n / (k + 1)} for j = 0…k−1 gets
     * the j-th kind of {@link InvalidKind} in turn. The other rows stay exactly as without them.
     */
    public RosterGenerator withInvalidRows(int k) {
        int n = company.headcount();
        if (k < 0 || (k > 0 && 2 * k > n)) {
            throw new IllegalArgumentException("invalid rows must be between 0 and half the employees: " + k);
        }
        return new RosterGenerator(company, seed, k, asOf);
    }

    public RosterGenerator asOf(LocalDate date) {
        return new RosterGenerator(company, seed, invalidRows, date);
    }

    public CompanyPlan company() {
        return company;
    }

    /** The 0-based data-row indexes that {@link #withInvalidRows} makes invalid, in order. */
    public static List<Integer> invalidPositions(int employees, int k) {
        List<Integer> positions = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            positions.add((int) ((long) (j + 1) * employees / (k + 1)));
        }
        return positions;
    }

    /** The rows, in memory. */
    public Roster build() {
        Random random = new Random(seed);
        List<RosterRow> rows = new ArrayList<>(company.headcount());
        Set<String> ids = new HashSet<>();
        int width = Math.max(4, Integer.toString(company.headcount()).length());
        company.slots().forEach(s -> {
            for (int i = 0; i < s.slot().count(); i++) {
                rows.add(person(random, rows.size() + 1, width, s.unit(), s.slot(), ids));
            }
        });
        List<Integer> positions = invalidPositions(rows.size(), invalidRows);
        for (int j = 0; j < positions.size(); j++) {
            int at = positions.get(j);
            rows.set(at, spoil(rows, at, INVALID_CYCLE[j % INVALID_CYCLE.length]));
        }
        return new Roster(company, asOf, rows);
    }

    /** Builds the rows and writes the workbook (through a temporary file, so nothing is half-written). */
    public Roster write(Path out) throws IOException {
        Roster roster = build();
        new RosterWorkbookWriter().write(roster, out);
        return roster;
    }

    private RosterRow person(Random random, int sequence, int width, UnitPlan unit, Slot slot, Set<String> ids) {
        PostPlan post = slot.post();
        Gender gender = random.nextDouble() < post.femaleShare() ? Gender.FEMALE : Gender.MALE;
        String name = ChineseNames.next(random, gender);
        boolean senior = post.category() != PostCategory.OPERATOR && post.category() != PostCategory.SPECIAL_OPERATION;
        LocalDate birth = between(random, EARLIEST_BIRTH, senior ? LocalDate.of(1988, 12, 31) : LATEST_BIRTH);
        String id;
        do {
            id = IdNumbers.next(random, birth, gender);
        } while (!ids.add(id));
        LocalDate earliestHire = birth.plusYears(18).isAfter(EARLIEST_HIRE) ? birth.plusYears(18) : EARLIEST_HIRE;
        LocalDate hire = between(random, earliestHire, asOf.minusDays(30));
        DateStyle hireStyle = hireDateStyle(random);
        String phone = PHONE_PREFIXES[random.nextInt(PHONE_PREFIXES.length)] + pad(random.nextInt(100_000_000), 8);
        String certificate = "";
        LocalDate expiry = null;
        DateStyle expiryStyle = null;
        if (post.isSpecialOperation()) {
            SpecialOperation op = post.special();
            expiry = random.nextInt(100) < 10 ? asOf.plusDays(1 + random.nextInt(60))
                    : between(random, asOf.plusDays(61), asOf.plusYears(op.validityYears()));
            certificate = op.code() + expiry.minusYears(op.validityYears()).getYear()
                    + pad(random.nextInt(1_000_000), 6);
            expiryStyle = random.nextInt(100) < 70 ? DateStyle.EXCEL_DATE : DateStyle.DOTTED;
        }
        int r = random.nextInt(100);
        String remark = r < 3 ? "劳务派遣" : r < 4 ? "试用期" : "";
        return new RosterRow(sequence, name, gender, id, "BZ" + pad(sequence, width),
                unit.name(), slot.team(), post.name(), hire, hireStyle, phone, certificate, expiry, expiryStyle,
                remark, null);
    }

    /** The number with leading zeros to {@code width} digits (String.format is slow in a 10,000-row loop). */
    static String pad(int n, int width) {
        String digits = Integer.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private static DateStyle hireDateStyle(Random random) {
        int r = random.nextInt(100);
        if (r < 55) {
            return DateStyle.EXCEL_DATE;
        }
        if (r < 70) {
            return DateStyle.DOTTED;
        }
        if (r < 82) {
            return DateStyle.SLASHED;
        }
        return r < 94 ? DateStyle.CHINESE : DateStyle.COMPACT;
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    private static RosterRow spoil(List<RosterRow> rows, int at, InvalidKind kind) {
        RosterRow r = rows.get(at);
        String id = r.idNumber();
        String spoiledId = switch (kind) {
            case WRONG_CHECK_DIGIT -> id.substring(0, 17) + wrongCheckChar(id.charAt(17));
            case DUPLICATE_ID -> earlierValidId(rows, at);
            default -> id;
        };
        String name = kind == InvalidKind.MISSING_NAME ? "" : r.name();
        return new RosterRow(r.sequence(), name, r.gender(), spoiledId, r.employeeNumber(), r.department(), r.team(),
                r.post(), r.hireDate(), r.hireDateStyle(), r.phone(), r.certificateNumber(), r.certificateExpiry(),
                r.expiryStyle(), r.remark(), kind);
    }

    private static char wrongCheckChar(char right) {
        return right == '0' ? '1' : right == 'X' ? '0' : (char) (right == '9' ? '0' : right + 1);
    }

    private static String earlierValidId(List<RosterRow> rows, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (rows.get(i).invalid() == null) {
                return rows.get(i).idNumber();
            }
        }
        throw new IllegalStateException("no valid row before " + at);
    }
}
