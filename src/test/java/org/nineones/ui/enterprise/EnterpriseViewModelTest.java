package org.nineones.ui.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Settings;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.service.enterprise.EnterpriseService;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.TestData;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;
import org.nineones.ui.common.Session;

/** The enterprise form's logic against a real workspace, without any JavaFX control. */
class EnterpriseViewModelTest {

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final Session session = new Session();
    private EnterpriseViewModel vm;

    @BeforeEach
    void open() throws Exception {
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", TestData.CREDIT_CODE, "", false, "", "", "", "", ""));
        FakeDialogService dialogs = new FakeDialogService();
        vm = new EnterpriseViewModel(messages, new CurrentThreadTaskRunner(dialogs,
                AppContext.errorMessages(messages, new Settings(tempDir)), messages), new EnterpriseService(), ws,
                session);
        vm.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void blankNameAndBadPhoneBlockSaving() {
        assertTrue(vm.validProperty().get());
        vm.nameProperty().set("  ");
        assertEquals("请填写企业名称", vm.nameErrorProperty().get());
        assertFalse(vm.validProperty().get());
        vm.nameProperty().set("示范化工");
        vm.emergencyPhoneProperty().set("0543-120 转 8");
        assertEquals("电话号码只能包含数字、“-”、“+”和括号", vm.emergencyPhoneErrorProperty().get());
        assertFalse(vm.validProperty().get());
    }

    @Test
    void savesTrimmedValuesAndTellsTheWindowTheNewName() {
        vm.nameProperty().set(" 滨州示范化工有限公司\u3000");
        vm.creditCodeProperty().set(TestData.CREDIT_CODE.toLowerCase(Locale.ROOT));
        vm.emergencyPhoneProperty().set("0543-7654321");
        vm.save();

        assertEquals("已保存", vm.statusProperty().get());
        assertEquals("滨州示范化工有限公司", session.enterpriseNameProperty().get());
        Enterprise saved = new EnterpriseService().load(ws);
        assertEquals("滨州示范化工有限公司", saved.name());
        assertEquals(TestData.CREDIT_CODE, saved.creditCode());
        assertEquals("0543-7654321", saved.emergencyPhone());
        vm.industryProperty().set("化工");
        assertEquals("", vm.statusProperty().get());
    }
}
