package org.nineones.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.nineones.model.SafeFiles;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Roster} as HR keeps it: an instructions sheet first, then 花名册 with a merged title,
 * a note line, a blank row, the header, the people and a 合计 row. Streams through SXSSF (10,000 rows ≈ 0.5 s).
 */
final class RosterWorkbookWriter {

    private static final int[] WIDTHS = {6, 10, 6, 22, 10, 14, 10, 18, 14, 14, 20, 14, 12};
    private static final List<String> INSTRUCTIONS = List.of(
            "1. 本表由人力资源部按月更新，请勿更改表头。",
            "2. 身份证号码请以文本格式填写18位，末位为X的请用大写；切勿使用科学计数法（如3.71602E+17）。",
            "3. 所在部门、班组、岗位（工种）请按公司组织机构名称填写。",
            "4. 特种作业人员须填写特种作业操作证号及证书有效期，到期前3个月安排复审。",
            "5. 入厂日期按“年.月.日”填写，如2019.03.05。");

    private final Styles styles = new Styles();

    void write(Roster roster, Path out) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = SafeFiles.tempBeside(target);
        try {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream os = Files.newOutputStream(temp)) {
                styles.create(workbook);
                writeInstructions(workbook.createSheet(Roster.INSTRUCTIONS_SHEET), roster);
                writeRoster(workbook.createSheet(Roster.SHEET), roster);
                workbook.setActiveSheet(1);
                workbook.write(os);
            }
            SafeFiles.moveIntoPlace(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }


    private void writeInstructions(Sheet sheet, Roster roster) {
        sheet.setColumnWidth(0, 100 * 256);
        text(sheet.createRow(0), 0, "填表说明", styles.title);
        int r = 2;
        for (String line : INSTRUCTIONS) {
            text(sheet.createRow(r++), 0, line, null);
        }
        text(sheet.createRow(r + 1), 0, "填报单位：" + roster.company().name(), null);
    }

    private void writeRoster(SXSSFSheet sheet, Roster roster) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int last = Roster.HEADERS.size() - 1;
        Row title = sheet.createRow(0);
        title.setHeightInPoints(28);
        text(title, 0, roster.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        text(sheet.createRow(1), 0, "填报单位（盖章）：" + roster.company().name() + "　　　　统计截止日期："
                + roster.asOf().format(DateTimeFormatter.ofPattern("yyyy年M月d日")) + "　　　　单位：人", null);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
        Row header = sheet.createRow(Roster.HEADER_ROW);
        for (int c = 0; c <= last; c++) {
            text(header, c, Roster.HEADERS.get(c), styles.header);
        }
        sheet.createFreezePane(0, Roster.HEADER_ROW + 1);
        int r = Roster.HEADER_ROW + 1;
        for (RosterRow row : roster.rows()) {
            writePerson(sheet.createRow(r++), row);
        }
        Row total = sheet.createRow(r);
        text(total, 0, "合计", styles.total);
        text(total, 1, roster.rows().size() + "人", styles.total);
        for (int c = 2; c <= last; c++) {
            total.createCell(c).setCellStyle(styles.total);
        }
    }

    private void writePerson(Row row, RosterRow p) {
        Cell seq = row.createCell(0);
        seq.setCellValue(p.sequence());
        seq.setCellStyle(styles.centre);
        text(row, 1, p.name(), styles.body);
        text(row, 2, p.gender() == org.nineones.model.Gender.FEMALE ? "女" : "男", styles.centre);
        if (p.invalid() == InvalidKind.SCIENTIFIC_NOTATION) {
            Cell id = row.createCell(3);
            id.setCellValue(p.idAsNumber());
            id.setCellStyle(styles.body);
        } else {
            text(row, 3, p.idNumber(), styles.textFormat);
        }
        text(row, 4, p.employeeNumber(), styles.textFormat);
        text(row, 5, p.department(), styles.body);
        text(row, 6, p.team(), styles.body);
        text(row, 7, p.post(), styles.body);
        date(row, 8, p.hireDate(), p.hireDateStyle());
        text(row, 9, p.phone(), styles.textFormat);
        text(row, 10, p.certificateNumber(), styles.textFormat);
        date(row, 11, p.certificateExpiry(), p.expiryStyle());
        text(row, 12, p.remark(), styles.body);
    }

    private void date(Row row, int column, java.time.LocalDate value, DateStyle style) {
        Cell cell = row.createCell(column);
        if (value == null) {
            cell.setCellStyle(styles.body);
        } else if (style == DateStyle.EXCEL_DATE) {
            cell.setCellValue(value);
            cell.setCellStyle(styles.date);
        } else {
            cell.setCellValue(style.format(value));
            cell.setCellStyle(styles.textFormat);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The few cell styles a roster uses, made once per workbook. */
    private static final class Styles {
        CellStyle title;
        CellStyle header;
        CellStyle body;
        CellStyle centre;
        CellStyle textFormat;
        CellStyle date;
        CellStyle total;

        void create(SXSSFWorkbook wb) {
            Font titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 16);
            Font bold = wb.createFont();
            bold.setBold(true);
            title = wb.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            body = bordered(wb);
            centre = bordered(wb);
            centre.setAlignment(HorizontalAlignment.CENTER);
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            textFormat = bordered(wb);
            textFormat.setDataFormat(wb.createDataFormat().getFormat("@"));
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            total = bordered(wb);
            total.setFont(bold);
        }

        private static CellStyle bordered(SXSSFWorkbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }
    }
}
