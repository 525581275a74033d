package org.nineones.service.acceptance.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.StoredChecklist;
import org.nineones.model.acceptance.Thresholds;
import org.nineones.service.Progress;
import org.nineones.store.Workspace;

/** Versions in a real workspace, and the Excel sheet both ways. */
class ChecklistServiceTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    Path dir;
    private final AtomicInteger backups = new AtomicInteger();
    private final ChecklistService service = new ChecklistService(ZH, ws -> backups.incrementAndGet());
    private Workspace workspace;

    @BeforeEach
    void create() throws Exception {
        workspace = Workspace.create(dir.resolve("张三的文件").resolve("企业.nineones"), new Enterprise("滨州示例化工有限公司",
                "91371600MA3C7E2X1C", "化工", true, "滨城区", "", "张三", "", "0543-1234567"));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    private ChecklistTemplate county(String version, String firstLinePoints) {
        ChecklistTemplate standard = service.defaultTemplate();
        List<ChecklistLine> lines = new ArrayList<>(standard.lines());
        ChecklistLine l = lines.get(0);
        lines.set(0, new ChecklistLine(l.id(), l.item(), l.criterion(), new BigDecimal(firstLinePoints), l.rule(),
                l.deductions(), l.cap(), l.zeroAtCount(), l.zeroIfMissing(), l.evidence(), l.notApplicable(),
                l.veto()));
        return new ChecklistTemplate("滨城区九个一验收标准", version, "滨城区应急管理局", "", new Thresholds(
                new BigDecimal("90"), new BigDecimal("70")), lines);
    }

    @Test
    void theDefaultIsThereWithoutImport() {
        List<StoredChecklist> versions = service.versions(workspace);
        assertEquals(1, versions.size());
        assertTrue(versions.get(0).builtIn());
        assertEquals(service.defaultTemplate(), service.get(workspace, "九个一验收标准（默认）", "2026.2"));
        assertEquals(service.defaultTemplate(), service.get(workspace, "九个一验收标准（默认）", null));
    }

    @Test
    void importsAVersionOnceAndRefusesToChangeIt() {
        ImportOutcome first = service.importTemplate(workspace, county("2026.1", "15"));
        assertTrue(first.imported());
        assertEquals(List.of(), first.warnings());
        assertEquals(1, backups.get(), "backed up before the import wrote");
        assertEquals(64, first.stored().sha256().length());
        assertFalse(first.stored().importedAt().isEmpty());
        ImportOutcome again = service.importTemplate(workspace, county("2026.1", "15.0"));
        assertFalse(again.imported(), "the same content (15 = 15.0) changes nothing");
        assertEquals(1, backups.get());
        ChecklistException changed = assertThrows(ChecklistException.class,
                () -> service.importTemplate(workspace, county("2026.1", "20")));
        assertEquals("验收标准“滨城区九个一验收标准”版本“2026.1”已经导入过，内容与这次不同。同一版本的标准不能改动："
                + "请给修改后的标准换一个新版本号再导入。", changed.getMessage());
        ImportOutcome second = service.importTemplate(workspace, county("2026.2", "20"));
        assertTrue(second.imported());
        assertTrue(second.warnings().get(0).contains("合计为 105 分"), second.warnings().toString());
        assertEquals(List.of("2026.2", "2026.1", "2026.2"),
                service.versions(workspace).stream().map(StoredChecklist::version).toList());
        assertEquals(county("2026.1", "15"), service.get(workspace, "滨城区九个一验收标准", "2026.1"));
        assertEquals(county("2026.2", "20"), service.get(workspace, "滨城区九个一验收标准", null), "the last imported");
        long audited = workspace.read(s -> s.audit().latest(20).stream()
                .filter(e -> e.entity().equals("checklist_template")).count());
        assertEquals(2L, audited);
        ChecklistException missing = assertThrows(ChecklistException.class,
                () -> service.get(workspace, "滨城区九个一验收标准", "2027.1"));
        assertTrue(missing.getMessage().startsWith("没有验收标准“滨城区九个一验收标准”版本“2027.1”。可用的有："),
                missing.getMessage());
    }

    @Test
    void refusesTheDefaultsNameAndVersionWithOtherContentAndAnInvalidTemplate() {
        ChecklistTemplate standard = service.defaultTemplate();
        assertFalse(service.importTemplate(workspace, standard).imported());
        ChecklistTemplate altered = county("2026.1", "20").named(standard.name(), standard.version());
        ChecklistException e = assertThrows(ChecklistException.class, () -> service.importTemplate(workspace, altered));
        assertTrue(e.getMessage().contains("是软件自带的默认标准"), e.getMessage());
        ChecklistException invalid = assertThrows(ChecklistException.class,
                () -> service.importTemplate(workspace, county("3", "-1")));
        assertTrue(invalid.getMessage().contains("检查项 1.1：分值不能为负数（-1）。"), invalid.getMessage());
        assertEquals(1, service.versions(workspace).size(), "nothing stored");
        assertEquals(0, backups.get());
    }

    @Test
    void theExcelSheetReadsBackAsTheSameTemplate() {
        Path file = dir.resolve("验收标准.xlsx");
        ChecklistTemplate standard = service.defaultTemplate();
        service.exportExcel(standard, file);
        ChecklistSheetPreview preview = service.previewExcel(file, null, null, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        assertEquals(List.of(), preview.templateErrors());
        assertEquals(standard, preview.template());
        ChecklistTemplate county = county("2026.2", "20");
        service.exportExcel(county, file);
        assertEquals(county, service.previewExcel(file, null, null, Progress.NONE).template());
        assertEquals(county.named("另一个", "9"), service.previewExcel(file, "另一个", "9", Progress.NONE).template(),
                "a name and version given win over the sheet's");
        assertTrue(service.commit(workspace, service.previewExcel(file, null, null, Progress.NONE)).imported());
        // every parameter: cap, zeroAtCount, zeroIfMissing, floor veto with its percentage, gate, M, 缺项
        service.exportExcel(ChecklistScorerTest.TEMPLATE, file);
        assertEquals(ChecklistScorerTest.TEMPLATE, service.previewExcel(file, null, null, Progress.NONE).template());
    }

    @Test
    void rowErrorsNameTheExcelRowAndGoToTheErrorReport() throws Exception {
        Path file = dir.resolve("县标准.xlsx");
        service.exportExcel(service.defaultTemplate(), file);
        int firstLineRow;
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int header = -1;
            for (Row row : sheet) {
                if (row.getCell(0) != null && "编号".equals(row.getCell(0).getStringCellValue())) {
                    header = row.getRowNum();
                }
            }
            firstLineRow = header + 2;
            sheet.getRow(header + 1).getCell(1).setCellValue("12 未知");
            sheet.getRow(header + 3).getCell(5).setCellValue("post-without-procedure=0.5");
            sheet.getRow(header + 4).getCell(0).setCellValue("2.1");
            sheet.getRow(header + 5).getCell(5).setCellValue("unsigned-person 0.2");
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        ChecklistSheetPreview preview = service.previewExcel(file, null, null, Progress.NONE);
        assertNull(preview.template());
        List<String> messages = preview.errors().stream().map(e -> e.row() + " " + e.message()).toList();
        assertEquals(4, messages.size(), messages.toString());
        assertEquals(firstLineRow + " 检查项 1.1：九个一项目应为 1 到 9 之间的数字，不是“12”。", messages.get(0));
        assertTrue(messages.get(1).startsWith((firstLineRow + 2) + " 检查项 2.1：扣分项“post-without-procedure”的每项扣分 0.5"),
                messages.get(1));
        assertEquals((firstLineRow + 3) + " 检查项 2.1：编号与前面的一条重复。每个检查项的编号必须唯一。", messages.get(2));
        assertTrue(messages.get(3).startsWith((firstLineRow + 4) + " 扣分项“unsigned-person 0.2”应写成"), messages.get(3));
        ChecklistException refused = assertThrows(ChecklistException.class, () -> service.commit(workspace, preview));
        assertTrue(refused.getMessage().contains("第 " + firstLineRow + " 行"), refused.getMessage());

        Path report = dir.resolve("错误报告.xlsx");
        service.writeErrorReport(preview, report);
        try (InputStream in = Files.newInputStream(report); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("编号", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(4, sheet.getLastRowNum());
            assertEquals("1.1", sheet.getRow(1).getCell(0).getStringCellValue());
            String message = sheet.getRow(1).getCell(sheet.getRow(0).getLastCellNum() - 1).getStringCellValue();
            assertTrue(message.startsWith("第 " + firstLineRow + " 行：九个一项目："), message);
        }
    }

    @Test
    void theBlankSheetHasTheHeadersAndChineseKindNamesAreAccepted() throws Exception {
        Path blank = dir.resolve("空白.xlsx");
        service.writeBlank(blank);
        try (InputStream in = Files.newInputStream(blank); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(sheet.getLastRowNum());
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(List.of("编号", "九个一项目", "考核内容", "分值", "考评方法", "扣分项(finding key)/每项扣分", "封顶",
                    "扣至零项数", "出现即零分/否决(finding key)", "证据", "可缺项", "否决类型", "否决得分率(%)", "否决整改要求"),
                    headers);
            assertEquals("扣分项说明", wb.getSheetAt(1).getSheetName());
            assertEquals("post-without-duty-list", wb.getSheetAt(1).getRow(1).getCell(0).getStringCellValue());
            // a county fills in its name, version and one line, naming the finding in Chinese
            sheet.getRow(1).getCell(1).setCellValue("某县标准");
            sheet.getRow(2).getCell(1).setCellValue("1");
            Row line = sheet.createRow(sheet.getLastRowNum() + 1);
            Object[] cells = {"1.1", "1", "每个岗位都有责任清单", 100.0, "每个岗位没有清单的扣2分",
                    "岗位没有责任清单＝2", null, null, null, "A", "否", "无", null, null};
            for (int c = 0; c < cells.length; c++) {
                if (cells[c] instanceof Double d) {
                    line.createCell(c).setCellValue(d);
                } else if (cells[c] != null) {
                    line.createCell(c).setCellValue((String) cells[c]);
                }
            }
            try (var out = Files.newOutputStream(blank)) {
                wb.write(out);
            }
        }
        ChecklistSheetPreview preview = service.previewExcel(blank, null, null, Progress.NONE);
        assertEquals(List.of(), preview.errors());
        ChecklistTemplate t = preview.template();
        assertEquals("某县标准", t.name());
        assertEquals("post-without-duty-list", t.lines().get(0).deductions().get(0).finding());
        assertEquals(new BigDecimal("85"), t.thresholds().pass());
    }

    @Test
    void aSpreadsheetThatIsNotAChecklistIsRefused() throws Exception {
        Path roster = Path.of(System.getProperty("nineones.sampleData")).resolve("示例化工-花名册.xlsx");
        ChecklistException e = assertThrows(ChecklistException.class,
                () -> service.previewExcel(roster, null, null, Progress.NONE));
        assertTrue(e.getMessage().startsWith("“示例化工-花名册.xlsx”不是验收标准表格"), e.getMessage());
        Path empty = Files.writeString(dir.resolve("空.xlsx"), "");
        assertThrows(ChecklistException.class, () -> service.previewExcel(empty, null, null, Progress.NONE));
    }
}
