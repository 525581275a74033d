package org.nineones.excel;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Reads an OLE2 file: an Excel 97–2003 workbook, or recognises an encrypted .xlsx wrapped in OLE2. */
final class XlsReader {

    private final Path file;
    private final SpreadsheetReader.SheetFilter filter;
    private final int maxRows;
    private final BooleanSupplier cancelled;

    XlsReader(Path file, SpreadsheetReader.SheetFilter filter, int maxRows, BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.file = file;
        this.filter = filter;
        this.maxRows = maxRows;
    }

    SpreadsheetContent read() throws SpreadsheetException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new SpreadsheetException(SpreadsheetException.Reason.ENCRYPTED, "encrypted OOXML: " + file);
            }
            if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
                throw new SpreadsheetException(SpreadsheetException.Reason.NOT_A_SPREADSHEET,
                        "OLE2 file without a workbook: " + file);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, true)) {
                return read(workbook);
            }
        } catch (SpreadsheetException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.ENCRYPTED, "password-protected .xls: " + file, e);
        } catch (OldExcelFormatException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.NOT_A_SPREADSHEET, "Excel 5/95 file: " + file, e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetException(SpreadsheetException.Reason.CORRUPT, "cannot read .xls " + file, e);
        }
    }

    private SpreadsheetContent read(HSSFWorkbook workbook) throws SpreadsheetException {
        List<String> names = new ArrayList<>();
        List<SheetData> sheets = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            names.add(name);
            if (filter.wants(name, hidden)) {
                sheets.add(readSheet(workbook.getSheetAt(i), name, hidden));
            }
        }
        return new SpreadsheetContent(names, sheets);
    }

    private SheetData readSheet(Sheet sheet, String name, boolean hidden) throws SpreadsheetException {
        List<SheetRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() % 1000 == 0 && cancelled.getAsBoolean()) {
                throw new SpreadsheetException(SpreadsheetException.Reason.CANCELLED, file.toString());
            }
            List<Object> cells = new ArrayList<>();
            boolean any = false;
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Object value = valueOf(row.getCell(c));
                cells.add(value);
                any |= !CellValues.isBlank(value);
            }
            if (any) {
                if (rows.size() >= maxRows) {
                    return new SheetData(name, hidden, rows, true);
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return new SheetData(name, hidden, MergedCells.fillDown(rows, sheet.getMergedRegions()), false);
    }

    private static Object valueOf(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue();
            case NUMERIC -> numeric(cell);
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    private static Object numeric(Cell cell) {
        double value = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)) {
            LocalDateTime date = cell.getLocalDateTimeCellValue();
            return date;
        }
        return value;
    }
}
