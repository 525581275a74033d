package org.nineones.ui.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nineones.model.Enterprise;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.EnterpriseProfileHandle;
import org.nineones.ui.handles.MainWindowHandle;
import org.testfx.api.FxRobot;

class EnterpriseProfileUiTest extends UiTestBase {

    @Test
    void savesTheEditedProfileAndRenamesTheWindow(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        MainWindowHandle window = window(robot);
        EnterpriseProfileHandle profile = window.enterprise();

        assertEquals(TestData.CREDIT_CODE, profile.get("creditCode"));
        profile.set("name", "滨州示范化工有限公司")
                .set("industry", "危险化学品生产")
                .highRisk(true)
                .set("county", "滨城区")
                .set("address", "滨州市滨城区黄河五路 1 号")
                .set("principal", "王建国")
                .set("contactPhone", "0543-1234567")
                .set("emergencyPhone", "0543-7654321");
        profile.save();

        assertEquals("已保存", profile.status());
        assertEquals("滨州示范化工有限公司 — 九个一 全员安全生产责任制", window.title());
        Workspace ws = ui.main.viewModel().session().workspace();
        Enterprise saved = ui.context.services().enterprise().load(ws);
        assertEquals(new Enterprise("滨州示范化工有限公司", TestData.CREDIT_CODE, "危险化学品生产", true, "滨城区",
                "滨州市滨城区黄河五路 1 号", "王建国", "0543-1234567", "0543-7654321"), saved);
        assertEquals("update", ws.read(s -> s.audit().latest(1)).get(0).action());
    }

    @Test
    void wrongCreditCodeShowsTheProblemAndBlocksSaving(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        EnterpriseProfileHandle profile = window(robot).enterprise();

        profile.set("creditCode", "91371600MA3C0000IO");

        assertEquals("统一社会信用代码含有不允许的字符（不含 I、O、Z、S、V）", profile.creditCodeProblem());
        assertFalse(profile.canSave());
        profile.set("creditCode", TestData.CREDIT_CODE);
        assertTrue(profile.canSave());
    }
}
