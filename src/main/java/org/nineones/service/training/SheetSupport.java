package org.nineones.service.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nineones.excel.CellValues;
import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.content.RowProblem;
import org.nineones.excel.training.TrainingColumn;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerPreview;

/** What the training and sign-in sheet imports share: reading the table, reading cells, the error report. */
final class SheetSupport {

    /** More data rows than this are refused as a whole. */
    static final int MAX_DATA_ROWS = 200_000;

    private final Messages messages;

    SheetSupport(Messages messages) {
        this.messages = messages;
    }

    /** The table and, column by column, the field each header names (null where none). */
    record Table(HeaderTable table, List<TrainingColumn> columns) {
        int indexOf(TrainingColumn column) {
            return columns.indexOf(column);
        }

        boolean has(TrainingColumn column) {
            return columns.contains(column);
        }

        Object cell(org.nineones.excel.SheetRow row, TrainingColumn column) {
            int i = columns.indexOf(column);
            return i < 0 ? null : row.cell(i);
        }

        String header(TrainingColumn column) {
            int i = columns.indexOf(column);
            return i < 0 ? "" : table.headers().get(i);
        }
    }

    Table read(Path file, List<TrainingColumn> fields, String sheetTitleKey, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("training.progress.reading", name(file)));
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_DATA_ROWS).read(file, null, fields,
                    progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            throw new LedgerException(LedgerException.Reason.UNREADABLE, messages.get("training.file." + e.reason().name(),
                    name(file), messages.get(sheetTitleKey), MAX_DATA_ROWS), e);
        }
        List<TrainingColumn> columns = new ArrayList<>(HeaderField.mapColumns(table.headers(), fields, null));
        return new Table(table, columns);
    }

    LedgerException missing(Path file, String sheetTitleKey, List<TrainingColumn> missing) {
        return new LedgerException(LedgerException.Reason.MISSING_COLUMN, messages.get("training.missingColumns",
                name(file), String.join("、", missing.stream().map(c -> messages.get(c.headerKey())).toList()),
                messages.get(sheetTitleKey)));
    }

    /** A number in a cell ("1.5", 1.5, "2学时"); empty when blank; NaN when not a number. */
    static Optional<Double> number(Object cell) {
        if (CellValues.isBlank(cell)) {
            return Optional.empty();
        }
        if (cell instanceof Double d) {
            return Optional.of(d);
        }
        String t = CellValues.text(cell).replaceAll("(学时|课时|小时|分|h|H)$", "").strip();
        try {
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            return Optional.of(Double.NaN);
        }
    }

    /** 合格/是/通过/√/TRUE/1 → true, 不合格/否/未通过/×/FALSE/0 → false; empty when blank; null when unreadable. */
    static Optional<Boolean> passed(Object cell) {
        if (CellValues.isBlank(cell)) {
            return Optional.empty();
        }
        if (cell instanceof Boolean b) {
            return Optional.of(b);
        }
        String t = CellValues.text(cell).toLowerCase(Locale.ROOT);
        return switch (t) {
            case "合格", "是", "通过", "√", "✓", "true", "1", "yes", "y", "pass", "passed" -> Optional.of(true);
            case "不合格", "否", "未通过", "×", "✗", "false", "0", "no", "n", "fail", "failed" -> Optional.of(false);
            default -> null;
        };
    }

    void writeErrorReport(LedgerPreview preview, HeaderTable table, Path out) throws LedgerException {
        if (SafeFiles.sameFile(table.file(), out)) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE,
                    messages.get("training.report.overInput", name(out)));
        }
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(table.rows(), preview.errors(),
                RowProblem::row, RowProblem::columnIndex,
                p -> p.column().isEmpty() ? p.message() : p.column() + "：" + p.message(),
                row -> messages.get("training.report.rowPrefix", row));
        try {
            new ErrorReportWriter().write(out, messages.get("training.report.sheet"), table.headers(),
                    messages.get("training.report.messageHeader"), rows);
        } catch (IOException e) {
            throw new LedgerException(LedgerException.Reason.CANNOT_WRITE, messages.get("training.cannotWrite",
                    name(out)), e);
        }
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
