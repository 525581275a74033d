package org.nineones.ui.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nineones.app.Services;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.model.content.DutyList;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.GapsHandle;
import org.nineones.ui.handles.OrgHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 批准所选 in the gaps view: many posts, one approver and date, refusals listed, every tab fresh afterwards. */
class BulkApprovalUiTest extends UiTestBase {

    private long electrician;

    private void openWithDrafts(FxRobot robot) throws Exception {
        Path file = tempDir.resolve("企业").resolve("示范化工.nineones");
        Services services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
            electrician = services.org().savePost(ws, new Post(null, company.id(), "电工",
                    PostCategory.SPECIAL_OPERATION, RiskLevel.LOW)).id();
            Post welder = services.org().savePost(ws, new Post(null, company.id(), "焊工",
                    PostCategory.SPECIAL_OPERATION, RiskLevel.LOW));
            Post guard = services.org().savePost(ws, new Post(null, company.id(), "门卫", PostCategory.OPERATOR,
                    RiskLevel.LOW));
            services.templates().apply(ws, "电工", List.of(electrician), Set.of());
            services.templates().apply(ws, "焊工", List.of(welder.id()), Set.of());
            services.content().saveDraft(ws, guard.id(), new DutyList(List.of()));
        }
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void approvesTheDraftsOfTheSelectedPostsAndListsTheRefusedOnes(FxRobot robot) throws Exception {
        openWithDrafts(robot);
        Workspace ws = ui.main.viewModel().session().workspace();
        int drafts = ws.read(s -> s.posts().all().stream().mapToInt(p -> (int) java.util.Arrays
                .stream(ContentKind.values()).filter(k -> s.content().draft(p.id(), k).isPresent()).count()).sum());
        OrgHandle org = window(robot).org();
        org.selectUnit("示范化工");
        assertEquals(RiskLevel.LOW, org.posts().stream().filter(p -> p.name().equals("电工")).findFirst()
                .orElseThrow().riskLevel());
        GapsHandle gaps = window(robot).gaps();
        assertEquals("DRAFT_ONLY", gaps.state("电工", "dutyListColumn"));

        gaps.approveSelected("电工", "焊工", "门卫").approver("王厂长").effectiveFrom(LocalDate.now()).confirm();

        assertTrue(robot.lookup("#approverField").tryQuery().isEmpty(), "the approver is asked once");
        assertEquals(List.of("已批准 " + (drafts - 1) + " 份草稿。\n以下 1 项没有批准（仍是草稿）：\n"
                + "• 门卫 · 岗位安全生产责任清单：岗位“门卫”的岗位安全生产责任清单草稿是空的，不能批准。请先填写内容。"),
                ui.dialogs.errors);
        for (String post : List.of("电工", "焊工")) {
            for (String column : List.of("dutyListColumn", "procedureColumn", "riskCardColumn",
                    "emergencyCardColumn")) {
                assertEquals("IN_FORCE", gaps.state(post, column), post + " " + column);
            }
        }
        assertEquals("DRAFT_ONLY", gaps.state("门卫", "dutyListColumn"));
        // the approved risk card set the post's level: the gaps view and the org screen show it
        RiskLevel level = ws.read(s -> s.posts().find(electrician).orElseThrow().riskLevel());
        assertTrue(level != RiskLevel.LOW, "the 电工 template's risk card is not 低: " + level);
        assertEquals(level.name(), gaps.riskLevel("电工"));
        assertEquals(level, window(robot).org().posts().stream().filter(p -> p.name().equals("电工")).findFirst()
                .orElseThrow().riskLevel());
    }

    @Test
    void cancellingTheApproverQuestionApprovesNothing(FxRobot robot) throws Exception {
        openWithDrafts(robot);
        GapsHandle gaps = window(robot).gaps();

        gaps.approveSelected("电工", "焊工");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("DRAFT_ONLY", gaps.state("电工", "dutyListColumn"));
        assertTrue(ui.dialogs.errors.isEmpty() && ui.dialogs.infos.isEmpty());
    }
}
