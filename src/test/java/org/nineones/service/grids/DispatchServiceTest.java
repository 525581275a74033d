package org.nineones.service.grids;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemSource;
import org.nineones.service.attachments.AttachmentRefusedException;
import org.nineones.store.AuditLog;

/**
 * One area's report of the monthly dispatch on a real workspace: settled with its photo; not settled, becoming a
 * problem of the problem list with its measure owned by the area's specific responsible person; and every refusal
 * of the issue, each naming its rule and writing nothing.
 */
class DispatchServiceTest {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @TempDir
    Path dir;
    DispatchFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new DispatchFixture(dir);
    }

    private DispatchDraft draft(long area, LocalDate day, String found, boolean settled, List<Path> photos) {
        return new DispatchDraft(area, NOVEMBER, day, "赵网格", found, settled ? "已当场处理" : "已报维修", settled,
                photos, null);
    }

    @Test
    void recordsASettledReportWithItsPhoto() throws Exception {
        Path photo = f.problems.records.png("罐区巡查.png", 600);
        DispatchReport r = f.service.record(f.workspace, draft(f.tankFarm.id(), LocalDate.of(2026, 11, 12),
                "防火堤排水阀未关", true, List.of(photo)));

        assertTrue(r.settled());
        assertNull(r.problemId());
        assertEquals(1, r.photoIds().size());
        assertEquals(0, f.problems.counts()[0], "no problem for a report settled on the spot");
        AuditLog.Entry entry = f.workspace.read(s -> s.audit().latest(1)).get(0);
        assertEquals("dispatch", entry.entity());
        assertEquals("登记网格调度：示范化工有限公司/罐区 2026-11，2026-11-12 由 赵网格 检查，照片 1 张，当场整改",
                entry.detail());

        List<Path> copies = f.service.openablePhotos(f.workspace, r);
        assertEquals(1, copies.size());
        assertArrayEquals(java.nio.file.Files.readAllBytes(photo), java.nio.file.Files.readAllBytes(copies.get(0)));
        DispatchReport gone = new DispatchReport(r.id(), r.areaId(), r.month(), r.checkedOn(), r.checkedBy(),
                r.found(), r.done(), true, null, List.of(999L), r.recordedBy(), r.recordedAt());
        refused(DispatchException.Reason.PHOTO_GONE, "编号 999", () -> f.service.openablePhotos(f.workspace, gone));
    }

    @Test
    void notSettledBecomesAProblemOwnedByTheAreasResponsiblePerson() {
        DispatchReport r = f.service.record(f.workspace, draft(f.warehouse.id(), LocalDate.of(2026, 11, 20),
                "货架超高堆放", false, List.of()));

        ListedProblem listed = f.problems.service.find(f.workspace, r.problemId()).orElseThrow();
        Problem p = listed.problem();
        assertEquals(ProblemSource.MANUAL, p.source());
        assertEquals("网格调度 示范化工有限公司/仓库 2026-11：货架超高堆放", p.seen());
        assertEquals("李四", p.responsible(), "仓库's specific responsible person");
        Measure m = listed.measures().get(0);
        assertEquals(f.problems.records.li.id(), m.ownerId());
        assertEquals(LocalDate.of(2026, 12, 31), m.deadline(), "the end of the next month");
        assertEquals(r, f.workspace.read(s -> s.grids().report(f.warehouse.id(), NOVEMBER)).orElseThrow());
    }

    @Test
    void refusesEachBadReportAndWritesNothing() throws Exception {
        f.service.record(f.workspace, draft(f.tankGroup.id(), LocalDate.of(2026, 11, 3), "", true, List.of()));
        Path large = f.problems.records.png("大照片.png", 2000);
        Path pdf = f.problems.records.pdf("纪要.pdf");
        Path missing = f.problems.records.files.resolve("没有这张.jpg");
        LocalDate day = LocalDate.of(2026, 11, 10);
        int[] before = f.counts();

        refused(DispatchException.Reason.FUTURE_MONTH, "2027-01 还没有到", () -> f.service.record(f.workspace,
                new DispatchDraft(f.tankFarm.id(), YearMonth.of(2027, 1), LocalDate.of(2027, 1, 5), "赵网格", "",
                        "", true, List.of(), null)));
        refused(DispatchException.Reason.DAY_OUTSIDE_MONTH, "检查日期 2026-10-31 不在 2026-11 月内",
                () -> f.service.record(f.workspace, draft(f.tankFarm.id(), LocalDate.of(2026, 10, 31), "", true,
                        List.of())));
        refused(DispatchException.Reason.FUTURE_DAY, "晚于今天（2026-12-07）", () -> f.service.record(f.workspace,
                new DispatchDraft(f.tankFarm.id(), YearMonth.of(2026, 12), LocalDate.of(2026, 12, 8), "赵网格", "",
                        "", true, List.of(), null)));
        refused(DispatchException.Reason.UNKNOWN_AREA, "没有编号为 999 的区域", () -> f.service.record(f.workspace,
                draft(999, day, "", true, List.of())));
        refused(DispatchException.Reason.ALREADY_REPORTED, "2026-11 的调度情况已经登记过（2026-11-03，赵网格）",
                () -> f.service.record(f.workspace, draft(f.tankGroup.id(), day, "", true, List.of())));
        refused(DispatchException.Reason.NOTHING_FOUND, "“发现问题”为空", () -> f.service.record(f.workspace,
                draft(f.tankFarm.id(), day, "", false, List.of())));
        refused(DispatchException.Reason.NO_OWNER, "“示范化工有限公司/装卸站”没有在岗的具体责任人",
                () -> f.service.record(f.workspace, draft(f.loadingBay.id(), day, "地磅旁消防通道堵塞", false,
                        List.of())));
        refused(DispatchException.Reason.NO_OWNER, "王五不在花名册中或已离职", () -> f.service.record(f.workspace,
                new DispatchDraft(f.tankFarm.id(), NOVEMBER, day, "赵网格", "呼吸阀锈蚀", "", false, List.of(),
                        f.problems.left.id())));
        refused(DispatchException.Reason.NOT_AN_IMAGE, "“纪要.pdf”不是照片", () -> f.service.record(f.workspace,
                draft(f.tankFarm.id(), day, "", true, List.of(pdf))));
        AttachmentRefusedException tooLarge = assertThrows(AttachmentRefusedException.class,
                () -> f.service.record(f.workspace, draft(f.tankFarm.id(), day, "", true, List.of(large))));
        assertEquals(AttachmentRefusedException.Reason.TOO_LARGE, tooLarge.reason());
        AttachmentRefusedException gone = assertThrows(AttachmentRefusedException.class,
                () -> f.service.record(f.workspace, draft(f.tankFarm.id(), day, "", true, List.of(missing))));
        assertEquals(AttachmentRefusedException.Reason.MISSING, gone.reason());
        assertTrue(gone.getMessage().contains("没有这张.jpg"), gone.getMessage());

        assertArrayEquals(before, f.counts(), "nothing written by any refusal");
    }

    private static void refused(DispatchException.Reason reason, String part, Executable action) {
        DispatchException e = assertThrows(DispatchException.class, action);
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void theMonthsOverviewCountsReportsProblemsAndTheAreasMissing() {
        f.service.record(f.workspace, draft(f.tankFarm.id(), LocalDate.of(2026, 11, 5), "", true, List.of()));
        DispatchReport open = f.service.record(f.workspace, draft(f.warehouse.id(), LocalDate.of(2026, 11, 6),
                "灭火器压力不足", false, List.of()));

        DispatchService.MonthOverview month = f.service.overview(f.workspace, NOVEMBER, LocalDate.of(2027, 1, 5));
        assertEquals(4, month.expected(), "every area below the enterprise");
        assertEquals(2, month.reported());
        assertEquals(List.of("示范化工有限公司/罐区/1号罐组", "示范化工有限公司/装卸站"), month.notReported());
        assertEquals(1, month.found());
        assertEquals(0, month.closed());
        assertEquals(1, month.overdue(), "its measure was due 2026-12-31");
        assertEquals(open.problemId(), month.reports().get(1).problem().problem().id());
    }
}
