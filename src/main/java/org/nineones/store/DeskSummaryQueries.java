package org.nineones.store;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.falseCondition;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.trueCondition;
import static org.jooq.impl.DSL.when;
import static org.nineones.store.desk.jooq.Tables.DESK_BATCH_ENTERPRISE;
import static org.nineones.store.desk.jooq.Tables.DESK_FINDING;
import static org.nineones.store.desk.jooq.Tables.DESK_INSPECTION;
import static org.nineones.store.desk.jooq.Tables.DESK_LINE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.county.Colour;
import org.nineones.model.county.ColourRule;
import org.nineones.model.county.CountyRow;
import org.nineones.model.county.EnterpriseRow;
import org.nineones.store.desk.jooq.tables.DeskFinding;
import org.nineones.store.desk.jooq.tables.DeskInspection;

/**
 * The county summary computed by the database (issue 14, points 3 and 5), the same SQL on SQLite and PostgreSQL: one
 * row per enterprise (of a batch, or every enterprise inspected) with its latest inspection — the latest signed, else
 * the latest opened — its colour by the rule, whether it is to be interviewed, its findings open and overdue; then
 * those rows counted per county, and the lines most often deducted per county. Nothing is read row by row into Java.
 */
public final class DeskSummaryQueries {

    /** Which enterprises {@link #enterprises} lists. */
    public enum Filter { ALL, INTERVIEWS, NOT_INSPECTED }

    private static final Field<Integer> RN = org.jooq.impl.DSL.field(org.jooq.impl.DSL.name("rn"), Integer.class);
    private static final List<String> TO_INTERVIEW = List.of(Conclusion.RECTIFY.name(), Conclusion.FAIL.name());

    private final DSLContext dsl;

    DeskSummaryQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The summary's table: one row per county by county, and their total (county empty); null total without rows. */
    public record Counted(List<CountyRow> counties, CountyRow total) {
    }

    /** The summary's table; {@code topLines} lines most often deducted in each county and in all. */
    public Counted counties(String batchUid, LocalDate asOf, ColourRule rule, int topLines) {
        Table<?> e = enterpriseRows(batchUid, asOf, rule).asTable("e");
        Field<String> county = e.field("county", String.class);
        Field<String> conclusion = e.field("conclusion", String.class);
        Field<String> colour = e.field("colour", String.class);
        Field<Long> score = e.field("score", Long.class);
        var rows = dsl.select(county, count(), total(e.field("self_assessed", Integer.class)),
                        total(e.field("signed", Integer.class)), counted(conclusion.eq(Conclusion.PASS.name())),
                        counted(conclusion.eq(Conclusion.RECTIFY.name())),
                        counted(conclusion.eq(Conclusion.FAIL.name())),
                        counted(e.field("uid", String.class).isNull()), sum(score), count(score),
                        counted(colour.eq(Colour.GREEN.name())), counted(colour.eq(Colour.YELLOW.name())),
                        counted(colour.eq(Colour.RED.name())), total(e.field("interview", Integer.class)),
                        total(e.field("findings_open", Integer.class)),
                        total(e.field("findings_overdue", Integer.class)))
                .from(e).groupBy(county).orderBy(county).fetch();
        Map<String, Map<String, Integer>> lines = lineCounts(batchUid);
        List<CountyRow> counties = new ArrayList<>();
        int[] sums = new int[14];
        BigDecimal scoreSum = BigDecimal.ZERO;
        Map<String, Integer> allLines = new LinkedHashMap<>();
        for (var r : rows) {
            int[] n = {r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(), r.value8(),
                r.value10(), r.value11(), r.value12(), r.value13(), r.value14(), r.value15(), r.value16()};
            for (int i = 0; i < n.length; i++) {
                sums[i] += n[i];
            }
            BigDecimal countySum = r.value9() == null ? BigDecimal.ZERO : r.value9();
            scoreSum = scoreSum.add(countySum);
            Map<String, Integer> countyLines = lines.getOrDefault(r.value1(), Map.of());
            countyLines.forEach((line, count) -> allLines.merge(line, count, Integer::sum));
            counties.add(row(r.value1(), n, countySum, top(countyLines, topLines)));
        }
        return new Counted(counties, counties.isEmpty() ? null : row("", sums, scoreSum, top(allLines, topLines)));
    }

    /** A row from its counts (enterprises … findings overdue, as {@link #counties} selects them) and score sum. */
    private static CountyRow row(String county, int[] n, BigDecimal scoreSum, List<CountyRow.LineCount> lines) {
        int accepted = n[2];
        int passed = n[3];
        int scored = n[7];
        BigDecimal average = scored == 0 ? null
                : scoreSum.divide(BigDecimal.valueOf(scored * 100L), 1, RoundingMode.HALF_UP);
        BigDecimal passRate = accepted == 0 ? null
                : BigDecimal.valueOf(passed * 100L).divide(BigDecimal.valueOf(accepted), 1, RoundingMode.HALF_UP);
        return new CountyRow(county, n[0], n[1], accepted, passed, n[4], n[5], n[6], average, passRate, n[8], n[9],
                n[10], n[11], n[12], n[13], lines);
    }

