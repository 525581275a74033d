package org.nineones.excel;

import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;

/** What the spreadsheets we write share: the header style and drop-down lists. */
public final class SheetStyles {

    private SheetStyles() {
    }

    /** Bold text on a solid fill. */
    public static CellStyle header(Workbook workbook, IndexedColors fill) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(fill.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return header;
    }

    /** A drop-down list of {@code options} on one column's rows (0-based, inclusive) that refuses other values. */
    public static void dropDown(Sheet sheet, int firstRow, int lastRow, int column, List<String> options) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(options.toArray(String[]::new)),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }
}
