package org.nineones.excel.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.nineones.excel.SheetStyles;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;

/**
 * Writes post content as a spreadsheet, one sheet per kind: a bold, frozen header row, then each post's rows (see
 * {@link ContentLines}), a post without content as one row with only its org unit and name, ready to fill in.
 * Columns have fixed widths; enumerated columns get drop-down lists. Written beside the target, then moved into place.
 */
public final class ContentWorkbookWriter {

    /** Rows below the data that still get the drop-down lists, for lines the user adds. */
    static final int SPARE_ROWS = 500;

    private final Messages messages;
    private final ContentValues values;

    public ContentWorkbookWriter(Messages messages) {
        this.messages = messages;
        this.values = new ContentValues(messages);
    }

    /** Writes the posts in the order given; returns the number of data rows written. */
    public int write(Path out, ExchangeKind kind, List<PostEntry> posts) throws IOException {
        return write(out, Map.of(kind, posts));
    }

    /**
     * Writes one sheet per kind, in the kinds' order, each with its posts in the order given; returns the number of
     * data rows written in all.
     */
    public int write(Path out, Map<ExchangeKind, List<PostEntry>> kinds) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = SafeFiles.tempBeside(target);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Styles styles = new Styles(workbook);
            int rows = 0;
            for (ExchangeKind kind : ExchangeKind.values()) {
                if (kinds.containsKey(kind)) {
                    rows += writeSheet(workbook, styles, kind, kinds.get(kind));
                }
            }
            try (OutputStream stream = Files.newOutputStream(temp)) {
                workbook.write(stream);
            }
            SafeFiles.moveIntoPlace(temp, target);
            return rows;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private int writeSheet(SXSSFWorkbook workbook, Styles styles, ExchangeKind kind, List<PostEntry> posts) {
        Sheet sheet = workbook.createSheet(messages.get("exchange.sheet." + kind.key()));
        List<ContentColumn> columns = kind.columns();
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            set(header.createCell(c), messages.get(columns.get(c).headerKey()), styles.header);
            sheet.setColumnWidth(c, columns.get(c).width() * 256);
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (PostEntry post : posts) {
            List<Map<ContentColumn, Object>> lines = ContentLines.of(post.body(), values);
            for (Map<ContentColumn, Object> line : lines.isEmpty() ? List.<Map<ContentColumn, Object>>of(Map.of())
                    : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    ContentColumn column = columns.get(c);
                    Object value = switch (column) {
                        case UNIT -> post.unitPath();
                        case POST -> post.postName();
                        case VERSION -> post.versionInfo();
                        default -> line.get(column);
                    };
                    if (value instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(styles.number);
                    } else if (value != null && !value.toString().isEmpty()) {
                        set(row.createCell(c), value.toString(), styles.text);
                    }
                }
            }
        }
        addChoices(sheet, kind, r + SPARE_ROWS);
        return r - 1;
    }

    private void addChoices(Sheet sheet, ExchangeKind kind, int lastRow) {
        List<ContentColumn> columns = kind.columns();
        for (int c = 0; c < columns.size(); c++) {
            List<String> options = switch (columns.get(c)) {
                case FORM -> values.formTexts();
                case SECTION -> values.sectionTexts();
                case RISK_LEVEL -> values.riskLevelTexts();
                default -> List.of();
            };
            if (!options.isEmpty()) {
                SheetStyles.dropDown(sheet, 1, lastRow, c, options);
            }
        }
    }

    private static void set(Cell cell, String text, CellStyle style) {
        cell.setCellValue(text);
        cell.setCellStyle(style);
    }

    /** The three styles of the sheet, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;

        Styles(SXSSFWorkbook workbook) {
            header = SheetStyles.header(workbook, IndexedColors.GREY_25_PERCENT);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            text.setVerticalAlignment(VerticalAlignment.TOP);
            number = workbook.createCellStyle();
            number.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }
}
