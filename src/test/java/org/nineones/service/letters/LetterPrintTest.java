package org.nineones.service.letters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.DutyItem;
import org.nineones.report.PdfFiles;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;

/** The letters PDF read back with PDFBox: one page per letter, Chinese text, the font embedded. */
class LetterPrintTest {

    @TempDir
    Path dir;
    LetterFixture f;
    LetterPrint print;

    @BeforeEach
    void setUp() throws Exception {
        f = new LetterFixture(dir.resolve("企业"));
        print = new LetterPrint(f.letters);
    }

    @AfterEach
    void tearDown() {
        f.ws.close();
    }

    @Test
    void printsOneLetterPerPersonWithTheDutiesPartiesAndSignatureBlocks() throws Exception {
        Path pdf = dir.resolve("输出").resolve("责任书.pdf");
        RecordPrintResult result = print.print(f.ws, new RecordPrintRequest(null, null, 2026, null, null, false, null),
                pdf, Progress.NONE);
        assertEquals(8, result.items());
        assertEquals(8, result.pages());
        assertEquals(8, PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("安全生产责任书"), text);
        assertTrue(text.contains("2026 年度"), text);
        assertTrue(text.contains("乙方：吴操作（岗位：巡检工；部门：生产部 / 合成车间 / 甲班）"), text);
        assertTrue(text.contains("甲方：周班长（班长）"), text);
        assertTrue(text.contains("甲方：示范化工（上级）"), text);
        assertTrue(text.contains("履行巡检工安全职责"), text);
        assertTrue(text.contains("未按时检查的，每次扣1分"), text);
        assertTrue(text.contains("乙方承诺"), text);
        assertTrue(text.contains("乙方（签字）"), text);
        assertTrue(text.contains("日期："), text);
        assertFalse(text.contains("草稿"), text);
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
    }

    @Test
    void aDraftOnlyDutyListIsStampedAndFiltersSelectPeople() throws Exception {
        var post = f.post(f.units.get("甲班"), "取样工", org.nineones.model.PostCategory.OPERATOR);
        f.person("冯取样", post);
        f.content.saveDraft(f.ws, post.id(), new DutyList(List.of(DutyItem.of("按规程取样"))));
        Path pdf = dir.resolve("取样工.pdf");
        RecordPrintResult one = print.print(f.ws, new RecordPrintRequest("取样工", null, 2026, null, null, false, null),
                pdf, Progress.NONE);
        assertEquals(1, one.items());
        String text = PdfFiles.text(pdf);
        assertTrue(text.contains("草稿") && text.contains("按规程取样") && text.contains("v1 草稿"), text);

        // only the people still to sign, within the production department
        f.letters.sign(f.ws, f.id("孙主任"), 2026, LocalDate.of(2026, 1, 3), null);
        Path batch = dir.resolve("生产部未签.pdf");
        RecordPrintResult unsigned = print.print(f.ws, new LetterPrint.Selection(2026, null, null, null,
                f.units.get("生产部").id(), true), batch, Progress.NONE);
        // 钱部长, 周班长, 吴操作, 郑焊工, 冯取样 (孙主任 has signed)
        assertEquals(5, unsigned.items());
        assertEquals(5, PdfFiles.pages(batch));
        assertFalse(PdfFiles.text(batch).contains("乙方：孙主任"));

        RecordPrintResult chosen = print.print(f.ws, new LetterPrint.Selection(2026, Set.of(f.id("王总")), null, null,
                null, false), dir.resolve("王总.pdf"), Progress.NONE);
        assertEquals(1, chosen.items());
        RecordPrintResult byNumber = print.print(f.ws, new RecordPrintRequest(null, "A001", 2026, null, null, false,
                null), dir.resolve("A001.pdf"), Progress.NONE);
        assertEquals(1, byNumber.items());
    }

    @Test
    void aLongDutyListRunsOverPagesWithTheTableHeadRepeated() throws Exception {
        List<DutyItem> items = new java.util.ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            items.add(new DutyItem("日常管理", "第" + i + "项：组织开展本岗位的安全检查，发现隐患立即整改并做好记录，重大隐患及时上报",
                    DutyItem.THIS_POST, "车间全部作业区域", "未按要求执行的，每次扣2分；造成事故的，按事故责任追究",
                    "", org.nineones.model.content.ResponsibilityForm.DIRECT));
        }
        DutyList list = new DutyList(items);
        f.content.saveAndApprove(f.ws, f.posts.get("车间主任").id(), list.kind(), list, "王总", LocalDate.of(2026, 2, 1));
        Path pdf = dir.resolve("长清单.pdf");
        RecordPrintResult result = print.print(f.ws, new RecordPrintRequest("车间主任", null, 2026, null, null, false,
                null), pdf, Progress.NONE);
        assertEquals(1, result.items());
        assertTrue(result.pages() >= 2, "pages: " + result.pages());
        assertEquals(result.pages(), PdfFiles.pages(pdf));
        String text = PdfFiles.text(pdf);
        // the column heads on every page (考核标准 is also in the commitments)
        assertEquals(result.pages() + 1, text.split("考核标准", -1).length - 1, text);
        assertTrue(text.contains("第45项") && text.contains("乙方（签字）"), text);
    }

    @Test
    void unknownPostsAndEmptySelectionsAreSaidPlainly() {
        PrintException unknown = assertThrows(PrintException.class, () -> print.print(f.ws,
                new RecordPrintRequest("不存在的岗位", null, 2026, null, null, false, null), dir.resolve("x.pdf"),
                Progress.NONE));
        assertTrue(unknown.getMessage().contains("不存在的岗位"));
        PrintException nothing = assertThrows(PrintException.class, () -> print.print(f.ws,
                new LetterPrint.Selection(2026, Set.of(), null, null, null, false), dir.resolve("y.pdf"),
                Progress.NONE));
        assertTrue(nothing.nothingToPrint());
        assertFalse(dir.resolve("y.pdf").toFile().exists());
    }
}
