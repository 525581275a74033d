package org.nineones.service.assessments;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.nineones.excel.CellValues;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The assessments ledger (考核台账, key {@value #KEY}) through the shared import pipeline.
 *
 * <p>The form: <b>one row per scored item</b> (period, person, item number, points, note), the same as the export, so
 * an exported ledger reads back unchanged. The person is matched by {@link PersonMatcher}. The import scores items of <em>open</em>
 * assessments of periods already started; a row for a closed assessment is accepted only when it changes nothing (a
 * closed assessment is corrected in the app, visibly). When a person's rows give the assessor and both signing dates
 * (the paper form was signed), the assessment is closed with them once every item has points. All rows are written in
 * one transaction with audit entries, or none (unless invalid rows are to be skipped).
 */
public final class AssessmentLedger extends SheetLedger<AssessmentLedger.Step> {

    public static final String KEY = "assessments";
    public static final int MAX_DATA_ROWS = 100_000;

    static final LedgerColumn PERIOD = LedgerColumn.of("period", 12, "考核期间", "期间", "考核期", "考核周期");
    static final LedgerColumn NAME = LedgerColumn.of("name", 10, "姓名", "人员", "被考核人");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("idNumber", 22, "身份证号", "身份证号码", "公民身份号码",
            "id number");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employeeNumber", 10, "工号", "员工编号", "职工号",
            "employee number");
    static final LedgerColumn UNIT = LedgerColumn.of("unit", 18, "部门", "所属部门", "单位", "department");
    static final LedgerColumn POST = LedgerColumn.of("post", 14, "岗位", "岗位名称");
    static final LedgerColumn POSITION = LedgerColumn.of("position", 8, "项目序号", "序号", "项目", "item", "item no.");
    static final LedgerColumn DUTY = LedgerColumn.of("duty", 40, "职责", "职责内容", "考核内容");
    static final LedgerColumn STANDARD = LedgerColumn.of("standard", 36, "考核标准", "评分标准");
    static final LedgerColumn MAX = LedgerColumn.of("max", 8, "分值", "标准分", "满分值", "max points");
    static final LedgerColumn POINTS = LedgerColumn.of("points", 8, "得分", "实得分", "评分");
    static final LedgerColumn NOTE = LedgerColumn.of("note", 20, "备注", "扣分说明", "说明");
    static final LedgerColumn TOTAL = LedgerColumn.of("total", 8, "总分", "合计");
    static final LedgerColumn MAX_SCORE = LedgerColumn.of("maxScore", 8, "满分", "max score");
    static final LedgerColumn PERCENT = LedgerColumn.of("percent", 8, "得分率");
    static final LedgerColumn RATING = LedgerColumn.of("rating", 8, "等级", "考核等级", "评定等级");
    static final LedgerColumn ASSESSOR = LedgerColumn.of("assessor", 10, "考核人", "考核人签字");
    static final LedgerColumn ASSESSOR_SIGNED_ON = LedgerColumn.of("assessorSignedOn", 14, "考核人签字日期", "考核日期",
            "assessor signed on");
    static final LedgerColumn ASSESSEE_SIGNED_ON = LedgerColumn.of("assesseeSignedOn", 14, "被考核人签字日期",
            "本人签字日期", "assessee signed on");
    static final LedgerColumn STATUS = LedgerColumn.of("status", 8, "状态");
    static final LedgerColumn CORRECTION = LedgerColumn.of("correction", 24, "更正说明", "更正");
    static final List<LedgerColumn> COLUMNS = List.of(PERIOD, NAME, ID_NUMBER, EMPLOYEE_NUMBER, UNIT, POST, POSITION,
            DUTY, STANDARD, MAX, POINTS, NOTE, TOTAL, MAX_SCORE, PERCENT, RATING, ASSESSOR, ASSESSOR_SIGNED_ON,
            ASSESSEE_SIGNED_ON, STATUS, CORRECTION);

    private final AssessmentService service;
    private final Supplier<LocalDate> today;

    public AssessmentLedger(Messages messages, AssessmentService service) {
        this(messages, service, LocalDate::now);
    }

    public AssessmentLedger(Messages messages, AssessmentService service, Supplier<LocalDate> today) {
        super(messages, KEY, "assessments.ledger", COLUMNS, MAX_DATA_ROWS, "assessments.col.");
        this.service = service;
        this.today = today;
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("assessments.progress.reading", name(target)));
        List<List<Object>> rows = workspace.read(this::exportRows);
        progress.checkCancelled();
        progress.update(1, 2, messages.get("assessments.progress.writing", name(target)));
        return writeSheet(target, messages.get("assessments.sheet"), null, COLUMNS, rows);
    }

    private List<List<Object>> exportRows(Store store) {
        AssessmentRepository repo = store.assessments();
        Map<Long, Period> periods = new HashMap<>();
        repo.periods().forEach(p -> periods.put(p.id(), Period.of(p.kind(), p.startsOn())));
        AssessmentService.People people = AssessmentService.People.read(store);
        List<Row> inForce = new ArrayList<>(new AssessmentService.Chains(repo.all()).inForce());
        inForce.sort(Comparator.comparing((Row r) -> periods.get(r.periodId()).startsOn())
                .thenComparing(r -> periods.get(r.periodId()).kind()).thenComparing(r -> unit(people, r))
                .thenComparing(r -> people.employee(r.employeeId()) == null ? "" : people.employee(r.employeeId()).name())
                .thenComparingLong(Row::id));
        List<List<Object>> rows = new ArrayList<>();
        for (Row r : inForce) {
            Employee e = people.employee(r.employeeId());
            Double percent = r.score() != null && r.maxScore() != null && r.maxScore() > 0
                    ? Math.round(r.score() / r.maxScore() * 1000) / 10.0 : null;
            for (Item item : repo.items(r.id())) {
                rows.add(Arrays.asList(periods.get(r.periodId()).code(), e == null ? "" : e.name(),
                        e == null ? "" : e.idNumber().masked(), e == null ? "" : e.employeeNumber(), unit(people, r),
                        people.postName(r.postId()), (double) item.position(), item.duty(), item.standard(),
                        item.maxPoints(), item.points(), item.note(), r.score(), r.maxScore(), percent,
                        r.rating() == null ? "" : service.ratingName(Rating.valueOf(r.rating())),
                        r.closed() ? r.assessor() : "", r.closed() ? r.assessorSignedOn() : "",
                        r.closed() ? r.assesseeSignedOn() : "", messages.get("assessments.status." + r.status()),
                        r.correctsId() == null ? "" : messages.get("assessments.ledger.correctionNote",
                                r.correctsId(), r.correctionReason())));
            }
        }
        return rows;
    }

    private static String unit(AssessmentService.People people, Row r) {
        Employee e = people.employee(r.employeeId());
        return e == null ? "" : people.unitPath(e);
    }

    /** What an import writes: new points and note of an item, or the closing of an assessment with its signatures. */
    sealed interface Step permits ItemChange, Closing {
    }

    record ItemChange(long assessmentId, String label, int position, Double oldPoints, Double points, String oldNote,
                      String note, int row) implements Step {
    }

    record Closing(long assessmentId, String label, String assessor, LocalDate assessorSignedOn,
                   LocalDate assesseeSignedOn, int row) implements Step {
    }

    @Override
    public ImportPreview<AssessmentLedger.Step> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(PERIOD, POSITION, POINTS), List.of(List.of(NAME, ID_NUMBER, EMPLOYEE_NUMBER)));
        LocalDate day = today.get();
        return workspace.read(store -> new Checker(store, t, day).check());
    }

    /** Checks every row against the workspace; writes nothing. */
    private final class Checker {
        private final Store store;
        private final LedgerTable t;
        private final LocalDate day;
        private final List<RowProblem> errors = new ArrayList<>();
        private final PersonMatcher people;
        private final Map<Long, Employee> employees;
        private final Map<Period, Long> periodIds = new HashMap<>();
        private final Map<Long, Map<Long, Row>> inForce = new HashMap<>();
        private final Map<Long, List<Item>> items = new HashMap<>();

        Checker(Store store, LedgerTable t, LocalDate day) {
            this.store = store;
            this.t = t;
            this.day = day;
            this.employees = byId(store.employees().all(), Employee::id);
            this.people = PersonMatcher.of(messages, employees.values());
            AssessmentRepository repo = store.assessments();
            repo.periods().forEach(p -> periodIds.put(Period.of(p.kind(), p.startsOn()), p.id()));
            // the records the ledger exports: a signed record with an open correction is refused as closed (the
            // correction is scored in 考核), so a sheet exported then cannot close the correction with old signatures
            for (Row r : new AssessmentService.Chains(repo.all()).inForce()) {
                inForce.computeIfAbsent(r.periodId(), k -> new HashMap<>()).put(r.employeeId(), r);
            }
        }

        private void error(SheetRow row, LedgerColumn column, String message) {
            errors.add(t.problem(row, column, message));
        }

        private boolean invalid(int row) {
            return errors.stream().anyMatch(e -> e.row() == row);
        }

        /** A row read and checked so far. */
        private record Line(SheetRow row, Row assessment, Period period, Employee employee, Item item, Double points,
                            String note, String assessor, LocalDate assessorOn, LocalDate assesseeOn) {
        }

        ImportPreview<Step> check() {
            Map<String, Integer> seen = new HashMap<>();
            Map<Long, List<Line>> byAssessment = new LinkedHashMap<>();
            for (SheetRow row : t.table().rows()) {
                Line line = line(row);
                Integer first = line == null ? null
                        : seen.putIfAbsent(line.assessment().id() + "#" + line.item().position(), row.rowNumber());
                if (first != null) {
                    error(row, POSITION, messages.get("assessments.row.duplicate", first));
                } else if (line != null) {
                    byAssessment.computeIfAbsent(line.assessment().id(), k -> new ArrayList<>()).add(line);
                }
            }
            List<Step> steps = new ArrayList<>();
            List<String> willWrite = new ArrayList<>();
            for (List<Line> lines : byAssessment.values()) {
                Line head = lines.get(0);
                Row assessment = head.assessment();
                String period = service.periodName(head.period());
                String label = period + " " + head.employee().name();
                List<ItemChange> mine = new ArrayList<>();
                for (Line l : lines) {
                    String note = l.note() == null ? l.item().note() : l.note();
                    if (Objects.equals(l.item().points(), l.points()) && l.item().note().equals(note)) {
                        continue;
                    }
                    if (assessment.closed()) {
                        error(l.row(), POINTS, messages.get("assessments.row.closed", period));
                    } else if (!invalid(l.row().rowNumber())) {
                        mine.add(new ItemChange(assessment.id(), label, l.item().position(), l.item().points(),
                                l.points(), l.item().note(), note, l.row().rowNumber()));
                    }
                }
                Closing closing = assessment.closed() ? null : closing(assessment, label, lines, mine);
                mine.removeIf(c -> invalid(c.row()));
                steps.addAll(mine);
                mine.forEach(c -> willWrite.add(messages.get("assessments.ledger.willWrite", period,
                        head.employee().name(), c.position(), AssessmentService.text(c.oldPoints()),
                        AssessmentService.text(c.points()))));
                if (closing != null) {
                    steps.add(closing);
                    willWrite.add(messages.get("assessments.ledger.willClose", period, head.employee().name(),
                            closing.assessor()));
                }
            }
            errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
            return new ImportPreview<>(KEY, t.table(), errors, steps, willWrite, 0);
        }

        /** The closing the rows ask for (all give the same assessor and dates), if any and if every item is scored. */
        private Closing closing(Row assessment, String label, List<Line> lines, List<ItemChange> changes) {
            Line signed = null;
            for (Line l : lines) {
                if (l.assessor() != null && signed == null) {
                    signed = l;
                } else if (l.assessor() != null && (!signed.assessor().equals(l.assessor())
                        || !signed.assessorOn().equals(l.assessorOn()) || !signed.assesseeOn().equals(l.assesseeOn()))) {
                    error(l.row(), ASSESSOR, messages.get("assessments.row.signatureDiffers", signed.row().rowNumber()));
                    return null;
                }
            }
            if (signed == null || lines.stream().anyMatch(l -> invalid(l.row().rowNumber()))) {
                return null;
            }
            Map<Integer, Double> points = new HashMap<>();
            items.get(assessment.id()).forEach(i -> points.put(i.position(), i.points()));
            changes.forEach(c -> points.put(c.position(), c.points()));
            long unscored = points.values().stream().filter(Objects::isNull).count();
            if (unscored > 0) {
                error(signed.row(), ASSESSOR, messages.get("assessments.row.unscored", unscored));
                return null;
            }
            return new Closing(assessment.id(), label, signed.assessor(), signed.assessorOn(), signed.assesseeOn(),
                    signed.row().rowNumber());
        }

        private Line line(SheetRow row) {
            int before = errors.size();
            Object periodCell = t.cell(row, PERIOD);
            // a period cell may be a date Excel made of "2026-11" (read as that month)
            String periodText = periodCell instanceof LocalDateTime d
                    ? String.format("%04d-%02d", d.getYear(), d.getMonthValue()) : CellValues.text(periodCell);
            Period period = Period.parse(periodText).orElse(null);
            if (period == null) {
                error(row, PERIOD, periodText.isEmpty() ? messages.get("assessments.row.noPeriod")
                        : messages.get("assessments.row.badPeriod", periodText));
            }
            PersonMatcher.Match person = person(t, row, people, ID_NUMBER, EMPLOYEE_NUMBER, NAME, errors);
            Employee employee = person.found() ? employees.get(person.person().id()) : null;
            String positionText = t.text(row, POSITION);
            Integer position = positionText.matches("\\d{1,4}(\\.0+)?") && Double.parseDouble(positionText) >= 1
                    ? (int) Double.parseDouble(positionText) : null;
            if (position == null) {
                error(row, POSITION, positionText.isEmpty() ? messages.get("assessments.row.noPosition")
                        : messages.get("assessments.row.badPosition", positionText));
            }
            String assessor = t.text(row, ASSESSOR);
            LocalDate assessorOn = signed(row, ASSESSOR_SIGNED_ON, period);
            LocalDate assesseeOn = signed(row, ASSESSEE_SIGNED_ON, period);
            boolean anySignature = !assessor.isEmpty() || !t.blank(row, ASSESSOR_SIGNED_ON)
                    || !t.blank(row, ASSESSEE_SIGNED_ON);
            if (errors.size() > before) {
                return null;
            }
            Row assessment = Optional.ofNullable(periodIds.get(period)).map(inForce::get)
                    .map(m -> m.get(employee.id())).orElse(null);
            if (assessment == null) {
                error(row, PERIOD, messages.get("assessments.row.noAssessment", service.periodName(period)));
                return null;
            }
            List<Item> list = items.computeIfAbsent(assessment.id(), id -> store.assessments().items(id));
            Item item = list.stream().filter(i -> i.position() == position).findFirst().orElse(null);
            if (item == null) {
                error(row, POSITION, messages.get("assessments.row.unknownItem", position, list.size()));
                return null;
            }
            Double points = points(row, item);
            boolean sign = anySignature && !assessment.closed();
            if (errors.size() == before && sign && (assessor.isEmpty() || assessorOn == null || assesseeOn == null)) {
                error(row, ASSESSOR, messages.get("assessments.row.partialSignature"));
            }
            return errors.size() > before ? null : new Line(row, assessment, period, employee, item, points,
                    t.has(NOTE) ? t.text(row, NOTE) : null, sign ? assessor : null, sign ? assessorOn : null,
                    sign ? assesseeOn : null);
        }

        private Double points(SheetRow row, Item item) {
            Optional<Double> value = number(t.cell(row, POINTS));
            String text = t.text(row, POINTS);
            String max = AssessmentService.text(item.maxPoints());
            if (value.isEmpty()) {
                return null;
            } else if (value.get().isNaN()) {
                error(row, POINTS, messages.get("assessments.row.badPoints", text, max));
            } else if (value.get() < 0) {
                error(row, POINTS, messages.get("assessments.row.negative", text, max));
            } else if (value.get() > item.maxPoints() + 1e-9) {
                error(row, POINTS, messages.get("assessments.row.aboveMax", text, max));
            } else {
                return Math.round(value.get() * 100) / 100.0;
            }
            return null;
        }

        /** A signing date: not in the future, not before the period. */
        private LocalDate signed(SheetRow row, LedgerColumn column, Period period) {
            LocalDate date = date(t, row, column, day, "assessments.row.badDate", errors).orElse(null);
            if (date != null && period != null && date.isBefore(period.startsOn())) {
                error(row, column, messages.get("assessments.row.beforePeriod", date.toString()));
                return null;
            }
            return date;
        }
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<AssessmentLedger.Step> p, boolean skipInvalid,
                                       Progress progress) {
        LocalDate day = today.get();
        List<ItemChange> changes = p.items().stream().filter(ItemChange.class::isInstance).map(ItemChange.class::cast)
                .toList();
        List<Closing> closings = p.items().stream().filter(Closing.class::isInstance).map(Closing.class::cast)
                .toList();
        return workspace.write(store -> {
            int done = 0;
            for (ItemChange c : changes) {
                progress.update(++done, p.toWrite(), messages.get("assessments.progress.saving", c.label()));
                if (store.assessments().find(c.assessmentId()).orElseThrow().closed()) {
                    throw new AssessmentRuleException(messages.get("assessments.error.closed"));
                }
                store.assessments().updateItem(c.assessmentId(), c.position(), c.points(), c.note());
                store.audit().record("import-score", AssessmentService.ENTITY, c.assessmentId(), "row " + c.row()
                        + " item " + c.position() + ": points " + AssessmentService.text(c.oldPoints()) + " → "
                        + AssessmentService.text(c.points()) + (Objects.equals(c.oldNote(), c.note()) ? ""
                        : ", note '" + c.oldNote() + "' → '" + c.note() + "'"));
            }
            changes.stream().map(ItemChange::assessmentId).distinct().forEach(id -> service.rescore(store, id));
            for (Closing c : closings) {
                progress.update(++done, p.toWrite(), messages.get("assessments.progress.saving", c.label()));
                Period period = AssessmentService.period(store, store.assessments().find(c.assessmentId())
                        .orElseThrow());
                service.checkSigned("assessorSignedOn", c.assessorSignedOn(), period, day);
                service.checkSigned("assesseeSignedOn", c.assesseeSignedOn(), period, day);
                AssessmentService.Totals t = AssessmentService.totals(store.assessments().items(c.assessmentId()));
                Rating rating = service.rate(t);
                store.assessments().close(c.assessmentId(), t.score(), t.max(), rating.name(), c.assessor(),
                        c.assessorSignedOn().toString(), c.assesseeSignedOn().toString(), null);
                store.audit().record("import-close", AssessmentService.ENTITY, c.assessmentId(), "row " + c.row()
                        + " " + period.code() + " score " + AssessmentService.text(t.score()) + "/"
                        + AssessmentService.text(t.max()) + " " + rating + ", assessor " + c.assessor() + " signed "
                        + c.assessorSignedOn() + ", assessee signed " + c.assesseeSignedOn());
            }
            store.audit().record("import", AssessmentService.ENTITY, null, KEY + " " + name(p.table().file()) + ": "
                    + changes.size() + " items, " + closings.size() + " closed, " + p.invalidRows() + " rows skipped");
            return new LedgerImportResult(changes.size() + closings.size(), skipInvalid ? p.invalidRows() : 0);
        });
    }
}
