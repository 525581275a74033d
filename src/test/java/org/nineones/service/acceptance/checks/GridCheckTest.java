package org.nineones.service.acceptance.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.grids.GridRules;
import org.nineones.service.acceptance.RecomputeException;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.grids.GridSample;
import org.nineones.service.grids.GridSamples;
import org.nineones.store.RecordTables;
import org.nineones.store.Workspace;

/**
 * The checklist's grid line (9.2, decision 0030) on the sample enterprise's grid, on a day after its reports, on an
 * enterprise without a grid, marked 缺项, and recomputed by the inspector from the package's records form.
 */
class GridCheckTest {

    private static final Messages ZH = new Messages(Locale.SIMPLIFIED_CHINESE);

    @TempDir
    static Path dir;
    private static Services services;
    private static Workspace ws;
    private static ChecklistTemplate template;

    @BeforeAll
    static void openTheSampleWithItsGrid() throws Exception {
        services = new Services(new Settings(dir.resolve("home")), ZH);
        ws = services.workspaces().open(GridSample.into(dir.resolve("企业")));
        template = services.checklists().defaultTemplate();
    }

    @AfterAll
    static void close() {
        ws.close();
    }

    private static LineScore gridLine(ChecklistScore score) {
        return score.lines().stream().filter(l -> l.id().equals("9.2")).findFirst().orElseThrow();
    }

    @Test
    void theSampleLosesAPointForItsUnstaffedWarehouseAndNothingForItsThreeMonthsOfReports() {
        LocalDate today = LocalDate.now();
        LineScore line = gridLine(services.readiness().assess(ws, template, today, today));
        assertEquals(List.of("滨州示例化工有限公司/仓库：缺具体责任人（未指定或已离职）"),
                line.charges().stream().map(Charge::what).toList());
        assertEquals(List.of(FindingKinds.GRID_AREA_UNSTAFFED), line.charges().stream().map(Charge::kind).toList());
        assertTrue(line.charges().stream().allMatch(c -> c.target().kind() == TargetKind.GRID_AREA
                && !c.target().id().isEmpty()), "each charge opens its area");
        assertEquals(0, BigDecimal.ONE.compareTo(line.deducted()));
        assertEquals(0, new BigDecimal("4").compareTo(line.score()));

        // a month later, the oldest of the three months has gone and this month, unreported, has come in
        LocalDate next = today.plusMonths(1);
        LineScore later = gridLine(services.readiness().assess(ws, template, next, next));
        long missing = later.charges().stream().filter(c -> c.kind().equals(FindingKinds.GRID_MONTH_NOT_REPORTED))
                .count();
        assertEquals(GridSamples.AREAS.size() - 1, missing, "every area below the enterprise, one month");
        assertTrue(later.charges().stream().anyMatch(c -> c.what().equals("滨州示例化工有限公司/装卸区："
                + YearMonth.from(today) + " 没有网格调度记录")), later.charges().toString());
    }

    @Test
    void monthsWithoutAnyReportCostHalfAPointPerAreaUpToTheLinesFivePoints() {
        LocalDate later = LocalDate.now().plusMonths(4);
        LineScore line = gridLine(services.readiness().assess(ws, template, later, later));
        long missing = line.charges().stream().filter(c -> c.kind().equals(FindingKinds.GRID_MONTH_NOT_REPORTED))
                .count();
        int areas = GridSamples.AREAS.size() - 1;
        assertEquals(areas * GridRules.CHECKED_MONTHS, missing, "every area below the enterprise, three months");
        assertTrue(line.charges().stream().anyMatch(c -> c.what().equals("滨州示例化工有限公司/罐区/1号罐组："
                + YearMonth.from(later).minusMonths(3) + " 没有网格调度记录")), line.charges().toString());
        assertEquals(0, BigDecimal.ZERO.compareTo(line.score()), "never below zero");
        assertEquals(0, new BigDecimal("5").compareTo(line.deducted()));
    }

    @Test
    void anEnterpriseWithoutAGridScoresNothingOnTheLineUnlessItIsMarkedNotApplicable() throws Exception {
        try (Workspace none = services.workspaces().create(Files.createDirectories(dir.resolve("新企业"))
                .resolve("无网格.nineones"), "无网格企业", "91371600MA3C7E2X1C")) {
            LocalDate today = LocalDate.now();
            ChecklistScore scored = services.readiness().assess(none, template, today, today);
            LineScore line = gridLine(scored);
            assertEquals(List.of(FindingKinds.NO_GRID), line.charges().stream().map(Charge::kind).toList());
            assertEquals("未划分网格责任区域（所在县区不实行网格化管理的，本项可标为缺项）", line.charges().get(0).what());
            assertEquals(0, BigDecimal.ZERO.compareTo(line.score()));

            ChecklistScore marked = services.checklists().scorer().score(template,
                    services.readiness().findings(none, today), java.util.Map.of(), Set.of("9.2"));
            assertTrue(gridLine(marked).notApplicable());
            assertEquals(0, new BigDecimal("5").compareTo(marked.notApplicablePoints()));
            assertEquals(0, scored.earned().compareTo(marked.earned()), "the line counted nothing either way");
            assertTrue(marked.score().compareTo(scored.score()) > 0, "but it leaves the denominator: "
                    + scored.score() + " → " + marked.score());
        }
    }

    @Test
    void theInspectorRecomputesTheLineFromTheRecordsFormWithoutTheProblemList() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        RecordTables.dump(ws, json, "standard", UnaryOperator.identity(), () -> { });
        String text = json.toString(StandardCharsets.UTF_8);
        int dispatch = text.indexOf("\"name\":\"dispatch_report\"");
        assertTrue(dispatch >= 0, "the dispatch reports go in");
        String columns = text.substring(dispatch, text.indexOf(']', dispatch));
        assertTrue(columns.contains("\"area_id\"") && columns.contains("\"month\""), columns);
        assertFalse(columns.contains("problem_id"), "the problem list stays out: " + columns);
        assertFalse(text.contains("\"name\":\"dispatch_photo\""), "the photos stay out");

        LocalDate today = LocalDate.now();
        LineScore own = gridLine(services.readiness().assess(ws, template, today, today));
        try (RecomputedRecords.Loaded loaded = new RecomputedRecords(ZH).open(
                new ByteArrayInputStream(json.toByteArray()), dir.resolve("records.json"))) {
            assertEquals(own, gridLine(RecomputedRecords.recompute(loaded, services.readiness(), template, today)));
        }

        int end = text.indexOf("{\"name\":", dispatch + 1);
        String section = text.substring(dispatch, end < 0 ? text.length() : end);
        String forgedSection = section.replace("\"columns\":[\"id\",", "\"columns\":[\"id\",\"problem_id\",")
                .replaceAll("\n\\[(\\d+),", "\n[$1,null,");
        assertTrue(forgedSection.contains("problem_id") && forgedSection.contains(",null,"), forgedSection);
        String forged = text.replace(section, forgedSection);
        RecomputeException refused = assertThrows(RecomputeException.class, () -> new RecomputedRecords(ZH).open(
                new ByteArrayInputStream(forged.getBytes(StandardCharsets.UTF_8)), dir.resolve("改过.json")));
        assertTrue(refused.getMessage().contains("改过.json"), refused.getMessage());
    }
}
