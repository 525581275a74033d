package org.nineones.service.rewards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.report.PdfFiles;
import org.nineones.report.ReportRunner;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;

/** 奖惩公示 read back with PDFBox: Chinese text, embedded fonts, pages, the period and the publicity days. */
class RewardsNoticeTest {

    @TempDir
    Path dir;
    RewardsFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new RewardsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.workspace.close();
    }

    private RecordPrintRequest period(String period) {
        return new RecordPrintRequest(null, null, null, period, null, false, RewardsFixture.TODAY);
    }

    @Test
    void printsTheEntriesInForceOfAMonthWithThePublicityPeriodAndSignatureLines() throws Exception {
        f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 2), f.zhang.id(), null,
                RewardKind.PENALTY, "未按规定佩戴安全帽进入生产装置区", null, f.duties.id(), 2, 100.0, 1.0, "车间主任"));
        f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 9), null, f.workshop.id(),
                RewardKind.REWARD, "及时发现并报告反应釜泄漏隐患", null, null, null, 500.0, 5.0, "总经理"));
        RewardEntry wrong = f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 11, 10), f.li.id(), null,
                RewardKind.PENALTY, "撤销的处罚", null, null, null, 300.0, 3.0, "厂长"));
        f.service.withdraw(f.workspace, wrong.id(), "调查后不成立");
        f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 10, 30), f.wang.id(), null,
                RewardKind.REWARD, "上月的奖励", null, null, null, 50.0, 1.0, "厂长"));

        Path pdf = dir.resolve("公示").resolve("奖惩公示.pdf");
        Files.createDirectories(pdf.getParent());
        RewardsNotice notice = new RewardsNotice(f.service, new ReportRunner(), 5);
        RecordPrintResult result = notice.print(f.workspace, period("2026-11"), pdf, Progress.NONE);
        assertEquals(2, result.items());
        assertEquals(1, result.pages());
        assertEquals(1, PdfFiles.pages(pdf));
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        String text = PdfFiles.text(pdf).replaceAll("\\s+", "");
        for (String expected : List.of("示范化工有限公司", "安全生产奖惩公示", "2026-11-01至2026-11-30", "张三", "一车间",
                "处罚", "奖励", "未按规定佩戴安全帽", "2.正确佩戴和使用劳动防护用品", "车间主任", "总经理",
                "公示期：5个工作日，自2026-11-20起至2026-11-27止", "单位（盖章）", "主要负责人（签字）",
                "合计：奖励1项，金额500元；处罚1项，金额100元")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertFalse(text.contains("撤销的处罚"), "a withdrawn entry is not posted");
        assertFalse(text.contains("上月的奖励"), "an entry of another month is not posted");
    }

    @Test
    void aLongListRepeatsTheColumnHeadersOnEveryPage() throws Exception {
        for (int i = 1; i <= 60; i++) {
            f.service.record(f.workspace, new EntryDraft(LocalDate.of(2026, 7 + (i % 3), 1 + (i % 28)), f.zhang.id(),
                    null, RewardKind.PENALTY, "第" + i + "次违章作业：未办理动火作业许可证擅自在储罐区动火，"
                    + "经现场检查发现并制止", null, null, null, 50.0, 1.0, "安全科长"));
        }
        Path pdf = dir.resolve("季度公示.pdf");
        RecordPrintResult result = new RewardsNotice(f.service).withPublicityDays(7)
                .print(f.workspace, period("2026-Q3"), pdf, Progress.NONE);
        assertEquals(60, result.items());
        assertTrue(result.pages() >= 3, "pages: " + result.pages());
        assertEquals(List.of(), PdfFiles.notEmbeddedFonts(pdf));
        String text = PdfFiles.text(pdf);
        int headers = text.split("姓名/单位", -1).length - 1;
        assertEquals(result.pages(), headers, "the column headers on every page");
        assertTrue(text.replaceAll("\\s+", "").contains("2026-07-01至2026-09-30"));
        assertTrue(text.replaceAll("\\s+", "").contains("公示期：7个工作日"));
        assertTrue(text.replaceAll("\\s+", "").contains("第60次违章作业"));
    }

    @Test
    void theCurrentMonthByDefaultAndClearSentencesForNothingOrABadPeriod() {
        RewardsNotice notice = new RewardsNotice(f.service);
        assertEquals(new Period("2026-11", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
                notice.period(period(null)));
        assertEquals(LocalDate.of(2026, 12, 31), notice.period(period("2026")).to());
        PrintException nothing = assertThrows(PrintException.class,
                () -> notice.print(f.workspace, period(null), dir.resolve("x.pdf"), Progress.NONE));
        assertTrue(nothing.nothingToPrint());
        assertEquals("2026-11 期间没有有效的奖惩记录，无可公示。", nothing.getMessage());
        PrintException bad = assertThrows(PrintException.class,
                () -> notice.print(f.workspace, period("2026-13"), dir.resolve("x.pdf"), Progress.NONE));
        assertTrue(bad.getMessage().contains("无法识别期间“2026-13”"), bad.getMessage());
        assertFalse(Files.exists(dir.resolve("x.pdf")));
        assertEquals(LocalDate.of(2026, 11, 27), RewardsNotice.addWorkingDays(LocalDate.of(2026, 11, 20), 5));
        assertEquals(LocalDate.of(2026, 11, 23), RewardsNotice.addWorkingDays(LocalDate.of(2026, 11, 21), 1));
    }
}
