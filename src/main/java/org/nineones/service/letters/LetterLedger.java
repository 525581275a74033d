package org.nineones.service.letters;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
import org.nineones.excel.letters.LetterColumn;
import org.nineones.excel.letters.LetterSheetWriter;
import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerPreview;
import org.nineones.store.LetterRepository.Signature;
import org.nineones.store.Workspace;

/**
 * The responsibility letters ledger (责任书签订台账) as a spreadsheet. Export: every year with a recorded signature
 * and the current year, one row per person of that year's round (masked ID number, org unit path, post, level,
 * counterpart, signed on, duty-list version, 已签/未签/需重签, the corrections as text). Import: records signatures
 * in bulk; the person is found by ID number, else employee number, else a unique name; a row without a signing date
 * is left out (not signed yet); a row whose signature is already recorded with that date is left out too, so an
 * exported ledger reads back without change. All rows are written in one transaction, or none.
 */
public final class LetterLedger implements Ledger {

    public static final String KEY = "letters";
    static final int MAX_DATA_ROWS = 100_000;

    private final LetterService letters;
    private final Messages messages;

    public LetterLedger(LetterService letters) {
        this.letters = letters;
        this.messages = letters.messages();
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "letters.ledger.title";
    }

    /** What an import of the letters ledger would write. */
    public record Preview(HeaderTable table, List<RowProblem> errors, List<LetterService.Planned> planned,
                          List<String> willWrite, int leftOut) implements LedgerPreview {

        @Override
        public int toWrite() {
            return planned.size();
        }
    }

