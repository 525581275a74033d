package org.nineones.ui.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.OrgHandle;
import org.nineones.ui.handles.PostDialogHandle;
import org.testfx.api.FxRobot;

class OrgUiTest extends UiTestBase {

    @Test
    void addsUnitsAndAPost(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        OrgHandle org = window(robot).org();

        org.addUnit("滨州示范化工有限公司").selectUnit("滨州示范化工有限公司").addUnit("生产部")
                .selectUnit("生产部").addUnit("合成车间");
        assertEquals(List.of("滨州示范化工有限公司", "生产部", "合成车间"), org.unitNames());

        org.selectUnit("合成车间");
        PostDialogHandle dialog = org.addPost();
        assertFalse(dialog.canSave());
        dialog.name("反应釜操作工").category(PostCategory.OPERATOR).risk(RiskLevel.SIGNIFICANT).save();

        List<Post> posts = org.posts();
        assertEquals(1, posts.size());
        assertEquals("反应釜操作工", posts.get(0).name());
        assertEquals(RiskLevel.SIGNIFICANT, posts.get(0).riskLevel());
    }

    @Test
    void refusesToDeleteAUnitThatStillHasPosts(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        OrgHandle org = window(robot).org();
        org.addUnit("示范化工").selectUnit("示范化工").addUnit("安全环保部").selectUnit("安全环保部");
        org.addPost().name("安全员").category(PostCategory.SAFETY_MANAGER).risk(RiskLevel.LOW).save();

        org.selectUnit("安全环保部").deleteSelectedUnit(true);

        assertEquals("“安全环保部”下还有下级机构、岗位或人员，不能删除。请先把它们删除或调到其他机构。", ui.dialogs.lastError());
        assertEquals(List.of("示范化工", "安全环保部"), org.unitNames());
    }

    @Test
    void deletesAnEmptyUnitAfterConfirmation(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        OrgHandle org = window(robot).org();
        org.addUnit("示范化工").selectUnit("示范化工").addUnit("后勤部");

        org.selectUnit("后勤部").deleteSelectedUnit(false);
        assertEquals(List.of("示范化工", "后勤部"), org.unitNames());

        org.selectUnit("后勤部").deleteSelectedUnit(true);
        assertEquals(List.of("示范化工"), org.unitNames());
        assertEquals("确定要删除“后勤部”吗？", ui.dialogs.questions.get(1));
    }
}
