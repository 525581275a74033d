package org.nineones.excel.workbook;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.nineones.model.RiskLevel;

/** The few cell styles every register sheet shares, made once per workbook (Excel allows only so many). */
final class Styles {

    private final Workbook workbook;
    final CellStyle header;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle centred;
    final CellStyle date;
    final CellStyle label;
    private final Map<RiskLevel, CellStyle> risk = new EnumMap<>(RiskLevel.class);
    private final Map<Integer, CellStyle> unitByDepth = new HashMap<>();
    private final Font bold;

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createFont();
        bold.setBold(true);

        header = bordered();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        fill(header, "#D9E1F2");

        text = bordered();
        wrapped = bordered();
        wrapped.setWrapText(true);
        centred = bordered();
        centred.setAlignment(HorizontalAlignment.CENTER);
        date = bordered();
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        label = bordered();
        label.setFont(bold);
        fill(label, "#F2F2F2");

        XSSFFont white = (XSSFFont) workbook.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        for (RiskLevel level : RiskLevel.values()) {
            CellStyle s = bordered();
            s.setAlignment(HorizontalAlignment.CENTER);
            fill(s, level.colour());
            // white reads better on red and blue; black on orange and yellow
            s.setFont(level == RiskLevel.MAJOR || level == RiskLevel.LOW ? white : bold);
            risk.put(level, s);
        }
    }

    /** The fill and font of a risk level's statutory colour. */
    CellStyle risk(RiskLevel level) {
        return level == null ? centred : risk.get(level);
    }

    /** A bold org unit name, indented by its depth in the tree. */
    CellStyle unit(int depth) {
        return unitByDepth.computeIfAbsent(Math.min(depth, 15), d -> {
            CellStyle s = bordered();
            s.setFont(bold);
            s.setIndention(d.shortValue());
            return s;
        });
    }

    private CellStyle bordered() {
        CellStyle s = workbook.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static void fill(CellStyle style, String hex) {
        byte[] rgb = {
                (byte) Integer.parseInt(hex.substring(1, 3), 16),
                (byte) Integer.parseInt(hex.substring(3, 5), 16),
                (byte) Integer.parseInt(hex.substring(5, 7), 16)};
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