    @Override
    public Preview preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        HeaderTable table = read(file, progress);
        List<LetterColumn> columns = HeaderField.mapColumns(table.headers(), LetterColumn.known(), LetterColumn.NONE);
        int yearCol = columns.indexOf(LetterColumn.YEAR);
        int dateCol = columns.indexOf(LetterColumn.SIGNED_ON);
        int nameCol = columns.indexOf(LetterColumn.NAME);
        int idCol = columns.indexOf(LetterColumn.ID_NUMBER);
        int numberCol = columns.indexOf(LetterColumn.EMPLOYEE_NUMBER);
        if (yearCol < 0 || dateCol < 0) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get("letters.import.missingColumn",
                    yearCol < 0 ? LetterColumn.YEAR.header() : LetterColumn.SIGNED_ON.header()));
        }
        if (nameCol < 0 && idCol < 0 && numberCol < 0) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get("letters.import.missingPerson"));
        }
        Roster employees = new Roster(workspace.read(store -> store.employees().all()));
        Map<Integer, Map<Long, LetterRow>> rounds = new HashMap<>();
        List<RowProblem> errors = new ArrayList<>();
        List<LetterService.Planned> planned = new ArrayList<>();
        List<String> willWrite = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int leftOut = 0;
        int done = 0;
        for (SheetRow row : table.rows()) {
            progress.update(done++, table.rows().size(), messages.get("letters.progress.checking"));
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            List<RowProblem> problems = new ArrayList<>();
            int n = row.rowNumber();
            Object dateCell = row.cell(dateCol);
            Optional<Employee> person = person(row, nameCol, idCol, numberCol, employees, table, problems, n);
            Integer year = year(row.cell(yearCol), table, yearCol, problems, n);
            if (CellValues.isBlank(dateCell)) {
                if (problems.isEmpty()) {
                    leftOut++;
                } else {
                    errors.addAll(problems);
                }
                continue;
            }
            LocalDate signedOn = ExcelDates.parse(dateCell).orElse(null);
            if (signedOn == null) {
                problems.add(problem(n, table, dateCol, messages.get("letters.import.badDate", CellValues.text(dateCell))));
            } else if (year != null) {
                try {
                    letters.checkDate(year, signedOn);
                } catch (LetterRuleException e) {
                    problems.add(problem(n, table, dateCol, e.getMessage()));
                }
            }
            if (!problems.isEmpty() || person.isEmpty() || year == null) {
                errors.addAll(problems);
                continue;
            }
            Employee e = person.get();
            int y = year;
            Map<Long, LetterRow> round = rounds.computeIfAbsent(y, k -> {
                Map<Long, LetterRow> m = new HashMap<>();
                letters.round(workspace, k).rows().forEach(r -> m.put(r.employeeId(), r));
                return m;
            });
            LetterRow current = round.get(e.id());
            if (current == null) {
                errors.add(problem(n, table, nameCol, messages.get("letters.import.notInRound", e.name())));
                continue;
            }
            if (!seen.add(e.id() + "/" + y)) {
                errors.add(problem(n, table, nameCol, messages.get("letters.import.duplicate", e.name(),
                        String.valueOf(y))));
                continue;
            }
            Signature signed = current.signature();
            if (signed != null && signed.signedOn().equals(signedOn)) {
                leftOut++;
                continue;
            }
            if (current.status() == LetterStatus.SIGNED) {
                errors.add(problem(n, table, dateCol, messages.get("letters.import.alreadySigned", e.name(),
                        String.valueOf(y), signed.signedOn().toString())));
                continue;
            }
            try {
                letters.checkResignDate(current, signedOn);
            } catch (LetterRuleException ex) {
                errors.add(problem(n, table, dateCol, ex.getMessage()));
                continue;
            }
            planned.add(new LetterService.Planned(e.id(), y, signedOn));
            willWrite.add(messages.get("letters.import.willWrite", e.name(), current.post().name(), String.valueOf(y),
                    signedOn.toString()));
        }
        progress.update(done, done, messages.get("letters.progress.checking"));
        return new Preview(table, List.copyOf(errors), List.copyOf(planned), List.copyOf(willWrite), leftOut);
    }

    /** The roster indexed by ID number, employee number and name. */
    private static final class Roster {
        final Map<String, Employee> byId = new HashMap<>();
        final Map<String, List<Employee>> byNumber = new HashMap<>();
        final Map<String, List<Employee>> byName = new HashMap<>();

        Roster(List<Employee> all) {
            for (Employee e : all) {
                if (e.idNumber() != null) {
                    byId.put(e.idNumber().value(), e);
                }
                String number = TextNormaliser.trim(e.employeeNumber() == null ? "" : e.employeeNumber());
                if (!number.isEmpty()) {
                    byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(e);
                }
                byName.computeIfAbsent(TextNormaliser.trim(e.name()), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private Optional<Employee> person(SheetRow row, int nameCol, int idCol, int numberCol, Roster employees,
                                      HeaderTable table, List<RowProblem> problems, int n) {
        String id = idCol < 0 ? "" : TextNormaliser.trim(CellValues.text(row.cell(idCol)));
        String number = numberCol < 0 ? "" : TextNormaliser.trim(CellValues.text(row.cell(numberCol)));
        String name = nameCol < 0 ? "" : TextNormaliser.trim(CellValues.text(row.cell(nameCol)));
        if (!id.isEmpty() && !id.contains("*")) {
            IdNumber.Check check = IdNumber.check(id);
            if (!check.valid()) {
                problems.add(problem(n, table, idCol, messages.get("letters.import.badId", id)));
                return Optional.empty();
            }
            Optional<Employee> found = Optional.ofNullable(employees.byId.get(check.idNumber().value()));
            if (found.isEmpty()) {
                problems.add(problem(n, table, idCol, messages.get("letters.import.unknownId", IdNumber.mask(id))));
            }
            return found;
        }
        if (!number.isEmpty()) {
            List<Employee> found = employees.byNumber.getOrDefault(number, List.of());
            if (found.size() == 1) {
                return Optional.of(found.get(0));
            }
            if (found.size() > 1) {
                problems.add(problem(n, table, numberCol, messages.get("letters.import.ambiguousNumber", number)));
                return Optional.empty();
            }
        }
        if (name.isEmpty()) {
            problems.add(problem(n, table, nameCol >= 0 ? nameCol : numberCol,
                    number.isEmpty() ? messages.get("letters.import.noPerson")
                            : messages.get("letters.import.unknownNumber", number)));
            return Optional.empty();
        }
        List<Employee> found = employees.byName.getOrDefault(name, List.of());
        if (found.size() == 1) {
            return Optional.of(found.get(0));
        }
        problems.add(problem(n, table, nameCol, found.isEmpty() ? messages.get("letters.import.unknownName", name)
                : messages.get("letters.import.ambiguousName", name, found.size())));
        return Optional.empty();
    }

    private Integer year(Object cell, HeaderTable table, int col, List<RowProblem> problems, int n) {
        String text = TextNormaliser.trim(CellValues.text(cell)).replace("年度", "").replace("年", "");
        if (text.endsWith(".0")) {
            text = text.substring(0, text.length() - 2);
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= 2000 && year <= 2100) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(problem(n, table, col, messages.get("letters.import.badYear", CellValues.text(cell))));
        return null;
    }

    private static RowProblem problem(int row, HeaderTable table, int col, String message) {
        String header = col >= 0 && col < table.headers().size() ? table.headers().get(col) : "";
        return new RowProblem(row, header, col, message);
    }

    private HeaderTable read(Path file, Progress progress) throws LedgerException {
        try {
            return new TableReader(new SpreadsheetReader(), MAX_DATA_ROWS).read(file, null, LetterColumn.known(),
                    progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            throw new LedgerException(LedgerException.Reason.UNREADABLE, messages.get("letters.file." + e.reason().name(),
                    name(file), MAX_DATA_ROWS), e);
        }
    }

    @Override
    public void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        Preview p = (Preview) preview;
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(p.table().rows(), p.errors(),
                RowProblem::row, RowProblem::columnIndex,
                e -> e.column().isEmpty() ? e.message() : e.column() + "：" + e.message(),
                row -> messages.get("letters.import.rowPrefix", row));
        try {
            new ErrorReportWriter().write(report, messages.get("letters.import.reportSheet"), p.table().headers(),
                    messages.get("letters.import.messageHeader"), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE, messages.get("letters.cannotWrite",
                    name(report)), e);
        }
    }

    @Override
    public LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid, Progress progress)
            throws LedgerException {
        Preview p = (Preview) preview;
        if (p.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS, messages.get("letters.import.invalidRows",
                    p.invalidRows()));
        }
        progress.update(0, 1, messages.get("letters.progress.writing"));
        int written = workspace.write(store -> {
            int n = letters.signAll(store, p.planned());
            store.audit().record("import", "letter_signature", null, messages.get("letters.audit.import",
                    name(p.table().file()), n));
            return n;
        });
        progress.update(1, 1, messages.get("letters.progress.writing"));
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 1, messages.get("letters.progress.reading"));
        Set<Integer> years = new TreeSet<>();
        workspace.read(store -> {
            store.letters().all().forEach(s -> years.add(s.year()));
            return null;
        });
        years.add(letters.currentYear());
        List<List<String>> rows = new ArrayList<>();
        for (int year : years) {
            LetterRound round = letters.round(workspace, year);
            for (LetterRow r : round.rows()) {
                rows.add(row(workspace, r, year));
            }
            progress.checkCancelled();
        }
        try {
            new LetterSheetWriter().write(target, messages.get("letters.ledger.sheet"),
                    messages.get("letters.ledger.sheetTitle", enterpriseName(workspace)), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE, messages.get("letters.cannotWrite",
                    name(target)), e);
        }
        progress.update(1, 1, messages.get("letters.progress.reading"));
        return rows.size();
    }

    private List<String> row(Workspace workspace, LetterRow r, int year) {
        Employee e = r.employee();
        Signature s = r.signature();
        String corrections = "";
        if (r.corrections() > 0) {
            List<String> notes = new ArrayList<>();
            for (HistoryEntry h : letters.history(workspace, e.id())) {
                if (h.signature().year() == year && h.signature().isCorrection()) {
                    notes.add(letters.describe(h));
                }
            }
            corrections = String.join("；", notes);
        }
        List<String> values = new ArrayList<>();
        for (LetterColumn c : LetterColumn.exported()) {
            String value = switch (c) {
                case YEAR -> String.valueOf(year);
                case NAME -> e.name();
                case ID_NUMBER -> e.idNumber().masked();
                case EMPLOYEE_NUMBER -> e.employeeNumber() == null ? "" : e.employeeNumber();
                case ORG_UNIT -> r.unitPath();
                case POST -> r.post().name();
                case LEVEL -> messages.get("letters.level." + r.level());
                case COUNTERPART -> r.counterpart().isSuperior() ? r.counterpart().name()
                        : r.counterpart().name() + "（" + r.counterpart().postName() + "）";
                case SIGNED_ON -> s == null ? "" : s.signedOn().toString();
                case VERSION -> s == null ? "" : r.signedVersion() == 0 ? messages.get("letters.version.none")
                        : messages.get("letters.version.short", r.signedVersion());
                case STATUS -> messages.of(r.status());
                case CORRECTIONS -> corrections;
                case NONE -> "";
            };
            values.add(value);
        }
        return values;
    }

    private static String enterpriseName(Workspace workspace) {
        return workspace.read(store -> store.enterprise().get().name());
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
