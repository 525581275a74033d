package org.nineones.ui.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.model.Messages;
import org.nineones.ui.TestData;

/** The new-enterprise form's rules, without JavaFX controls. */
class NewWorkspaceViewModelTest {

    @TempDir
    Path tempDir;

    private NewWorkspaceViewModel viewModel() {
        return new NewWorkspaceViewModel(new Messages(Locale.SIMPLIFIED_CHINESE), tempDir.resolve("张三的文件"));
    }

    @Test
    void isValidOnlyWithNameValidCreditCodeAndLocation() {
        NewWorkspaceViewModel vm = viewModel();
        assertFalse(vm.validProperty().get());
        assertEquals("", vm.creditCodeErrorProperty().get());

        vm.nameProperty().set("示范化工");
        vm.creditCodeProperty().set("91371600MA3C0000");
        assertEquals("统一社会信用代码应为 18 位", vm.creditCodeErrorProperty().get());
        assertFalse(vm.validProperty().get());

        vm.creditCodeProperty().set(TestData.CREDIT_CODE.toLowerCase(Locale.ROOT));
        assertEquals("", vm.creditCodeErrorProperty().get());
        assertTrue(vm.validProperty().get());
    }

    @Test
    void locationFollowsTheNameUntilChosenAndGetsTheExtension() {
        NewWorkspaceViewModel vm = viewModel();
        vm.nameProperty().set("示范/化工");
        assertEquals(tempDir.resolve("张三的文件").resolve("示范化工.nineones"), vm.file());

        vm.chooseLocation(tempDir.resolve("别处").resolve("我的企业"));
        vm.nameProperty().set("另一个名字");
        assertEquals(tempDir.resolve("别处").resolve("我的企业.nineones"), vm.file());
    }

    @Test
    void refusesAnExistingFile() throws Exception {
        NewWorkspaceViewModel vm = viewModel();
        Path existing = Files.createFile(tempDir.resolve("已有.nineones"));
        vm.nameProperty().set("示范化工");
        vm.creditCodeProperty().set(TestData.CREDIT_CODE);
        vm.chooseLocation(existing);

        assertTrue(vm.locationErrorProperty().get().startsWith("文件已存在"));
        assertFalse(vm.validProperty().get());
    }
}
