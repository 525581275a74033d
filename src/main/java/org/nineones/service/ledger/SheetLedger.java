package org.nineones.service.ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.nineones.excel.CellValues;
import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.ExcelDates;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.LedgerColumn;
import org.nineones.excel.LedgerSheetWriter;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/**
 * The kit every ledger of people's records is made with: reading the sheet by the ledger's {@link LedgerColumn}s,
 * the person of a row ({@link PersonMatcher}), dates that cannot be in the future, the refusal of rows in error, the
 * export through the one {@link LedgerSheetWriter}, and the one error report, which is never written over the file it
 * reports on. A ledger adds its own row checks, what it writes and what it exports.
 *
 * @param <T> what a row without errors is to write
 */
public abstract class SheetLedger<T> implements Ledger {

    protected final Messages messages;
    private final String key;
    private final String titleKey;
    private final List<LedgerColumn> columns;
    private final int maxRows;
    private final String headerKeys;

    /**
     * @param headerKeys the bundle keys' prefix of the headers the export writes ({@code training.column.}, then the
     *                   column's key), or null to write each column's first header variant
     */
    protected SheetLedger(Messages messages, String key, String titleKey, List<LedgerColumn> columns, int maxRows,
                          String headerKeys) {
        this.messages = messages;
        this.headerKeys = headerKeys;
        this.key = key;
        this.titleKey = titleKey;
        this.columns = List.copyOf(columns);
        this.maxRows = maxRows;
    }

    @Override
    public final String key() {
        return key;
    }

    @Override
    public final String titleKey() {
        return titleKey;
    }

    /** The header the export writes for a column: from the bundle, or its first variant. */
    protected final String header(LedgerColumn column) {
        return headerKeys == null ? column.header() : messages.get(headerKeys + column.key());
    }

