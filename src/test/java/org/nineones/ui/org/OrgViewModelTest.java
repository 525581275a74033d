package org.nineones.ui.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Settings;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.service.org.OrgService;
import org.nineones.store.Workspace;
import org.nineones.ui.FakeDialogService;
import org.nineones.ui.TestData;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;

/** The org screen's logic against a real workspace, without any JavaFX control. */
class OrgViewModelTest {

    @TempDir
    Path tempDir;
    private Workspace ws;
    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private final FakeDialogService dialogs = new FakeDialogService();
    private OrgViewModel vm;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.create(tempDir.resolve("张三的文件").resolve("示范.nineones"),
                new Enterprise("示范化工", TestData.CREDIT_CODE, "", false, "", "", "", "", ""));
        var tasks = new CurrentThreadTaskRunner(dialogs,
                AppContext.errorMessages(messages, new Settings(tempDir)), messages);
        vm = new OrgViewModel(messages, tasks, dialogs, new OrgService(messages), ws);
        vm.load();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void theFirstUnitIsTheCompanyAndLaterOnesGoBelowTheSelection() {
        assertEquals(OrgUnitKind.COMPANY, vm.kindOfNewUnit());
        vm.addUnit("示范化工");
        assertEquals("示范化工", vm.selectedUnitProperty().get().name());
        assertEquals(OrgUnitKind.DEPARTMENT, vm.kindOfNewUnit());
        vm.addUnit("生产部");
        assertEquals(OrgUnitKind.WORKSHOP, vm.kindOfNewUnit());
        vm.addUnit("合成车间");

        assertEquals(List.of(OrgUnitKind.COMPANY, OrgUnitKind.DEPARTMENT, OrgUnitKind.WORKSHOP),
                vm.units().stream().map(u -> u.kind()).toList());
        assertEquals(vm.units().get(1).id(), vm.units().get(2).parentId());
    }

    @Test
    void showingAPostSelectsItsUnitAndThePost() {
        vm.addUnit("示范化工");
        vm.addUnit("生产部");
        long production = vm.selectedUnitProperty().get().id();
        vm.savePost(new Post(null, production, "反应釜操作工", PostCategory.OPERATOR, RiskLevel.SIGNIFICANT));
        long postId = vm.posts().get(0).id();
        vm.selectedUnitProperty().set(vm.units().get(0));
        assertEquals(List.of(), vm.posts());

        vm.showPost(postId);

        assertEquals("生产部", vm.selectedUnitProperty().get().name());
        assertEquals("反应釜操作工", vm.selectedPostProperty().get().name());
    }

    @Test
    void cancellingTheConfirmationKeepsThePost() {
        vm.addUnit("示范化工");
        vm.savePost(new Post(null, vm.selectedUnitProperty().get().id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        vm.selectedPostProperty().set(vm.posts().get(0));

        dialogs.confirmations.add(false);
        vm.deleteSelectedPost();
        assertEquals(1, vm.posts().size());

        dialogs.confirmations.add(true);
        vm.deleteSelectedPost();
        assertEquals(0, vm.posts().size());
        assertNull(vm.selectedPostProperty().get());
    }
}
