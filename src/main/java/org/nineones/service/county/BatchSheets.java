package org.nineones.service.county;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.CellValues;
import org.nineones.excel.HeaderField;
import org.nineones.excel.HeaderTable;
import org.nineones.excel.SheetRow;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.TableReader;
import org.nineones.excel.county.BatchColumn;
import org.nineones.model.CreditCode;
import org.nineones.model.Messages;
import org.nineones.model.Sha256;
import org.nineones.model.county.BatchEnterprise;

/**
 * Reads a batch sheet through the import pipeline ({@link TableReader} finds the table by the {@link BatchColumn}
 * headers, variants being data) and checks it whole: every row has an enterprise name, a valid credit code (GB 32100,
 * {@link CreditCode}) and a county, and no credit code comes twice. Any problem refuses the whole sheet, naming the
 * rows; nothing is written.
 */
final class BatchSheets {

    /** A county's batch is a few hundred enterprises; a province's list a few tens of thousands. */
    static final int MAX_ROWS = 100_000;
    /** How many row problems a refusal names before "…". */
    private static final int LISTED = 10;

    /** A sheet read and checked: its name (the file's, without extension), SHA-256 and enterprises. */
    record Read(String name, String sha256, List<BatchEnterprise> enterprises) {
    }

    private final Messages messages;

    BatchSheets(Messages messages) {
        this.messages = messages;
    }

    Read read(Path file) {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        HeaderTable table;
        try {
            table = new TableReader(new SpreadsheetReader(), MAX_ROWS).read(file, null, BatchColumn.known(),
                    () -> false);
        } catch (SpreadsheetException e) {
            throw new CountyDeskException(CountyDeskException.Reason.BATCH_FILE,
                    messages.get("county.batch.file." + e.reason().name(), fileName), file, e);
        }
        List<BatchColumn> columns = HeaderField.mapColumns(table.headers(), BatchColumn.known(), BatchColumn.IGNORE);
        for (BatchColumn required : List.of(BatchColumn.NAME, BatchColumn.CREDIT_CODE, BatchColumn.COUNTY)) {
            if (!columns.contains(required)) {
                throw new CountyDeskException(CountyDeskException.Reason.BATCH_FILE, messages.get(
                        "county.batch.missingColumn", fileName, required.header()), file, null);
            }
        }
        List<String> problems = new ArrayList<>();
        List<BatchEnterprise> enterprises = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (SheetRow row : table.rows()) {
            String name = text(row, columns, BatchColumn.NAME);
            String rawCode = text(row, columns, BatchColumn.CREDIT_CODE);
            String county = text(row, columns, BatchColumn.COUNTY);
            String industry = text(row, columns, BatchColumn.INDUSTRY);
            String number = String.valueOf(row.rowNumber());
            if (name.isEmpty()) {
                problems.add(messages.get("county.batch.row.noName", number));
            }
            if (county.isEmpty()) {
                problems.add(messages.get("county.batch.row.noCounty", number));
            }
            CreditCode.Check check = CreditCode.check(rawCode);
            if (!check.valid()) {
                problems.add(messages.get("county.batch.row.badCode", number, rawCode, messages.of(check.problem())));
                continue;
            }
            String code = check.creditCode().value();
            String first = seen.putIfAbsent(code, number);
            if (first != null) {
                problems.add(messages.get("county.batch.row.duplicate", number, code, first));
                continue;
            }
            enterprises.add(new BatchEnterprise(row.rowNumber(), name, code, county, industry));
        }
        if (!problems.isEmpty()) {
            String listed = String.join("；", problems.subList(0, Math.min(LISTED, problems.size())))
                    + (problems.size() > LISTED ? messages.get("county.batch.more", String.valueOf(problems.size())) : "");
            throw new CountyDeskException(CountyDeskException.Reason.BATCH_ROWS,
                    messages.get("county.batch.refused", fileName, String.valueOf(problems.size()), listed), file, null);
        }
        if (enterprises.isEmpty()) {
            throw new CountyDeskException(CountyDeskException.Reason.BATCH_FILE,
                    messages.get("county.batch.file.EMPTY", fileName), file, null);
        }
        String sha256;
        try {
            sha256 = Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CountyDeskException(CountyDeskException.Reason.BATCH_FILE,
                    messages.get("county.batch.file.NOT_FOUND", fileName), file, e);
        }
        int dot = fileName.lastIndexOf('.');
        return new Read(dot > 0 ? fileName.substring(0, dot) : fileName, sha256, enterprises);
    }

    private static String text(SheetRow row, List<BatchColumn> columns, BatchColumn column) {
        int index = columns.indexOf(column);
        return index < 0 ? "" : CellValues.cleanText(row.cell(index)).strip();
    }
}
