package org.nineones.service.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.training.TrainingKind;
import org.nineones.model.training.TrainingSession;
import org.nineones.report.ReportRunner;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/** The per-person training file, read back with PDFBox: Chinese text, fonts embedded, one person per page. */
class TrainingFilePrintTest {

    @TempDir
    Path dir;

    private final TrainingService service = new TrainingService(TrainingWorkspaces.ZH, TrainingWorkspaces.CLOCK);
    private final TrainingFilePrint print = new TrainingFilePrint(TrainingWorkspaces.ZH, new ReportRunner(),
            new TrainingCompliance(TrainingRules.defaults()), TrainingWorkspaces.CLOCK);

    private static List<String> pages(Path pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            for (PDPage page : doc.getPages()) {
                assertEquals(595, Math.round(page.getMediaBox().getWidth()));
                assertEquals(842, Math.round(page.getMediaBox().getHeight()));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font not embedded: " + font.getName());
                }
            }
        }
        return pages;
    }

    private Workspace withRecords(String name) throws Exception {
        Workspace ws = TrainingWorkspaces.create(dir.resolve(name), true);
        TrainingWorkspaces.Ids ids = TrainingWorkspaces.populate(ws);
        TrainingSession company = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusYears(2), 24,
                "新员工厂级安全教育", TrainingKind.INDUCTION_COMPANY, "", "李安全", "培训室", null));
        TrainingSession annual = service.save(ws, new TrainingSession(null, TrainingWorkspaces.TODAY.minusDays(40), 8,
                "危险化学品年度再培训", TrainingKind.ANNUAL, "", "李安全", "培训室", null));
        service.addAttendees(ws, company.id(), List.of(ids.wang1(), ids.welder()));
        service.addAttendees(ws, annual.id(), List.of(ids.wang1(), ids.wang2()));
        long wrong = service.attendance(ws, annual.id()).stream().filter(a -> a.employeeId() == ids.wang2())
                .findFirst().orElseThrow().id();
        service.withdraw(ws, wrong, "误加");
        long a = service.attendance(ws, annual.id()).get(0).id();
        service.correct(ws, a, 8, 86.0, true, "补登成绩");
        // an exam result in force, and one corrected: only the correction is printed
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ws.file()); var st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.executeUpdate("INSERT INTO exam (id, post_id, title, held_on, max_score, pass_mark, recorded_by) VALUES "
                    + "(1, " + ids.operatorPost() + ", '反应釜操作工岗位考试', '" + TrainingWorkspaces.TODAY.minusDays(20)
                    + "', 100, 60, 't')");
            st.executeUpdate("INSERT INTO exam_result (id, exam_id, employee_id, score, passed, recorded_by) VALUES "
                    + "(1, 1, " + ids.wang1() + ", 58, 0, 't')");
            st.executeUpdate("INSERT INTO exam_result (id, exam_id, employee_id, score, passed, corrects_id, "
                    + "correction_reason, recorded_by) VALUES (2, 1, " + ids.wang1() + ", 77, 1, 1, '阅卷错误', 't')");
        }
        return ws;
    }

    @Test
    void printsEveryoneOnePersonStartingOnANewPage() throws Exception {
        try (Workspace ws = withRecords("全员.nineones")) {
            Path pdf = dir.resolve("培训档案.pdf");
            RecordPrintResult result = print.print(ws, RecordPrintRequest.all(TrainingWorkspaces.TODAY), pdf,
                    Progress.NONE);
            assertEquals(8, result.items());
            String look = System.getProperty("nineones.look");
            if (look != null && !look.isBlank()) {
                java.nio.file.Files.createDirectories(Path.of(look));
                java.nio.file.Files.copy(pdf, Path.of(look).resolve("training-file.pdf"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            List<String> pages = pages(pdf);
            assertEquals(8, pages.size());
            assertEquals(result.pages(), pages.size());
            String wang1 = pages.stream().filter(p -> p.contains("王一")).findFirst().orElseThrow();
            assertTrue(wang1.contains("员工安全培训档案"));
            assertTrue(wang1.contains("新员工厂级安全教育"));
            assertTrue(wang1.contains("危险化学品年度再培训"));
            assertTrue(wang1.contains("86"), wang1);
            assertTrue(wang1.contains("反应釜操作工岗位考试"));
            assertTrue(wang1.contains("77 / 100"), wang1);
            assertFalse(wang1.contains("58 / 100"), "a corrected exam result is not printed");
            assertTrue(wang1.contains("本人签字"));
            assertTrue(wang1.contains("岗前应 72 学时，已 24 学时"), wang1);
            assertTrue(wang1.contains("车间级安全教育：缺"), wang1);
            String wang2 = pages.stream().filter(p -> p.contains("王二")).findFirst().orElseThrow();
            assertFalse(wang2.contains("危险化学品年度再培训"), "a withdrawn sign-in is not printed");
            assertTrue(wang2.contains("暂无培训或考试记录"));
            String welder = pages.stream().filter(p -> p.contains("赵焊工")).findFirst().orElseThrow();
            assertTrue(welder.contains("30 天内到期"), welder);
        }
    }

    @Test
    void printsOnePersonOrAPostsPeople() throws Exception {
        try (Workspace ws = withRecords("一人.nineones")) {
            Path one = dir.resolve("王一.pdf");
            RecordPrintResult r = print.print(ws, new RecordPrintRequest(null, "王一", null, null, null, false,
                    TrainingWorkspaces.TODAY), one, Progress.NONE);
            assertEquals(1, r.items());
            assertEquals(1, pages(one).size());
            Path post = dir.resolve("岗位.pdf");
            RecordPrintResult p = print.print(ws, new RecordPrintRequest("反应釜操作工", null, null, null, null, false,
                    TrainingWorkspaces.TODAY), post, Progress.NONE);
            assertEquals(5, p.items());
            PrintException unknown = assertThrows(PrintException.class, () -> print.print(ws, new RecordPrintRequest(
                    null, "查无此人", null, null, null, false, null), dir.resolve("x.pdf"), Progress.NONE));
            assertTrue(unknown.getMessage().contains("查无此人"));
        }
    }

    @Test
    void aPastDayListsOnlyWhatWasHeldByThen() throws Exception {
        try (Workspace ws = withRecords("往日.nineones")) {
            // 30 days ago: the annual training (40 days ago) was held, the exam (20 days ago) not yet
            Path month = dir.resolve("三十天前.pdf");
            print.print(ws, new RecordPrintRequest(null, "王一", null, null, null, false,
                    TrainingWorkspaces.TODAY.minusDays(30)), month, Progress.NONE);
            String page = String.join("\n", pages(month));
            assertTrue(page.contains(TrainingWorkspaces.TODAY.minusDays(30).toString()), page);
            assertTrue(page.contains("危险化学品年度再培训"), page);
            assertFalse(page.contains("反应釜操作工岗位考试"), "an exam held after the day is not listed");
            assertFalse(page.contains("77 / 100"), page);
            // 50 days ago: only the induction two years back
            Path earlier = dir.resolve("五十天前.pdf");
            print.print(ws, new RecordPrintRequest(null, "王一", null, null, null, false,
                    TrainingWorkspaces.TODAY.minusDays(50)), earlier, Progress.NONE);
            String before = String.join("\n", pages(earlier));
            assertTrue(before.contains("新员工厂级安全教育"), before);
            assertFalse(before.contains("危险化学品年度再培训"), "a training held after the day is not listed");
            assertFalse(before.contains("反应釜操作工岗位考试"), before);
        }
    }
}