    /** Reads the table whose header row names the ledger's columns. */
    protected LedgerTable read(Path file, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("ledger.progress.reading", name(file)));
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), maxRows).read(file, null, columns, progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            throw new LedgerException(LedgerException.Reason.UNREADABLE, messages.get("ledger.file." + e.reason().name(),
                    name(file), messages.get(titleKey), maxRows), e);
        }
        progress.update(1, 2, messages.get("ledger.progress.checking", table.rows().size()));
        return new LedgerTable(table, HeaderField.mapColumns(table.headers(), columns, null));
    }

    /**
     * Refuses a sheet that lacks columns the import needs: each of {@code needed}, and one at least of each group of
     * {@code oneOf} (the first of the group is named).
     */
    protected void require(Path file, LedgerTable t, List<LedgerColumn> needed, List<List<LedgerColumn>> oneOf)
            throws LedgerException {
        List<String> missing = new java.util.ArrayList<>(needed.stream().filter(c -> !t.has(c)).map(this::header)
                .toList());
        oneOf.stream().filter(group -> group.stream().noneMatch(t::has)).forEach(g -> missing.add(header(g.get(0))));
        if (!missing.isEmpty()) {
            throw new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get("ledger.missingColumns",
                    name(file), String.join("、", missing), messages.get(titleKey)));
        }
    }

    /**
     * The person a row names, or null with the problem added; the problem is on the cell it is about, or on the
     * first person column the sheet has.
     */
    protected PersonMatcher.Match person(LedgerTable t, SheetRow row, PersonMatcher matcher, LedgerColumn id,
                                         LedgerColumn number, LedgerColumn name, List<RowProblem> problems) {
        PersonMatcher.Match m = matcher.find(t.text(row, id), t.text(row, number), t.text(row, name));
        if (!m.found()) {
            problems.add(t.problem(row, t.personColumn(m.field(), id, number, name), m.problem()));
        }
        return m;
    }

    /**
     * A date cell: empty when blank; a problem when it is not a date ({@code badKey}, with the text) or after
     * {@code today}, the same sentence in every ledger.
     */
    protected Optional<LocalDate> date(LedgerTable t, SheetRow row, LedgerColumn column, LocalDate today,
                                       String badKey, List<RowProblem> problems) {
        Object cell = t.cell(row, column);
        if (CellValues.isBlank(cell)) {
            return Optional.empty();
        }
        Optional<LocalDate> d = ExcelDates.parse(cell);
        if (d.isEmpty()) {
            problems.add(t.problem(row, column, messages.get(badKey, CellValues.text(cell))));
        } else if (d.get().isAfter(today)) {
            problems.add(t.problem(row, column, messages.get("ledger.row.futureDate", d.get().toString())));
            return Optional.empty();
        }
        return d;
    }

    /**
     * A number in a cell (1.5, "1.5", "2学时", "1,500元", "3分"); empty when blank; NaN when it is not a number.
     */
    protected static Optional<Double> number(Object cell) {
        if (CellValues.isBlank(cell)) {
            return Optional.empty();
        }
        if (cell instanceof Double d) {
            return Optional.of(d);
        }
        String t = CellValues.text(cell).replaceAll("[,，\\s]", "").replaceAll("(学时|课时|小时|分|元|h|H)$", "");
        try {
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Optional.of(Double.NaN);
        }
    }

    @Override
    public abstract ImportPreview<T> preview(Workspace workspace, Path file, Progress progress) throws LedgerException;

    /** Refuses a preview with rows in error unless they are to be skipped, then writes what it found. */
    @Override
    @SuppressWarnings("unchecked")
    public final LedgerImportResult commit(Workspace workspace, LedgerPreview preview, boolean skipInvalid,
                                           Progress progress) throws LedgerException {
        if (preview.hasErrors() && !skipInvalid) {
            throw new LedgerException(LedgerException.Reason.INVALID_ROWS,
                    messages.get("ledger.invalidRows", preview.invalidRows()));
        }
        progress.checkCancelled();
        return write(workspace, (ImportPreview<T>) preview, skipInvalid, progress);
    }

    /** Writes the preview's items in one transaction with their audit entries. */
    protected abstract LedgerImportResult write(Workspace workspace, ImportPreview<T> preview, boolean skipInvalid,
                                                Progress progress) throws LedgerException;

    /** The items by their id. */
    protected static <I> Map<Long, I> byId(Collection<I> items, Function<I, Long> id) {
        Map<Long, I> map = new HashMap<>();
        items.forEach(i -> map.put(id.apply(i), i));
        return map;
    }

    /** Writes the export: the columns' headers (optionally under a title row), then the rows in column order. */
    protected int writeSheet(Path target, String sheetName, String title, List<LedgerColumn> exported,
                             List<? extends List<?>> rows) throws LedgerException {
        try {
            return new LedgerSheetWriter().write(target, sheetName, title, exported.stream().map(this::header).toList(),
                    exported, rows);
        } catch (IOException e) {
            throw cannotWrite(target, e);
        }
    }

    /**
     * Writes the rows in error as they were, the offending cells filled and a message column; refuses
     * ({@link LedgerException.Reason#CANNOT_WRITE}) to write it over the file it reports on.
     */
    @Override
    public final void writeErrorReport(LedgerPreview preview, Path report) throws LedgerException {
        HeaderTable table = preview.table();
        if (SafeFiles.sameFile(table.file().toAbsolutePath(), report.toAbsolutePath())) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("ledger.report.overInput", name(report)));
        }
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(table.rows(), preview.errors(),
                RowProblem::row, RowProblem::columnIndex,
                p -> p.column().isEmpty() ? p.message() : p.column() + "：" + p.message(),
                row -> messages.get("ledger.report.rowPrefix", row));
        try {
            new ErrorReportWriter().write(report, messages.get("ledger.report.sheet"), table.headers(),
                    messages.get("ledger.report.messageHeader"), rows);
        } catch (IOException e) {
            throw cannotWrite(report, e);
        }
    }

    protected LedgerException cannotWrite(Path file, IOException cause) {
        return new LedgerException(LedgerException.Reason.CANNOT_WRITE, messages.get("ledger.cannotWrite", name(file)),
                cause);
    }

    public static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
