package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/** The printed 考核表 read back with PDFBox: one A4 page a person, Chinese text, the font embedded. */
class AssessmentSheetPrintTest {

    @TempDir
    Path dir;
    Workspace ws;
    AssessmentFixtures.People people;
    final AssessmentService service = new AssessmentService(ZH);
    final AssessmentSheetPrint print = new AssessmentSheetPrint(ZH, service);

    @BeforeEach
    void setUp() throws Exception {
        ws = AssessmentFixtures.workspace(dir.resolve("示范.nineones"));
        people = AssessmentFixtures.people(ws);
        Period november = Period.parse("2026-11").orElseThrow();
        service.start(ws, november, TODAY);
        long zhang = service.overview(ws, november, TODAY).assessments().stream()
                .filter(a -> a.employeeId() == people.zhang()).findFirst().orElseThrow().id();
        service.score(ws, zhang, 1, 5.0, "");
        service.score(ws, zhang, 2, 2.0, "漏检一次");
        service.score(ws, zhang, 3, 30.0, "");
        service.close(ws, zhang, new CloseRequest("周主任", TODAY, TODAY, null), TODAY);
    }

    @AfterEach
    void tearDown() {
        ws.close();
    }

    private static RecordPrintRequest request(String period, String employee) {
        return new RecordPrintRequest(null, employee, null, period, null, false, TODAY);
    }

    @Test
    void printsOneSheetPerPersonWithItemsTotalsAndSignatureLines() throws Exception {
        Path pdf = dir.resolve("考核表.pdf");
        RecordPrintResult result = print.print(ws, request("2026-11", null), pdf, Progress.NONE);
        assertEquals(2, result.items());
        assertEquals(2, result.pages());
        if (System.getProperty("keepPdf") != null) {
            Files.copy(pdf, Path.of(System.getProperty("keepPdf")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            PDPage first = doc.getPage(0);
            assertEquals(595, first.getMediaBox().getWidth(), 1);
            assertEquals(842, first.getMediaBox().getHeight(), 1);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= 2; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
            String zhang = pages.stream().filter(p -> p.contains("张三")).findFirst().orElseThrow();
            assertTrue(zhang.contains("岗位安全生产责任制考核表（2026年11月）"), zhang);
            assertTrue(zhang.contains("严格执行电气安全操作规程，持证上岗"), zhang);
            assertTrue(zhang.contains("漏检一次"), zhang);
            assertTrue(zhang.contains("合计得分：37/41.33"), zhang);
            assertTrue(zhang.contains("良好"), zhang);
            assertTrue(zhang.contains("考核人（签字）") && zhang.contains("被考核人（签字）"), zhang);
            assertTrue(zhang.contains("考核人周主任于2026-11-28签字"), zhang);
            assertFalse(zhang.contains(AssessmentFixtures.ZHANG_ID), "the ID number is masked");
            String li = pages.stream().filter(p -> p.contains("李四")).findFirst().orElseThrow();
            assertTrue(li.contains("考核中") && li.contains("考核等级：______"), li);
            for (COSName name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font.getName().contains("NotoSansCJK"), font.getName());
            }
        }
    }

    @Test
    void printsOnePersonAndRefusesAnEmptyPeriod() throws Exception {
        Path pdf = dir.resolve("张三.pdf");
        assertEquals(1, print.print(ws, request("2026-11", "E001"), pdf, Progress.NONE).pages());
        PrintException none = assertThrows(PrintException.class,
                () -> print.print(ws, request("2026-10", null), dir.resolve("无.pdf"), Progress.NONE));
        assertTrue(none.getMessage().contains("2026年10月没有可打印的考核表"), none.getMessage());
        assertFalse(Files.exists(dir.resolve("无.pdf")));
        assertThrows(PrintException.class,
                () -> print.print(ws, request("2026-13", null), dir.resolve("错.pdf"), Progress.NONE));
    }
}
