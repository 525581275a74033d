package org.nineones.service.assessments;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.nineones.excel.CellValues;
import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.assessments.AssessmentColumn;
import org.nineones.excel.assessments.AssessmentWorkbookWriter;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.AssessmentRepository;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The assessments ledger (考核台账, key {@value #KEY}) through the shared import pipeline.
 *
 * <p>The form: <b>one row per scored item</b> (period, person, item number, points, note), the same as the export, so
 * an exported ledger reads back unchanged. The person is matched by ID number (a masked one, as exported, is skipped),
 * else employee number, else a name that is unique in the roster. The import scores items of <em>open</em>
 * assessments of periods already started; a row for a closed assessment is accepted only when it changes nothing (a
 * closed assessment is corrected in the app, visibly). When a person's rows give the assessor and both signing dates
 * (the paper form was signed), the assessment is closed with them once every item has points. All rows are written in
 * one transaction with audit entries, or none (unless invalid rows are to be skipped).
 */
public final class AssessmentLedger implements Ledger {

    public static final String KEY = "assessments";
    public static final int MAX_DATA_ROWS = 100_000;

    private final Messages messages;
    private final AssessmentService service;
    private final Supplier<LocalDate> today;

    public AssessmentLedger(Messages messages, AssessmentService service) {
        this(messages, service, LocalDate::now);
    }

    public AssessmentLedger(Messages messages, AssessmentService service, Supplier<LocalDate> today) {
        this.messages = messages;
        this.service = service;
        this.today = today;
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "assessments.ledger";
    }

    // ------------------------------------------------------------------------------------------------- export

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("assessments.progress.reading", name(target)));
        List<Map<AssessmentColumn, Object>> rows = workspace.read(this::exportRows);
        progress.checkCancelled();
        progress.update(1, 2, messages.get("assessments.progress.writing", name(target)));
        try {
            int written = new AssessmentWorkbookWriter().write(target, messages.get("assessments.sheet"),
                    c -> messages.get("assessments.col." + c.key()), rows);
            progress.update(2, 2, messages.get("assessments.progress.writing", name(target)));
            return written;
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("assessments.ledger.cannotWrite", name(target)), e);
        }
    }

    private List<Map<AssessmentColumn, Object>> exportRows(Store store) {
        AssessmentRepository repo = store.assessments();
        Map<Long, Period> periods = new HashMap<>();
        repo.periods().forEach(p -> periods.put(p.id(), Period.of(p.kind(), p.startsOn())));
        AssessmentService.People people = AssessmentService.People.read(store);
        AssessmentService.Chains chains = new AssessmentService.Chains(repo.all());
        List<Row> inForce = new ArrayList<>(chains.inForce());
        inForce.sort(Comparator.comparing((Row r) -> periods.get(r.periodId()).startsOn())
                .thenComparing(r -> periods.get(r.periodId()).kind())
                .thenComparing(r -> unit(people, r)).thenComparing(r -> name(people, r)).thenComparingLong(Row::id));
        List<Map<AssessmentColumn, Object>> rows = new ArrayList<>();
        for (Row r : inForce) {
            Employee e = people.employee(r.employeeId());
            Period period = periods.get(r.periodId());
            String correction = r.correctsId() == null ? "" : messages.get("assessments.ledger.correctionNote",
                    r.correctsId(), r.correctionReason());
            Double percent = r.score() != null && r.maxScore() != null && r.maxScore() > 0
                    ? Math.round(r.score() / r.maxScore() * 1000) / 10.0 : null;
            for (Item item : repo.items(r.id())) {
                Map<AssessmentColumn, Object> v = new EnumMap<>(AssessmentColumn.class);
                v.put(AssessmentColumn.PERIOD, period.code());
                v.put(AssessmentColumn.NAME, e == null ? "" : e.name());
                v.put(AssessmentColumn.ID_NUMBER, e == null ? "" : e.idNumber().masked());
                v.put(AssessmentColumn.EMPLOYEE_NUMBER, e == null ? "" : Objects.toString(e.employeeNumber(), ""));
                v.put(AssessmentColumn.UNIT, unit(people, r));
                v.put(AssessmentColumn.POST, people.postName(r.postId()));
                v.put(AssessmentColumn.POSITION, (double) item.position());
                v.put(AssessmentColumn.DUTY, item.duty());
                v.put(AssessmentColumn.STANDARD, item.standard());
                v.put(AssessmentColumn.MAX, item.maxPoints());
                v.put(AssessmentColumn.POINTS, item.points());
                v.put(AssessmentColumn.NOTE, item.note());
                v.put(AssessmentColumn.TOTAL, r.score());
                v.put(AssessmentColumn.MAX_SCORE, r.maxScore());
                v.put(AssessmentColumn.PERCENT, percent);
                v.put(AssessmentColumn.RATING, r.rating() == null ? "" : service.ratingName(Rating.valueOf(r.rating())));
                v.put(AssessmentColumn.ASSESSOR, r.closed() ? r.assessor() : "");
                v.put(AssessmentColumn.ASSESSOR_SIGNED_ON, r.closed() ? r.assessorSignedOn() : "");
                v.put(AssessmentColumn.ASSESSEE_SIGNED_ON, r.closed() ? r.assesseeSignedOn() : "");
                v.put(AssessmentColumn.STATUS, messages.get("assessments.status." + r.status()));
                v.put(AssessmentColumn.CORRECTION, correction);
                rows.add(v);
            }
        }
        return rows;
    }

    private static String unit(AssessmentService.People people, Row r) {
        Employee e = people.employee(r.employeeId());
        return e == null ? "" : people.unitPath(e);
    }

    private static String name(AssessmentService.People people, Row r) {
        Employee e = people.employee(r.employeeId());
        return e == null ? "" : e.name();
    }

    // ------------------------------------------------------------------------------------------------- import

    /** One item's new points and note. */
    record ItemChange(long assessmentId, String label, int position, Double oldPoints, Double points, String oldNote,
                      String note, int row) {
    }

    /** Closing an assessment with the signatures on the sheet. */
    record Closing(long assessmentId, String label, String assessor, LocalDate assessorSignedOn,
                   LocalDate assesseeSignedOn, int row) {
    }

    /** What an import of the ledger would do. */
    static final class Preview implements LedgerPreview {
        final HeaderTable table;
        final List<RowProblem> errors;
        final Set<Integer> invalid;
        final List<ItemChange> changes;
        final List<Closing> closings;
        final List<String> willWrite;

        Preview(HeaderTable table, List<RowProblem> errors, Set<Integer> invalid, List<ItemChange> changes,
                List<Closing> closings, List<String> willWrite) {
            this.table = table;
            this.errors = errors;
            this.invalid = invalid;
            this.changes = changes;
            this.closings = closings;
            this.willWrite = willWrite;
        }

        @Override
        public HeaderTable table() {
            return table;
        }

        @Override
        public int invalidRows() {
            return invalid.size();
        }

        @Override
        public List<RowProblem> errors() {
            return errors;
        }

        @Override
        public int toWrite() {
            return changes.size() + closings.size();
        }

        @Override
        public List<String> willWrite() {
            return willWrite;
        }
    }

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("assessments.progress.reading", name(file)));
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_DATA_ROWS).read(file, null,
                    List.of(AssessmentColumn.values()), progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            throw new LedgerException(LedgerException.Reason.UNREADABLE,
                    messages.get("assessments.file." + e.reason().name(), name(file), MAX_DATA_ROWS), e);
        }
        List<AssessmentColumn> mapped = HeaderField.mapColumns(table.headers(), List.of(AssessmentColumn.values()),
                null);
        Map<AssessmentColumn, Integer> index = new EnumMap<>(AssessmentColumn.class);
        for (int i = 0; i < mapped.size(); i++) {
            if (mapped.get(i) != null) {
                index.putIfAbsent(mapped.get(i), i);
            }
        }
        List<String> missing = new ArrayList<>();
        for (AssessmentColumn needed : List.of(AssessmentColumn.PERIOD, AssessmentColumn.POSITION,
                AssessmentColumn.POINTS)) {
            if (!index.containsKey(needed)) {
                missing.add(messages.get("assessments.col." + needed.key()));
            }
        }
        if (!index.containsKey(AssessmentColumn.NAME) && !index.containsKey(AssessmentColumn.ID_NUMBER)
                && !index.containsKey(AssessmentColumn.EMPLOYEE_NUMBER)) {
            missing.add(messages.get("assessments.col.name"));
        }
        if (!missing.isEmpty()) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get(
                    "assessments.ledger.missingColumns", name(file), String.join("、", missing)));
        }
        progress.update(1, 2, messages.get("assessments.progress.checking", table.rows().size()));
        LocalDate day = today.get();
        Preview preview = workspace.read(store -> new Checker(store, table, index, day).check());
        progress.update(2, 2, messages.get("assessments.progress.checking", table.rows().size()));
        return preview;
    }

    /** Checks every row against the workspace; writes nothing. */
    private final class Checker {
        private final Store store;
        private final HeaderTable table;
        private final Map<AssessmentColumn, Integer> index;
        private final LocalDate day;
        private final List<RowProblem> errors = new ArrayList<>();
        private final Set<Integer> invalid = new HashSet<>();
        private final AssessmentService.People people;
        private final Map<String, Employee> byId = new HashMap<>();
        private final Map<String, Employee> byNumber = new HashMap<>();
        private final Map<String, List<Employee>> byName = new HashMap<>();
        private final Map<Period, Long> periodIds = new HashMap<>();
        private final Map<Long, Map<Long, Row>> inForce = new HashMap<>();
        private final Map<Long, List<Item>> items = new HashMap<>();

        Checker(Store store, HeaderTable table, Map<AssessmentColumn, Integer> index, LocalDate day) {
            this.store = store;
            this.table = table;
            this.index = index;
            this.day = day;
            this.people = AssessmentService.People.read(store);
            for (Employee e : people.employees().values()) {
                byId.put(e.idNumber().value(), e);
                if (e.employeeNumber() != null && !e.employeeNumber().isBlank()) {
                    byNumber.put(e.employeeNumber().strip(), e);
                }
                byName.computeIfAbsent(e.name().strip(), k -> new ArrayList<>()).add(e);
            }
            AssessmentRepository repo = store.assessments();
            repo.periods().forEach(p -> periodIds.put(Period.of(p.kind(), p.startsOn()), p.id()));
            // the records the ledger exports: a signed record with an open correction is refused as closed (the
            // correction is scored in 考核), so a sheet exported then cannot close the correction with old signatures
            for (Row r : new AssessmentService.Chains(repo.all()).inForce()) {
                inForce.computeIfAbsent(r.periodId(), k -> new HashMap<>()).put(r.employeeId(), r);
            }
        }

        private String text(AssessmentColumn column, SheetRow row) {
            Integer i = index.get(column);
            return i == null ? "" : CellValues.text(row.cell(i));
        }

        private Object cell(AssessmentColumn column, SheetRow row) {
            Integer i = index.get(column);
            return i == null ? null : row.cell(i);
        }

        private void error(SheetRow row, AssessmentColumn column, String message) {
            Integer i = index.get(column);
            errors.add(new RowProblem(row.rowNumber(), i == null ? "" : table.headers().get(i), i == null ? -1 : i,
                    message));
            invalid.add(row.rowNumber());
        }

        /** A row read and checked so far. */
        private record Line(SheetRow row, Row assessment, Period period, Employee employee, Item item, Double points,
                            String note, String assessor, LocalDate assessorOn, LocalDate assesseeOn) {
        }

        Preview check() {
            Map<String, Integer> seen = new HashMap<>();
            Map<Long, List<Line>> byAssessment = new LinkedHashMap<>();
            for (SheetRow row : table.rows()) {
                Line line = line(row);
                if (line == null) {
                    continue;
                }
                String key = line.assessment().id() + "#" + line.item().position();
                Integer first = seen.putIfAbsent(key, row.rowNumber());
                if (first != null) {
                    error(row, AssessmentColumn.POSITION, messages.get("assessments.row.duplicate", first));
                    continue;
                }
                byAssessment.computeIfAbsent(line.assessment().id(), k -> new ArrayList<>()).add(line);
            }
            List<ItemChange> changes = new ArrayList<>();
            List<Closing> closings = new ArrayList<>();
            List<String> willWrite = new ArrayList<>();
            for (List<Line> lines : byAssessment.values()) {
                Row assessment = lines.get(0).assessment();
                String label = service.periodName(lines.get(0).period()) + " " + lines.get(0).employee().name();
                List<ItemChange> mine = new ArrayList<>();
                for (Line l : lines) {
                    String note = l.note() == null ? l.item().note() : l.note();
                    boolean same = Objects.equals(l.item().points(), l.points()) && l.item().note().equals(note);
                    if (same) {
                        continue;
                    }
                    if (assessment.closed()) {
                        error(l.row(), AssessmentColumn.POINTS, messages.get("assessments.row.closed",
                                service.periodName(l.period())));
                        continue;
                    }
                    if (!invalid.contains(l.row().rowNumber())) {
                        mine.add(new ItemChange(assessment.id(), label, l.item().position(), l.item().points(),
                                l.points(), l.item().note(), note, l.row().rowNumber()));
                    }
                }
                Closing closing = assessment.closed() ? null : closing(assessment, label, lines, mine);
                mine.removeIf(c -> invalid.contains(c.row()));
                changes.addAll(mine);
                mine.forEach(c -> willWrite.add(messages.get("assessments.ledger.willWrite", service.periodName(
                        lines.get(0).period()), lines.get(0).employee().name(), c.position(),
                        AssessmentService.text(c.oldPoints()), AssessmentService.text(c.points()))));
                if (closing != null) {
                    closings.add(closing);
                    willWrite.add(messages.get("assessments.ledger.willClose", service.periodName(
                            lines.get(0).period()), lines.get(0).employee().name(), closing.assessor()));
                }
            }
            errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
            return new Preview(table, List.copyOf(errors), invalid, changes, closings, willWrite);
        }

        /** The closing the rows ask for (all give the same assessor and dates), if any and if every item is scored. */
        private Closing closing(Row assessment, String label, List<Line> lines, List<ItemChange> changes) {
            Line signed = null;
            for (Line l : lines) {
                if (l.assessor() == null) {
                    continue;
                }
                if (signed == null) {
                    signed = l;
                } else if (!signed.assessor().equals(l.assessor()) || !signed.assessorOn().equals(l.assessorOn())
                        || !signed.assesseeOn().equals(l.assesseeOn())) {
                    error(l.row(), AssessmentColumn.ASSESSOR, messages.get("assessments.row.signatureDiffers",
                            signed.row().rowNumber()));
                    return null;
                }
            }
            if (signed == null || lines.stream().anyMatch(l -> invalid.contains(l.row().rowNumber()))) {
                return null;
            }
            Map<Integer, Double> points = new HashMap<>();
            items.get(assessment.id()).forEach(i -> points.put(i.position(), i.points()));
            changes.forEach(c -> points.put(c.position(), c.points()));
            long unscored = points.values().stream().filter(Objects::isNull).count();
            if (unscored > 0) {
                error(signed.row(), AssessmentColumn.ASSESSOR, messages.get("assessments.row.unscored", unscored));
                return null;
            }
            return new Closing(assessment.id(), label, signed.assessor(), signed.assessorOn(), signed.assesseeOn(),
                    signed.row().rowNumber());
        }

        private Line line(SheetRow row) {
            int before = errors.size();
            String periodText = periodText(cell(AssessmentColumn.PERIOD, row));
            Period period = null;
            if (periodText.isEmpty()) {
                error(row, AssessmentColumn.PERIOD, messages.get("assessments.row.noPeriod"));
            } else {
                period = Period.parse(periodText).orElse(null);
                if (period == null) {
                    error(row, AssessmentColumn.PERIOD, messages.get("assessments.row.badPeriod", periodText));
                }
            }
            Employee employee = person(row);
            Integer position = null;
            String positionText = text(AssessmentColumn.POSITION, row);
            if (positionText.isEmpty()) {
                error(row, AssessmentColumn.POSITION, messages.get("assessments.row.noPosition"));
            } else {
                try {
                    double p = Double.parseDouble(positionText);
                    if (p != Math.rint(p) || p < 1) {
                        throw new NumberFormatException(positionText);
                    }
                    position = (int) p;
                } catch (NumberFormatException e) {
                    error(row, AssessmentColumn.POSITION, messages.get("assessments.row.badPosition", positionText));
                }
            }
            String assessor = text(AssessmentColumn.ASSESSOR, row);
            LocalDate assessorOn = date(row, AssessmentColumn.ASSESSOR_SIGNED_ON, period);
            LocalDate assesseeOn = date(row, AssessmentColumn.ASSESSEE_SIGNED_ON, period);
            boolean anySignature = !assessor.isEmpty() || !text(AssessmentColumn.ASSESSOR_SIGNED_ON, row).isEmpty()
                    || !text(AssessmentColumn.ASSESSEE_SIGNED_ON, row).isEmpty();
            if (errors.size() > before || employee == null) {
                return null;
            }
            Row assessment = Optional.ofNullable(periodIds.get(period)).map(inForce::get)
                    .map(m -> m.get(employee.id())).orElse(null);
            if (assessment == null) {
                error(row, AssessmentColumn.PERIOD, messages.get("assessments.row.noAssessment",
                        service.periodName(period)));
                return null;
            }
            List<Item> list = items.computeIfAbsent(assessment.id(), id -> store.assessments().items(id));
            final int pos = position;
            Item item = list.stream().filter(i -> i.position() == pos).findFirst().orElse(null);
            if (item == null) {
                error(row, AssessmentColumn.POSITION, messages.get("assessments.row.unknownItem", position,
                        list.size()));
                return null;
            }
            Double points = points(row, item);
            if (errors.size() > before) {
                return null;
            }
            String note = index.containsKey(AssessmentColumn.NOTE) ? text(AssessmentColumn.NOTE, row) : null;
            if (anySignature && !assessment.closed()) {
                if (assessor.isEmpty() || assessorOn == null || assesseeOn == null) {
                    error(row, AssessmentColumn.ASSESSOR, messages.get("assessments.row.partialSignature"));
                    return null;
                }
            }
            boolean sign = anySignature && !assessment.closed();
            return new Line(row, assessment, period, employee, item, points, note, sign ? assessor : null,
                    sign ? assessorOn : null, sign ? assesseeOn : null);
        }

        private Double points(SheetRow row, Item item) {
            Object value = cell(AssessmentColumn.POINTS, row);
            if (CellValues.isBlank(value)) {
                return null;
            }
            String text = CellValues.text(value);
            double points;
            try {
                points = value instanceof Double d ? d : Double.parseDouble(text);
            } catch (NumberFormatException e) {
                error(row, AssessmentColumn.POINTS, messages.get("assessments.row.badPoints", text,
                        AssessmentService.text(item.maxPoints())));
                return null;
            }
            if (Double.isNaN(points) || points < 0) {
                error(row, AssessmentColumn.POINTS, messages.get("assessments.row.negative", text,
                        AssessmentService.text(item.maxPoints())));
                return null;
            }
            if (points > item.maxPoints() + 1e-9) {
                error(row, AssessmentColumn.POINTS, messages.get("assessments.row.aboveMax", text,
                        AssessmentService.text(item.maxPoints())));
                return null;
            }
            return Math.round(points * 100) / 100.0;
        }

        private LocalDate date(SheetRow row, AssessmentColumn column, Period period) {
            Object value = cell(column, row);
            if (CellValues.isBlank(value)) {
                return null;
            }
            Optional<LocalDate> parsed = ExcelDates.parse(value);
            if (parsed.isEmpty()) {
                error(row, column, messages.get("assessments.row.badDate", CellValues.text(value)));
                return null;
            }
            if (parsed.get().isAfter(day)) {
                error(row, column, messages.get("assessments.row.futureDate", parsed.get().toString()));
                return null;
            }
            if (period != null && parsed.get().isBefore(period.startsOn())) {
                error(row, column, messages.get("assessments.row.beforePeriod", parsed.get().toString()));
                return null;
            }
            return parsed.get();
        }

        /** A period cell: text, or a date Excel made of "2026-11" (read as that month). */
        private String periodText(Object value) {
            if (value instanceof LocalDateTime t) {
                return String.format("%04d-%02d", t.getYear(), t.getMonthValue());
            }
            return CellValues.text(value);
        }

        /** By ID number (a masked one is skipped), else employee number, else a unique name. */
        private Employee person(SheetRow row) {
            String id = text(AssessmentColumn.ID_NUMBER, row).replace(" ", "");
            String number = text(AssessmentColumn.EMPLOYEE_NUMBER, row);
            String name = text(AssessmentColumn.NAME, row);
            Employee found = null;
            if (!id.isEmpty() && !id.contains("*")) {
                if (id.matches("(?i)^\\d(\\.\\d+)?E\\+?\\d+$")) {
                    error(row, AssessmentColumn.ID_NUMBER, messages.get("assessments.row.scientificId", id));
                    return null;
                }
                IdNumber.Check check = IdNumber.check(id);
                found = check.valid() ? byId.get(check.idNumber().value()) : null;
                if (found == null) {
                    error(row, AssessmentColumn.ID_NUMBER, messages.get("assessments.row.unknownPerson", id));
                    return null;
                }
                if (!number.isEmpty() && byNumber.containsKey(number) && byNumber.get(number) != found) {
                    error(row, AssessmentColumn.EMPLOYEE_NUMBER, messages.get("assessments.row.idMismatch", id,
                            number));
                    return null;
                }
                return found;
            }
            if (!number.isEmpty()) {
                found = byNumber.get(number);
                if (found == null) {
                    error(row, AssessmentColumn.EMPLOYEE_NUMBER, messages.get("assessments.row.unknownPerson",
                            number));
                }
                return found;
            }
            if (!name.isEmpty()) {
                List<Employee> named = byName.getOrDefault(name, List.of());
                if (named.isEmpty()) {
                    error(row, AssessmentColumn.NAME, messages.get("assessments.row.unknownPerson", name));
                    return null;
                }
                if (named.size() > 1) {
                    error(row, AssessmentColumn.NAME, messages.get("assessments.row.ambiguousName", named.size(),
                            name));
                    return null;
                }
                return named.get(0);
            }
            error(row, AssessmentColumn.NAME, messages.get("assessments.row.noPerson"));
            return null;
        }
    }

    @Override
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                     Progress progress) throws LedgerException {
        Preview p = (Preview) preview;
        if (p.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS,
                    messages.get("assessments.ledger.invalidRows", p.invalidRows()));
        }
        progress.checkCancelled();
        LocalDate day = today.get();
        int total = p.toWrite();
        return workspace.write(store -> {
            int done = 0;
            Set<Long> touched = new HashSet<>();
            for (ItemChange c : p.changes) {
                progress.update(++done, total, messages.get("assessments.progress.saving", c.label()));
                Row row = store.assessments().find(c.assessmentId()).orElseThrow();
                if (row.closed()) {
                    throw new AssessmentRuleException(messages.get("assessments.error.closed"));
                }
                store.assessments().updateItem(c.assessmentId(), c.position(), c.points(), c.note());
                store.audit().record("import-score", AssessmentService.ENTITY, c.assessmentId(), "row " + c.row()
                        + " item " + c.position() + ": points " + AssessmentService.text(c.oldPoints()) + " → "
                        + AssessmentService.text(c.points()) + (Objects.equals(c.oldNote(), c.note()) ? ""
                        : ", note '" + c.oldNote() + "' → '" + c.note() + "'"));
                touched.add(c.assessmentId());
            }
            touched.forEach(id -> service.rescore(store, id));
            for (Closing c : p.closings) {
                progress.update(++done, total, messages.get("assessments.progress.saving", c.label()));
                Row row = store.assessments().find(c.assessmentId()).orElseThrow();
                Period period = AssessmentService.period(store, row);
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
            store.audit().record("import", AssessmentService.ENTITY, null, KEY + " " + name(p.table.file()) + ": "
                    + p.changes.size() + " items, " + p.closings.size() + " closed, " + p.invalidRows()
                    + " rows skipped");
            return new LedgerImportResult(p.changes.size() + p.closings.size(), skipInvalid ? p.invalidRows() : 0);
        });
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        Preview p = (Preview) preview;
        if (SafeFiles.sameFile(p.table.file(), report)) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("assessments.ledger.overInput", name(report)));
        }
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(p.table.rows(), p.errors,
                RowProblem::row, RowProblem::columnIndex,
                e -> e.column().isEmpty() ? e.message() : e.column() + "：" + e.message(),
                row -> messages.get("assessments.ledger.rowPrefix", row) + "：");
        try {
            new ErrorReportWriter().write(report, messages.get("assessments.ledger.reportSheet"), p.table.headers(),
                    messages.get("assessments.ledger.reportMessage"), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("assessments.ledger.cannotWrite", name(report)), e);
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
