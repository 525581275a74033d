package org.nineones.service.rewards;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.RecordTime;
import org.nineones.excel.CellValues;
import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.content.RowProblem;
import org.nineones.excel.rewards.RewardColumn;
import org.nineones.excel.rewards.RewardsWorkbookWriter;
import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.SafeFiles;
import org.nineones.model.TextNormaliser;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.Store;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reward and penalty ledger as a spreadsheet ({@code rewards}). Export: the entries in force, ID numbers masked,
 * a note on corrected entries. Import: a person by ID number, else employee number, else a unique name (a masked ID
 * number is skipped); an org unit by its path or unique name when no person is named; kind 奖励/处罚 (or from the
 * rule); rule by code, optional; amount and points (the rule's when blank); approver; day. Every row is checked as the
 * registration dialog checks it; rows in error get messages; the rest is written in one transaction.
 */
public final class RewardsLedger implements Ledger {

    public static final String KEY = "rewards";
    public static final int MAX_DATA_ROWS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(RewardsLedger.class);
    private static final Pattern DUTY_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:[.、．:：)）]|$)");

    private final RewardsService service;
    private final Messages messages;

    public RewardsLedger(RewardsService service) {
        this.service = service;
        this.messages = service.messages();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "rewards.ledger.title";
    }

    /** The checked rows: the entries to write with their Excel row numbers, the problems of the others. */
    static final class Preview implements LedgerPreview {
        final HeaderTable table;
        final List<RowProblem> errors;
        final List<RewardEntry> entries;
        final List<String> lines;
        final int invalidRows;

        Preview(HeaderTable table, List<RowProblem> errors, List<RewardEntry> entries, List<String> lines,
                int invalidRows) {
            this.table = table;
            this.errors = List.copyOf(errors);
            this.entries = List.copyOf(entries);
            this.lines = List.copyOf(lines);
            this.invalidRows = invalidRows;
        }

        @Override
        public HeaderTable table() {
            return table;
        }

        @Override
        public int invalidRows() {
            return invalidRows;
        }

        @Override
        public List<RowProblem> errors() {
            return errors;
        }

        @Override
        public int toWrite() {
            return entries.size();
        }

        @Override
        public List<String> willWrite() {
            return lines;
        }
    }

    @Override
    public LedgerPreview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("rewards.progress.reading", name(file)));
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_DATA_ROWS)
                    .read(file, null, List.of(RewardColumn.values()), progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.warn("cannot read rewards sheet {}", file, e);
            throw new LedgerException(LedgerException.Reason.UNREADABLE, messages.get("exchange.file."
                    + e.reason().name(), name(file), messages.get("rewards.ledger.title"), MAX_DATA_ROWS), e);
        }
        List<RewardColumn> mapped = HeaderField.mapColumns(table.headers(), List.of(RewardColumn.values()), null);
        Map<RewardColumn, Integer> index = new EnumMap<>(RewardColumn.class);
        for (int c = 0; c < mapped.size(); c++) {
            if (mapped.get(c) != null) {
                index.put(mapped.get(c), c);
            }
        }
        List<String> missing = new ArrayList<>();
        for (RewardColumn required : List.of(RewardColumn.DATE, RewardColumn.APPROVER)) {
            if (!index.containsKey(required)) {
                missing.add(messages.get("rewards.column." + required.key()));
            }
        }
        if (!index.containsKey(RewardColumn.KIND) && !index.containsKey(RewardColumn.RULE)) {
            missing.add(messages.get("rewards.column." + RewardColumn.KIND.key()));
        }
        if (!index.containsKey(RewardColumn.NAME) && !index.containsKey(RewardColumn.ID_NUMBER)
                && !index.containsKey(RewardColumn.EMPLOYEE_NUMBER) && !index.containsKey(RewardColumn.UNIT)) {
            missing.add(messages.get("rewards.column." + RewardColumn.NAME.key()));
        }
        if (!missing.isEmpty()) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN,
                    messages.get("rewards.import.missingColumns", name(file), String.join("、", missing)));
        }
        progress.checkCancelled();
        progress.update(1, 2, messages.get("rewards.progress.checking", table.rows().size()));
        Preview preview = workspace.read(store -> check(store, table, index, progress));
        progress.update(2, 2, messages.get("rewards.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private Preview check(Store store, HeaderTable table, Map<RewardColumn, Integer> index, Progress progress) {
        Lookup lookup = new Lookup(store);
        EntryChecker checker = new EntryChecker(messages, store, service.today());
        List<RowProblem> errors = new ArrayList<>();
        List<RewardEntry> entries = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RewardEntry e : store.rewards().inForce(null, null)) {
            seen.add(identity(e));
        }
        int invalid = 0;
        int done = 0;
        for (SheetRow row : table.rows()) {
            if (++done % 1000 == 0) {
                progress.checkCancelled();
            }
            Row r = new Row(row, index);
            List<RowProblem> problems = new ArrayList<>();
            LocalDate day = null;
            if (r.blank(RewardColumn.DATE)) {
                problems.add(r.problem(RewardColumn.DATE, messages.get("rewards.check.dateMissing")));
            } else {
                day = ExcelDates.parse(r.cell(RewardColumn.DATE)).orElse(null);
                if (day == null) {
                    problems.add(r.problem(RewardColumn.DATE, messages.get("rewards.import.badDate",
                            r.text(RewardColumn.DATE))));
                }
            }
            Long employeeId = null;
            Long unitId = null;
            Optional<String> personProblem = Optional.empty();
            boolean personNamed = !r.blank(RewardColumn.NAME) || !r.blank(RewardColumn.ID_NUMBER)
                    || !r.blank(RewardColumn.EMPLOYEE_NUMBER);
            RewardColumn subjectColumn = RewardColumn.NAME;
            if (personNamed) {
                Lookup.Found found = lookup.person(r.text(RewardColumn.ID_NUMBER), r.text(RewardColumn.EMPLOYEE_NUMBER),
                        r.text(RewardColumn.NAME), r.text(RewardColumn.UNIT));
                employeeId = found.id();
                subjectColumn = found.column();
                personProblem = Optional.ofNullable(found.problem());
            } else if (!r.blank(RewardColumn.UNIT)) {
                Lookup.Found found = lookup.unit(r.text(RewardColumn.UNIT));
                unitId = found.id();
                subjectColumn = RewardColumn.UNIT;
                personProblem = Optional.ofNullable(found.problem());
            } else {
                personProblem = Optional.of(messages.get("rewards.check.subjectMissing"));
            }
            RewardColumn subjectAt = subjectColumn;
            personProblem.ifPresent(text -> problems.add(r.problem(subjectAt, text)));
            RewardKind kind = null;
            if (!r.blank(RewardColumn.KIND)) {
                kind = RewardRules.kind(r.text(RewardColumn.KIND));
                if (kind == null) {
                    problems.add(r.problem(RewardColumn.KIND, messages.get("rewards.import.badKind",
                            r.text(RewardColumn.KIND))));
                }
            }
            Long ruleId = null;
            if (!r.blank(RewardColumn.RULE)) {
                RewardRule rule = lookup.rulesByCode.get(r.text(RewardColumn.RULE));
                if (rule == null) {
                    problems.add(r.problem(RewardColumn.RULE, messages.get("rewards.import.unknownRule",
                            r.text(RewardColumn.RULE))));
                } else {
                    ruleId = rule.id();
                }
            }
            Double amount = r.number(RewardColumn.AMOUNT, problems);
            Double points = r.number(RewardColumn.POINTS, problems);
            Long dutyVersion = null;
            Integer dutyPosition = null;
            if (!r.blank(RewardColumn.DUTY) && employeeId != null && day != null) {
                Matcher m = DUTY_NUMBER.matcher(r.text(RewardColumn.DUTY));
                List<DutyChoice> choices = checker.dutyChoices(employeeId, day);
                DutyChoice choice = null;
                if (m.find()) {
                    int position = Integer.parseInt(m.group(1));
                    choice = choices.stream().filter(c -> c.position() == position).findFirst().orElse(null);
                } else {
                    String text = TextNormaliser.trim(r.text(RewardColumn.DUTY));
                    choice = choices.stream().filter(c -> TextNormaliser.trim(c.text()).equals(text)).findFirst()
                            .orElse(null);
                }
                if (choice == null) {
                    problems.add(r.problem(RewardColumn.DUTY, messages.get("rewards.import.unknownDuty",
                            r.text(RewardColumn.DUTY))));
                } else {
                    dutyVersion = choice.versionId();
                    dutyPosition = choice.position();
                }
            }
            if (problems.isEmpty()) {
                EntryDraft draft = new EntryDraft(day, employeeId, unitId, kind, r.text(RewardColumn.REASON), ruleId,
                        dutyVersion, dutyPosition, amount, points, r.text(RewardColumn.APPROVER));
                EntryChecker.Checked checked = checker.check(draft, null);
                for (FieldProblem p : checked.problems()) {
                    RewardColumn column = switch (p.field()) {
                        case DATE -> RewardColumn.DATE;
                        case SUBJECT -> subjectColumn;
                        case KIND -> RewardColumn.KIND;
                        case REASON -> RewardColumn.REASON;
                        case RULE -> RewardColumn.RULE;
                        case DUTY -> RewardColumn.DUTY;
                        case AMOUNT -> RewardColumn.AMOUNT;
                        case POINTS -> RewardColumn.POINTS;
                        case APPROVER -> RewardColumn.APPROVER;
                    };
                    problems.add(r.problem(column, p.message()));
                }
                if (checked.ok() && !seen.add(identity(checked.entry()))) {
                    problems.add(r.problem(RewardColumn.DATE, messages.get("rewards.import.duplicate")));
                }
                if (problems.isEmpty()) {
                    entries.add(checked.entry());
                    lines.add(messages.get("rewards.import.line", row.rowNumber(), service.summary(checked.entry())));
                }
            }
            if (!problems.isEmpty()) {
                invalid++;
                errors.addAll(problems);
            }
        }
        return new Preview(table, errors, entries, lines, invalid);
    }

    /** What makes two entries the same record: day, subject, kind, reason, amount, points. */
    private static String identity(RewardEntry e) {
        return e.occurredOn() + "|" + e.employeeId() + "|" + e.orgUnitId() + "|" + e.kind() + "|" + e.reason().strip()
                + "|" + e.amount() + "|" + e.points();
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        Preview p = (Preview) preview;
        if (SafeFiles.sameFile(p.table.file(), report)) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("exchange.report.overInput", name(report)));
        }
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(p.table.rows(), p.errors,
                RowProblem::row, RowProblem::columnIndex,
                e -> e.column().isEmpty() ? e.message() : e.column() + "：" + e.message(),
                row -> messages.get("exchange.report.rowPrefix", row));
        try {
            new ErrorReportWriter().write(report, messages.get("exchange.report.sheet"), p.table.headers(),
                    messages.get("exchange.report.messageHeader"), rows);
        } catch (IOException e) {
            LOG.warn("cannot write error report {}", report, e);
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("exchange.cannotWrite", name(report)), e);
        }
    }

    @Override
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                     Progress progress) throws LedgerException {
        Preview p = (Preview) preview;
        if (p.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS,
                    messages.get("exchange.invalidRows", p.invalidRows()));
        }
        progress.checkCancelled();
        progress.update(0, 1, messages.get("rewards.progress.saving"));
        // one audit entry for the import, naming the file and the ids written; each row keeps who recorded it and when
        int written = workspace.write(store -> {
            List<Long> ids = store.rewards().insertEntries(p.entries);
            store.audit().record("import", RewardsService.ENTRY, null, name(p.table.file()) + ": " + ids.size()
                    + " written" + (ids.isEmpty() ? "" : " (#" + ids.get(0) + "–#" + ids.get(ids.size() - 1) + ")")
                    + ", " + p.invalidRows() + " rows skipped");
            return ids.size();
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("rewards.progress.collecting"));
        record Export(List<EntryRow> rows, Map<Long, String> notes, String enterprise) {
        }
        Export data = workspace.read(store -> {
            List<EntryRow> rows = service.entries(store, RewardsService.Filter.all());
            Map<Long, String> notes = new HashMap<>();
            for (EntryRow row : rows) {
                if (row.corrected()) {
                    notes.put(row.entry().id(), note(store.rewards().chain(row.entry().id())));
                }
            }
            return new Export(rows, notes, store.enterprise().get().name());
        });
        progress.checkCancelled();
        progress.update(1, 2, messages.get("rewards.progress.writing", name(target)));
        List<String> headers = new ArrayList<>();
        for (RewardColumn column : RewardColumn.values()) {
            headers.add(messages.get("rewards.column." + column.key()));
        }
        List<RewardsWorkbookWriter.SheetLine> lines = new ArrayList<>();
        for (EntryRow row : data.rows()) {
            RewardEntry e = row.entry();
            String duty = e.dutyPosition() == null ? "" : e.dutyPosition() + ". " + e.dutyText();
            String ruleCode = row.ruleCode();
            lines.add(new RewardsWorkbookWriter.SheetLine(java.util.Arrays.asList(e.occurredOn().toString(),
                    row.person() ? row.subject() : "", row.maskedIdNumber(), row.employeeNumber(), row.unitPath(),
                    service.kindName(e.kind()), ruleCode, e.reason(), duty, e.amount(), e.points(), e.approvedBy(),
                    data.notes().getOrDefault(e.id(), ""))));
        }
        try {
            new RewardsWorkbookWriter().write(target, messages.get("rewards.ledger.sheet"),
                    messages.get("rewards.ledger.sheetTitle", data.enterprise()), headers, lines);
        } catch (IOException e) {
            LOG.warn("cannot write rewards export {}", target, e);
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("exchange.cannotWrite", name(target)), e);
        }
        progress.update(2, 2, messages.get("rewards.progress.written", name(target)));
        return lines.size();
    }

    /** "更正 1 次：…（原因）" for an entry that replaced earlier ones. */
    private String note(List<RewardEntry> chain) {
        List<String> reasons = chain.stream().filter(RewardEntry::isCorrection).map(RewardEntry::correctionReason)
                .toList();
        return messages.get("rewards.export.corrected", reasons.size(), String.join("；", reasons),
                RecordTime.local(chain.get(0).recordedAt()));
    }

    /** One sheet row read through the column map. */
    private final class Row {
        private final SheetRow row;
        private final Map<RewardColumn, Integer> index;

        Row(SheetRow row, Map<RewardColumn, Integer> index) {
            this.row = row;
            this.index = index;
        }

        Object cell(RewardColumn column) {
            Integer c = index.get(column);
            return c == null ? null : row.cell(c);
        }

        boolean blank(RewardColumn column) {
            return CellValues.isBlank(cell(column));
        }

        String text(RewardColumn column) {
            Object cell = cell(column);
            return cell == null ? "" : TextNormaliser.trim(CellValues.text(cell));
        }

        Double number(RewardColumn column, List<RowProblem> problems) {
            Object cell = cell(column);
            if (CellValues.isBlank(cell)) {
                return null;
            }
            if (cell instanceof Double d) {
                return d;
            }
            String text = text(column).replace(",", "").replace("，", "").replace("元", "").replace("分", "").strip();
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                problems.add(problem(column, messages.get("rewards.import.badNumber", text(column))));
                return null;
            }
        }

        RowProblem problem(RewardColumn column, String message) {
            Integer c = index.get(column);
            return new RowProblem(row.rowNumber(), c == null ? "" : messages.get("rewards.column." + column.key()),
                    c == null ? -1 : c, message);
        }
    }

    /** Finds people by ID number, employee number or unique name; units by path or unique name; rules by code. */
    private final class Lookup {
        record Found(Long id, RewardColumn column, String problem) {
        }

        final Map<String, Employee> byIdNumber = new HashMap<>();
        final Map<String, List<Employee>> byNumber = new HashMap<>();
        final Map<String, List<Employee>> byName = new HashMap<>();
        final Map<String, Long> unitByPath = new HashMap<>();
        final Map<String, List<Long>> unitsByName = new HashMap<>();
        final Map<String, RewardRule> rulesByCode = new HashMap<>();
        final Map<Long, String> unitKeys = new HashMap<>();

        Lookup(Store store) {
            for (Employee e : store.employees().all()) {
                if (e.idNumber() != null) {
                    byIdNumber.put(e.idNumber().value(), e);
                }
                if (e.employeeNumber() != null && !e.employeeNumber().isBlank()) {
                    byNumber.computeIfAbsent(e.employeeNumber().strip(), k -> new ArrayList<>()).add(e);
                }
                byName.computeIfAbsent(TextNormaliser.strip(e.name()), k -> new ArrayList<>()).add(e);
            }
            List<OrgUnit> units = store.orgUnits().all();
            Map<Long, String> paths = OrgPaths.printed(units);
            for (OrgUnit u : units) {
                unitKeys.put(u.id(), String.join("/", OrgPaths.parts(paths.get(u.id()))));
                unitByPath.put(String.join("/", OrgPaths.parts(paths.get(u.id()))), u.id());
                unitsByName.computeIfAbsent(TextNormaliser.strip(u.name()), k -> new ArrayList<>()).add(u.id());
            }
            store.rewards().rules().forEach(r -> rulesByCode.put(r.code(), r));
        }

        /** A person; several of one name are told apart by the unit column when it names one of their units. */
        Found person(String idNumber, String number, String name, String unit) {
            if (!idNumber.isEmpty() && !idNumber.contains("*")) {
                IdNumber.Check check = IdNumber.check(idNumber);
                Employee e = check.valid() ? byIdNumber.get(check.idNumber().value()) : null;
                return e != null ? new Found(e.id(), RewardColumn.ID_NUMBER, null)
                        : new Found(null, RewardColumn.ID_NUMBER, messages.get("rewards.import.unknownIdNumber",
                        IdNumber.mask(idNumber)));
            }
            if (!number.isEmpty()) {
                List<Employee> found = byNumber.getOrDefault(number, List.of());
                if (found.size() == 1) {
                    return new Found(found.get(0).id(), RewardColumn.EMPLOYEE_NUMBER, null);
                }
                return new Found(null, RewardColumn.EMPLOYEE_NUMBER, messages.get(found.isEmpty()
                        ? "rewards.import.unknownEmployeeNumber" : "rewards.import.ambiguousEmployeeNumber", number));
            }
            List<Employee> found = byName.getOrDefault(TextNormaliser.strip(name), List.of());
            String unitKey = String.join("/", OrgPaths.parts(unit));
            if (found.size() > 1 && !unitKey.isEmpty()) {
                List<Employee> inUnit = found.stream().filter(e -> e.orgUnitId() != null
                        && (unitKeys.getOrDefault(e.orgUnitId(), "").equals(unitKey)
                        || unitKeys.getOrDefault(e.orgUnitId(), "").endsWith("/" + unitKey))).toList();
                if (inUnit.size() == 1) {
                    found = inUnit;
                }
            }
            if (found.size() == 1) {
                return new Found(found.get(0).id(), RewardColumn.NAME, null);
            }
            return new Found(null, RewardColumn.NAME, messages.get(found.isEmpty() ? "rewards.import.unknownName"
                    : "rewards.import.ambiguousName", name, found.size()));
        }

        Found unit(String text) {
            Long byPath = unitByPath.get(String.join("/", OrgPaths.parts(text)));
            if (byPath != null) {
                return new Found(byPath, RewardColumn.UNIT, null);
            }
            List<String> parts = OrgPaths.parts(text);
            List<Long> named = parts.isEmpty() ? List.of()
                    : unitsByName.getOrDefault(parts.get(parts.size() - 1), List.of());
            if (named.size() == 1) {
                return new Found(named.get(0), RewardColumn.UNIT, null);
            }
            return new Found(null, RewardColumn.UNIT, messages.get(named.isEmpty() ? "rewards.import.unknownUnit"
                    : "rewards.import.ambiguousUnit", text));
        }
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
