package org.nineones.ui.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.Post;
import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.PreflightHandle;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class PrintPreviewUiTest extends UiTestBase {

    @Test
    void previewsTheDutyListBookFromThePrintPreviewMenu(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "电工", PostCategory.SPECIAL_OPERATION,
                RiskLevel.SIGNIFICANT));
        services.templates().apply(ws, "电工", List.of(post.id()), java.util.Set.of());

        window(robot).chooseMenuItem("preview-duty-book");
        PreflightHandle preflight = new PreflightHandle(robot);
        assertEquals(List.of("示范化工 / 电工：岗位安全生产责任清单还是草稿（第 1 版），打印出来标着“草稿”。"),
                preflight.texts());
        preflight.continueAnyway();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);

        assertTrue(preview.page().startsWith("第 1 页 / 共 "), preview.page());
        assertTrue(preview.imageWidth() > 700, "the cover is drawn: " + preview.imageWidth());
        preview.close();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void explainsWhyThereIsNothingToPreview(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");

        window(robot).chooseMenuItem("preview-risk-cards");

        assertEquals(1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
        assertFalse(ui.dialogs.errors.get(0).contains("Exception"), ui.dialogs.errors.get(0));
    }

    @Test
    void previewsTheCardsPageByPageAndPrintsThemThroughThePrintDialog(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        List<Employee> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(new Employee(null, "员工" + i, null, IdNumber.of(TestData.id("3716021985031200" + i)), "A00" + i,
                    "", company.id(), post.id(), null, EmployeeStatus.ACTIVE, "", null));
        }
        people.forEach(e -> services.people().save(ws, e));

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        new PreflightHandle(robot).continueAnyway();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);

        assertEquals("第 1 页 / 共 2 页", preview.page());
        assertTrue(preview.imageWidth() > 700, "the page is drawn: " + preview.imageWidth());
        assertFalse(preview.canGoBack());
        preview.next();
        assertEquals("第 2 页 / 共 2 页", preview.page());
        preview.print();
        assertEquals(List.of("岗位责任卡 (2)"), ui.dialogs.printed);
        preview.close();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    /** One post with a duty and two people: enough for two pages of cards. */
    private void withCards() throws Exception {
        Workspace ws = ui.main.viewModel().session().workspace();
        var services = ui.context.services();
        OrgUnit company = services.org().addUnit(ws, null, "示范化工", OrgUnitKind.COMPANY);
        Post post = services.org().savePost(ws, new Post(null, company.id(), "安全员", PostCategory.SAFETY_MANAGER,
                RiskLevel.LOW));
        services.org().replaceDuties(ws, post.id(), List.of("监督检查安全生产状况"));
        for (int i = 0; i < 2; i++) {
            services.people().save(ws, new Employee(null, "员工" + i, null,
                    IdNumber.of(TestData.id("3716021985031200" + i)), "A00" + i, "", company.id(), post.id(), null,
                    EmployeeStatus.ACTIVE, "", null));
        }
    }

    @Test
    void ctrlPOpensThePreviewAndNeverPrintsDirectly(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        withCards();

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        new PreflightHandle(robot).continueAnyway();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);

        assertTrue(preview.page().startsWith("第 1 页 / 共 "), preview.page());
        assertTrue(ui.dialogs.printed.isEmpty(), "nothing is printed until 打印… in the preview");
        preview.close();
        assertTrue(ui.dialogs.printed.isEmpty());
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }

    @Test
    void noMenuItemButTheCardsPreviewAnswersCtrlP() {
        javafx.scene.control.MenuBar bar = robotLookupMenuBar();
        List<String> withCtrlP = new ArrayList<>();
        KeyCombination ctrlP = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
        collect(bar.getMenus(), item -> {
            if (item.getAccelerator() != null && item.getAccelerator().equals(ctrlP)) {
                withCtrlP.add(item.getId());
            }
        });
        assertEquals(List.of("preview-cards"), withCtrlP);
    }

    private javafx.scene.control.MenuBar robotLookupMenuBar() {
        return (javafx.scene.control.MenuBar) stage.getScene().lookup("#menuBar");
    }

    private static void collect(List<? extends javafx.scene.control.MenuItem> items,
                                java.util.function.Consumer<javafx.scene.control.MenuItem> each) {
        for (javafx.scene.control.MenuItem item : items) {
            each.accept(item);
            if (item instanceof javafx.scene.control.Menu menu) {
                collect(menu.getItems(), each);
            }
        }
    }

    @Test
    void withoutAPrinterSaysSoInChineseAndSavesThePdfInstead(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "示范化工");
        withCards();
        ui.dialogs.printerInstalled = false;
        java.nio.file.Path saved = java.nio.file.Files.createDirectories(tempDir.resolve("安全科")).resolve("责任卡.pdf");

        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        WaitForAsyncUtils.waitForFxEvents();
        new PreflightHandle(robot).continueAnyway();
        PrintPreviewHandle preview = new PrintPreviewHandle(robot);
        ui.dialogs.confirmations.add(true);
        ui.dialogs.files.add(saved);
        preview.print();

        assertTrue(ui.dialogs.printed.isEmpty());
        assertEquals("这台电脑没有安装打印机，无法打印“岗位责任卡”。可以先另存为 PDF，再拿到有打印机的电脑上打印。",
                ui.dialogs.questions.get(ui.dialogs.questions.size() - 1));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(saved.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertTrue(text.contains("员工0") && text.contains("员工1"), text);
        }
        preview.close();
        assertTrue(ui.dialogs.errors.isEmpty(), () -> ui.dialogs.errors.toString());
    }
}
