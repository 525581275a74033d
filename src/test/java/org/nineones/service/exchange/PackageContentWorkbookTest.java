package org.nineones.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;

/** The post content workbook of the acceptance package: every kind, as it counts on the day of the export. */
class PackageContentWorkbookTest {

    @TempDir
    Path dir;

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final ContentExchangeService service = new ContentExchangeService(messages);
    private final PostContentService content = new PostContentService(messages);

    @Test
    void writesASheetPerKindWithTheVersionInForceElseTheDraft() throws Exception {
        Path out = dir.resolve("资料包").resolve("post-content.xlsx");
        Files.createDirectories(out.getParent());
        try (Workspace ws = ExchangeFixtures.workspace(dir.resolve("企业.nineones"))) {
            ExchangeFixtures.Posts posts = ExchangeFixtures.posts(ws);
            content.saveDraft(ws, posts.electrician(), ExchangeFixtures.duties());
            content.approve(ws, posts.electrician(), ContentKind.DUTY_LIST, "张三", LocalDate.of(2026, 1, 1));
            content.saveDraft(ws, posts.electrician(), ExchangeFixtures.otherDuties());
            content.saveDraft(ws, posts.welder(), ExchangeFixtures.procedure());

            int rows = service.exportForPackage(ws, out, LocalDate.of(2026, 6, 1));
            assertTrue(rows > 0);
        }
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(4, names.size(), names.toString());
            String duties = text(wb.getSheetAt(0));
            assertTrue(duties.contains("严格执行电气安全操作规程，持证上岗"), "the approved list is in force: " + duties);
            assertFalse(duties.contains("动火作业前办理动火证"), "the newer draft does not count yet");
            assertTrue(duties.contains("第 1 版 已批准（2026-01-01 起生效）"), duties);
            String procedures = text(wb.getSheetAt(1));
            assertTrue(procedures.contains("确认停电、验电、挂牌") && procedures.contains("草稿"), procedures);
        }
    }

    private static String text(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell).append('|')));
        return text.toString();
    }
}
