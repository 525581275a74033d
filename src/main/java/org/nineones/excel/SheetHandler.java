package org.nineones.excel;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** SAX handler for one worksheet part: typed cell values, formulas as their cached value, blank rows dropped. */
final class SheetHandler extends DefaultHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SheetHandler.class);

    /** Thrown to stop parsing once the row limit is passed. */
    static final class RowLimitReached extends SAXException {
        RowLimitReached() {
            super("row limit reached");
        }
    }

    /** Thrown to stop parsing when the user cancelled. */
    static final class Cancelled extends SAXException {
        Cancelled() {
            super("cancelled");
        }
    }

    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final int maxRows;
    private final BooleanSupplier cancelled;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private final List<SheetRow> rows = new ArrayList<>();
    private final List<CellRangeAddress> mergedRegions = new ArrayList<>();

    /** The cell's {@code <v>} text and, apart, its inline string's {@code <is><t>} text. */
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder inlineText = new StringBuilder();
    private List<Object> cells;
    private int rowNumber;
    private int column;
    private String cellType;
    private int styleIndex;
    private boolean inValue;
    private boolean inInlineText;
    private boolean inPhonetic;
    private boolean anyValue;

    SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, int maxRows,
                 BooleanSupplier cancelled) {
        this.cancelled = cancelled;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.maxRows = maxRows;
    }

    List<SheetRow> rows() {
        return rows;
    }

    /** The rows with cells merged down filled in (the merged regions follow the rows in the sheet's XML). */
    List<SheetRow> filledRows() {
        return MergedCells.fillDown(rows, mergedRegions);
    }

    private void addMergedRegion(String ref) {
        if (ref == null || !ref.contains(":")) {
            return;
        }
        try {
            mergedRegions.add(CellRangeAddress.valueOf(ref));
        } catch (IllegalArgumentException e) {
            // a malformed merge reference only loses the filling of that region
            LOG.debug("ignoring merged region {}", ref, e);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                anyValue = false;
                column = -1;
            }
            case "c" -> {
                String ref = attributes.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                cellType = attributes.getValue("t");
                String s = attributes.getValue("s");
                styleIndex = s == null ? 0 : Integer.parseInt(s);
                text.setLength(0);
                inlineText.setLength(0);
            }
            case "v" -> inValue = true;
            case "mergeCell" -> addMergedRegion(attributes.getValue("ref"));
            case "t" -> inInlineText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
                // other elements (f, is, r, rPr…) carry nothing we keep
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v" -> inValue = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to finish
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            text.append(ch, start, length);
        } else if (inInlineText) {
            inlineText.append(ch, start, length);
        }
    }

    private void endCell() {
        // an inline string's value is its <is> text; a <v> beside it (some writers leave one after an edit) is not
        boolean inline = "inlineStr".equals(cellType) && !inlineText.isEmpty();
        Object value = inline ? inlineText.toString() : value(text.toString());
        while (cells.size() < column) {
            cells.add(null);
        }
        if (cells.size() == column) {
            cells.add(value);
        } else {
            cells.set(column, value);
        }
        anyValue |= !CellValues.isBlank(value);
    }

    private void endRow() throws SAXException {
        if (!anyValue) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw new RowLimitReached();
        }
        if (rows.size() % 1000 == 999 && cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        rows.add(new SheetRow(rowNumber, cells));
    }

    private Object value(String raw) {
        String type = cellType == null ? "n" : cellType;
        switch (type) {
            case "s":
                return raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
            case "inlineStr":
            case "str":
                return raw;
            case "e":
                return raw;
            case "b":
                return raw.isEmpty() ? null : Boolean.valueOf("1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()));
            case "d":
                return raw.isEmpty() ? null : LocalDateTime.parse(raw.length() == 10 ? raw + "T00:00:00" : raw);
            default:
                if (raw.isEmpty()) {
                    return null;
                }
                double number = Double.parseDouble(raw);
                if (isDateStyle(styleIndex) && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number, date1904);
                }
                return number;
        }
    }

    private boolean isDateStyle(int index) {
        if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        return dateStyles.computeIfAbsent(index, i -> {
            XSSFCellStyle style = styles.getStyleAt(i);
            String format = style.getDataFormatString();
            return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        });
    }

    /** "AB12" → 27 (0-based column). */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return col - 1;
    }
}