    /** The {@code limit} lines counted most, the most first, then by id. */
    private static List<CountyRow.LineCount> top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(limit).map(e -> new CountyRow.LineCount(e.getKey(), e.getValue())).toList();
    }

    /** The enterprises, by county and name: all of them, those to interview, or those not inspected yet. */
    public List<EnterpriseRow> enterprises(String batchUid, LocalDate asOf, ColourRule rule, Filter filter) {
        Table<?> e = enterpriseRows(batchUid, asOf, rule).asTable("e");
        Condition which = switch (filter) {
            case ALL -> trueCondition();
            case INTERVIEWS -> e.field("interview", Integer.class).eq(1);
            case NOT_INSPECTED -> e.field("uid", String.class).isNull();
        };
        return dsl.select(e.fields()).from(e).where(which)
                .orderBy(e.field("county"), e.field("name"), e.field("code")).fetch(DeskSummaryQueries::enterprise);
    }

    private static EnterpriseRow enterprise(Record r) {
        String conclusion = r.get("conclusion", String.class);
        String colour = r.get("colour", String.class);
        Long score = r.get("score", Long.class);
        return new EnterpriseRow(r.get("county", String.class), r.get("name", String.class),
                r.get("code", String.class), r.get("industry", String.class), r.get("uid", String.class),
                r.get("self_assessed", Integer.class) == 1, r.get("signed", Integer.class) == 1,
                r.get("signed_at", String.class), DeskRepository.fromHundredths(score),
                conclusion == null ? null : Conclusion.valueOf(conclusion),
                colour == null ? null : Colour.valueOf(colour), r.get("interview", Integer.class) == 1,
                r.get("findings_open", Integer.class), r.get("findings_overdue", Integer.class));
    }

    /** How many accepted enterprises' latest inspections lost points (or a veto) on each line, per county. */
    private Map<String, Map<String, Integer>> lineCounts(String batchUid) {
        Scope s = scope(batchUid);
        Field<String> uid = s.latest().field(DESK_INSPECTION.UID);
        var rows = dsl.select(s.county(), DESK_LINE.LINE_ID, count()).from(s.from().join(DESK_LINE)
                        .on(DESK_LINE.INSPECTION_UID.eq(uid))).where(s.where()
                        .and(s.latest().field(DESK_INSPECTION.SIGNED).eq(1)))
                .groupBy(s.county(), DESK_LINE.LINE_ID).fetch();
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        for (var r : rows) {
            counts.computeIfAbsent(r.value1(), c -> new LinkedHashMap<>()).put(r.value2(), r.value3());
        }
        return counts;
    }

    /** The enterprises the summary is about and their latest inspections, joined; the condition picks the batch. */
    private record Scope(Table<?> from, Table<?> latest, Condition where, Field<String> key, Field<String> county,
                         Field<String> name, Field<String> code, Field<String> industry) {
    }

    private Scope scope(String batchUid) {
        DeskInspection i = DESK_INSPECTION;
        Table<?> ranked = select(i.UID, i.ENTERPRISE_KEY, i.ENTERPRISE_NAME, i.CREDIT_CODE, i.COUNTY, i.INDUSTRY,
                i.SELF_ASSESSED, i.SIGNED, i.SIGNED_AT, i.SCORE_HUNDREDTHS, i.CONCLUSION, latestFirst().as(RN))
                .from(i).asTable("ranked");
        Table<?> latest = select(ranked.fields()).from(ranked).where(ranked.field(RN).eq(1)).asTable("latest");
        if (batchUid == null) {
            return new Scope(latest, latest, trueCondition(), latest.field(i.ENTERPRISE_KEY),
                    latest.field(i.COUNTY), latest.field(i.ENTERPRISE_NAME), latest.field(i.CREDIT_CODE),
                    latest.field(i.INDUSTRY));
        }
        var be = DESK_BATCH_ENTERPRISE.as("be");
        return new Scope(be.leftJoin(latest).on(latest.field(i.ENTERPRISE_KEY).eq(be.CREDIT_CODE)), latest,
                be.BATCH_UID.eq(batchUid), be.CREDIT_CODE, be.COUNTY, be.ENTERPRISE_NAME, be.CREDIT_CODE,
                be.INDUSTRY);
    }

    /** Numbers an enterprise's inspections: its signed ones first, the latest signed first, then the latest opened. */
    private static Field<Integer> latestFirst() {
        DeskInspection i = DESK_INSPECTION;
        return rowNumber().over(partitionBy(i.ENTERPRISE_KEY)
                .orderBy(i.SIGNED.desc(), i.SIGNED_AT.desc(), i.OPENED_AT.desc(), i.UID.desc()));
    }

    /** One row per enterprise of the scope, with everything the summary counts. */
    private org.jooq.Select<?> enterpriseRows(String batchUid, LocalDate asOf, ColourRule rule) {
        DeskInspection i = DESK_INSPECTION;
        Scope s = scope(batchUid);
        Table<?> latest = s.latest();
        Field<String> uid = latest.field(i.UID);
        Field<Integer> signed = latest.field(i.SIGNED);
        Field<String> conclusion = latest.field(i.CONCLUSION);
        Field<Long> score = latest.field(i.SCORE_HUNDREDTHS);
        String day = asOf.toString();

        DeskFinding vf = DESK_FINDING.as("vf");
        Condition vetoOverdue = rule.redWhenVetoOverdue()
                ? exists(selectOne().from(vf).where(vf.INSPECTION_UID.eq(uid)
                .and(vf.SOURCE.eq("VETO")).and(vf.STATUS.eq("OPEN")).and(vf.DEADLINE.lt(day))))
                : falseCondition();
        Condition green = conclusion.in(names(rule.greenConclusions()))
                .and(score.ge(DeskRepository.hundredths(rule.greenMinScore())));
        Field<String> colour = when(signed.eq(1).and(conclusion.in(names(rule.redConclusions())).or(vetoOverdue)),
                inline(Colour.RED.name())).when(signed.eq(1).and(green), inline(Colour.GREEN.name()))
                .when(signed.eq(1), inline(Colour.YELLOW.name()));

        Table<?> twoLast = select(i.ENTERPRISE_KEY, i.SIGNED, i.CONCLUSION, latestFirst().as(RN)).from(i)
                .asTable("two_last");
        Field<String> twoKey = twoLast.field(i.ENTERPRISE_KEY);
        Table<?> interviews = select(twoKey.as("ikey")).from(twoLast)
                .where(twoLast.field(RN).le(2).and(twoLast.field(i.SIGNED).eq(1)))
                .groupBy(twoKey).having(count().eq(2).and(sum(when(twoLast.field(i.CONCLUSION).in(TO_INTERVIEW),
                        inline(1)).else_(inline(0))).eq(inline(BigDecimal.valueOf(2))))).asTable("iv");

        DeskInspection fi = DESK_INSPECTION.as("fi");
        DeskFinding f = DESK_FINDING.as("f");
        Condition open = f.STATUS.eq("OPEN");
        Table<?> findings = select(fi.ENTERPRISE_KEY.as("fkey"), sum(when(open, inline(1)).else_(inline(0)))
                .as("fopen"), sum(when(open.and(f.DEADLINE.lt(day)), inline(1)).else_(inline(0))).as("foverdue"))
                .from(f).join(fi).on(fi.UID.eq(f.INSPECTION_UID)).groupBy(fi.ENTERPRISE_KEY).asTable("fnd");

        return select(s.county().as("county"), s.name().as("name"), s.code().as("code"),
                s.industry().as("industry"), uid.as("uid"),
                coalesce(latest.field(i.SELF_ASSESSED), inline(0)).as("self_assessed"),
                coalesce(signed, inline(0)).as("signed"), latest.field(i.SIGNED_AT).as("signed_at"),
                score.as("score"), conclusion.as("conclusion"), colour.as("colour"),
                when(interviews.field("ikey", String.class).isNotNull(), inline(1)).else_(inline(0)).as("interview"),
                coalesce(findings.field("fopen", BigDecimal.class), inline(BigDecimal.ZERO)).cast(Integer.class)
                        .as("findings_open"),
                coalesce(findings.field("foverdue", BigDecimal.class), inline(BigDecimal.ZERO)).cast(Integer.class)
                        .as("findings_overdue"))
                .from(s.from().leftJoin(interviews).on(interviews.field("ikey", String.class).eq(s.key()))
                        .leftJoin(findings).on(findings.field("fkey", String.class).eq(s.key())))
                .where(s.where());
    }

    private static List<String> names(Collection<Conclusion> conclusions) {
        return conclusions.stream().map(Enum::name).toList();
    }

    /** The number of rows where the condition holds, as a whole number. */
    private static Field<Integer> counted(Condition c) {
        return sum(when(c, inline(1)).else_(inline(0))).cast(Integer.class);
    }

    /** The sum of a 0/1 or count column, as a whole number. */
    private static Field<Integer> total(Field<Integer> f) {
        return coalesce(sum(f), inline(BigDecimal.ZERO)).cast(Integer.class);
    }
}
