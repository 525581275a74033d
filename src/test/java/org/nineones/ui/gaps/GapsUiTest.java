package org.nineones.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.app.Services;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.model.content.EmergencyCard;
import org.nineones.model.content.EmergencyScenario;
import org.nineones.model.content.OperatingProcedure;
import org.nineones.model.content.RiskCard;
import org.nineones.model.content.PostContent;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.ContentEditorHandle;
import org.nineones.ui.handles.GapsHandle;
import org.nineones.ui.handles.OrgHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class GapsUiTest extends UiTestBase {

    @Test
    void listsAPostWithoutContentAndOneClickOpensItInTheEditor(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Services services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            OrgUnit workshop = services.org().addUnit(ws, company.id(), "合成车间", OrgUnitKind.WORKSHOP);
            Post done = services.org().savePost(ws, new Post(null, workshop.id(), "巡检工", PostCategory.OPERATOR,
                    RiskLevel.LOW));
            services.org().savePost(ws, new Post(null, workshop.id(), "电焊工", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
            List<PostContent> bodies = List.of(new DutyList(List.of(DutyItem.of("遵守规程"))),
                    new OperatingProcedure(List.of("检查"), null, null, null, null),
                    new RiskCard(List.of("高处坠落"), null, null, List.of("系安全带"), RiskLevel.LOW, null),
                    new EmergencyCard(List.of(new EmergencyScenario("坠落", List.of("呼救"), null))));
            for (PostContent body : bodies) {
                services.content().saveDraft(ws, done.id(), body);
                services.content().approve(ws, done.id(), body.kind(), "张三", LocalDate.of(2026, 1, 1));
            }
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();

        GapsHandle gaps = window(robot).gaps();
        assertEquals(List.of("巡检工", "电焊工"), gaps.posts());
        assertTrue(gaps.counts().startsWith("共 2 个岗位，其中 1 个有缺项"), gaps.counts());
        assertEquals("IN_FORCE", gaps.state("巡检工", "procedureColumn"));
        assertEquals("MISSING", gaps.state("电焊工", "riskCardColumn"));
        gaps.onlyGaps(true);
        assertEquals(List.of("电焊工"), gaps.posts());

        gaps.fix("电焊工", "riskCardColumn");

        OrgHandle org = window(robot).org();
        ContentEditorHandle editor = org.editor();
        assertEquals("“电焊工”的安全内容", editor.title());
        assertEquals("riskCardTab", editor.selectedTab());
    }
}
