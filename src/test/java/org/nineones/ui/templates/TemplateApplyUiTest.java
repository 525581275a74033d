package org.nineones.ui.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.service.content.PostContentService;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.TemplateApplyDialogHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class TemplateApplyUiTest extends UiTestBase {

    private Workspace workspaceWithPosts(FxRobot robot) throws Exception {
        java.nio.file.Path file = openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        ws.write(store -> {
            OrgUnit company = store.orgUnits().insert(new OrgUnit(null, null, "示范化工", OrgUnitKind.COMPANY, 0));
            OrgUnit one = store.orgUnits().insert(new OrgUnit(null, company.id(), "一车间", OrgUnitKind.WORKSHOP, 1));
            OrgUnit two = store.orgUnits().insert(new OrgUnit(null, company.id(), "二车间", OrgUnitKind.WORKSHOP, 2));
            store.posts().insert(new Post(null, one.id(), "焊工", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT));
            store.posts().insert(new Post(null, two.id(), "焊工", PostCategory.SPECIAL_OPERATION, RiskLevel.SIGNIFICANT));
            store.posts().insert(new Post(null, two.id(), "班长", PostCategory.TEAM_LEADER, RiskLevel.GENERAL));
            return null;
        });
        // open it again, so the screens show what was just written
        robot.interact(() -> {
            ui.main.viewModel().close();
            ui.main.open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return ui.main.viewModel().session().workspace();
    }

    private TemplateApplyDialogHandle openDialog(FxRobot robot) {
        robot.push(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        return new TemplateApplyDialogHandle(robot);
    }

    @Test
    void appliesATemplateChosenByKeyboardToTheTickedPostsAsDrafts(FxRobot robot) throws Exception {
        Workspace ws = workspaceWithPosts(robot);
        TemplateApplyDialogHandle dialog = openDialog(robot);
        assertFalse(dialog.canApply());

        dialog.filter("电焊").pickFirstWithKeyboard().tickWithSpace("焊工").kind("emergencyCardBox", false);

        assertEquals(List.of("焊工"), dialog.templates());
        assertTrue(dialog.preview().startsWith("焊工（第 1 版）"), dialog.preview());
        assertTrue(dialog.summary().startsWith("将把“焊工”模板套用到 2 个岗位"), dialog.summary());
        dialog.apply();

        assertEquals(List.of("共套用到 2 个岗位，保存了 6 份草稿。草稿批准后才生效；已批准的版本没有改动。"), ui.dialogs.infos);
        PostContentService content = new PostContentService(new Messages(Locale.SIMPLIFIED_CHINESE));
        List<Long> welders = ws.read(s -> s.posts().all().stream().filter(p -> p.name().equals("焊工")).map(Post::id).toList());
        for (long id : welders) {
            assertEquals("焊工", content.draft(ws, id, ContentKind.DUTY_LIST).orElseThrow().templateName());
            assertTrue(content.draft(ws, id, ContentKind.EMERGENCY_CARD).isEmpty());
        }
    }

    @Test
    void suggestsATemplateForThePostSelectedInTheOrgScreenAndShowsTheResultInItsEditor(FxRobot robot) throws Exception {
        workspaceWithPosts(robot);
        var org = window(robot).org();
        org.selectUnit("二车间").selectPost("班长");
        assertTrue(org.editor().duties().isEmpty(), org.editor().duties().toString());

        TemplateApplyDialogHandle dialog = openDialog(robot);
        assertTrue(dialog.preview().startsWith("班组长（第 1 版）"), dialog.preview());
        assertTrue(dialog.summary().startsWith("将把“班组长”模板套用到 1 个岗位"), dialog.summary());
        dialog.apply();

        assertFalse(org.editor().duties().isEmpty(), "the editor shows the template's duties");
        assertTrue(org.editor().status().contains("班组长"), org.editor().status());
    }

    @Test
    void appliesNothingWhenCancelled(FxRobot robot) throws Exception {
        Workspace ws = workspaceWithPosts(robot);
        TemplateApplyDialogHandle dialog = openDialog(robot);
        dialog.filter("班组长").pickFirstWithKeyboard().tickWithSpace("班长");
        assertTrue(dialog.canApply());

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(ui.dialogs.infos.isEmpty());
        assertEquals(0, ws.read(s -> s.content().allWithoutBodies().size()).intValue());
    }
}
