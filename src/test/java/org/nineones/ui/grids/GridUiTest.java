package org.nineones.ui.grids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.nineones.model.Employee;
import org.nineones.model.IdNumber;
import org.nineones.model.OrgUnit;
import org.nineones.model.OrgUnitKind;
import org.nineones.model.PostCategory;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.service.grids.ListedArea;
import org.nineones.service.people.People;
import org.nineones.store.Workspace;
import org.nineones.ui.TestData;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.handles.PrintPreviewHandle;
import org.nineones.ui.handles.WindowSteps;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The 网格 tab beside the org tree (issue 15, point 1): the enterprise itself as level one, a tank farm under it with
 * its posts (its risk level theirs), the same person twice kept from OK with the form's sentence, a fourth level
 * refused by the service's sentence and nothing written, a risk level set by hand only with its reason, a
 * responsible person who leaves making the area a gap, the grid exported as a sheet read back with POI, one area's
 * board previewed on A3 and saved (PDFBox reads one A3 page), the grid map previewed, and the tab fitting 1024×600.
 */
class GridUiTest extends UiTestBase {

    private FxRobot robot;
    private WindowSteps steps;

    @Test
    void theOfficerDividesThePlantIntoAreasWithTheirResponsiblePersons(FxRobot fxRobot) throws Exception {
        robot = fxRobot;
        steps = new WindowSteps(robot);
        Fonts.load();
        Path file = tempDir.resolve("企业" + Workspace.EXTENSION);
        People people;
        var services = ui.context.services();
        try (Workspace ws = services.workspaces().create(file, "示范化工有限公司", TestData.CREDIT_CODE)) {
            OrgUnit company = services.org().addUnit(ws, null, "示范化工有限公司", OrgUnitKind.COMPANY);
            OrgUnit storage = services.org().addUnit(ws, company.id(), "储运部", OrgUnitKind.DEPARTMENT);
            Post tanks = services.org().savePost(ws, new Post(null, storage.id(), "罐区操作工", PostCategory.OPERATOR,
                    RiskLevel.MAJOR));
            services.org().savePost(ws, new Post(null, storage.id(), "叉车司机", PostCategory.SPECIAL_OPERATION,
                    RiskLevel.GENERAL));
            String[][] staff = {{"周建国", "37160219750312001", "A001"}, {"吴立新", "37160219800312002", "A002"},
                {"郑海燕", "37160219860312003", "A003"}};
            for (String[] p : staff) {
                services.people().save(ws, new Employee(null, p[0], null, IdNumber.of(TestData.id(p[1])), p[2],
                        "1380543" + p[2].substring(1) + "0", storage.id(), tanks.id(), null, EmployeeStatus.ACTIVE, "",
                        null));
            }
            people = services.people().list(ws);
        }
        List<Employee> staff = people.employees().stream().filter(e -> e.status() != EmployeeStatus.LEFT).toList();
        Employee chief = staff.get(0);
        Employee deputy = staff.get(1);
        Employee keeper = staff.get(2);
        Post tankPost = people.posts().stream().filter(p -> p.riskLevel() == RiskLevel.MAJOR
                || p.riskLevel() == RiskLevel.SIGNIFICANT).findFirst().orElse(people.posts().get(0));

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
            ui.main.open(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
        steps.select(robot.lookup("#workspaceTabs").queryAs(TabPane.class), "gridTab");
        TableView<ListedArea> table = robot.lookup("#gridTable").query();
        assertEquals(0, table.getItems().size());
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the empty tab fits 1024×600");
        assertTrue(robot.lookup("#gridPrintBoardButton").query().isDisabled()
                && robot.lookup("#gridPrintMapButton").query().isDisabled(), "nothing to print yet");

        // level one: the enterprise itself
        steps.inDialog("#gridAddButton", () -> {
            assertTrue(robot.lookup("#gridParentBox").query().isDisabled(), "level one has nothing above it");
            steps.type("#gridNameField", "滨州示例化工有限公司");
            choose("#gridSupervisorBox", chief);
            choose("#gridResponsibleBox", deputy);
        }, "#gridOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        // the tank farm under it, with a post: the same person twice is kept from OK with its sentence
        robot.interact(() -> table.getSelectionModel().select(0));
        steps.inDialog("#gridAddButton", () -> {
            steps.type("#gridNameField", "罐区");
            steps.type("#gridLocationField", "厂区东北角");
            choose("#gridSupervisorBox", deputy);
            choose("#gridResponsibleBox", deputy);
            assertTrue(robot.lookup("#gridOkButton").query().isDisabled());
            assertEquals(ui.context.messages().get("gridui.form.samePerson"),
                    robot.lookup("#gridFormError").queryAs(Label.class).getText());
            choose("#gridResponsibleBox", keeper);
            ListView<Post> posts = robot.lookup("#gridPostList").query();
            robot.interact(() -> posts.getSelectionModel().select(tankPost));
        }, "#gridOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        ListedArea tanks = table.getItems().get(1);
        assertEquals(List.of(2, tankPost.riskLevel()), List.of(tanks.level(), tanks.riskLevel()), "its post's level");
        assertEquals("　罐区", table.getColumns().get(0).getCellData(1), "indented under the enterprise");

        // 1号罐组 under the tank farm, then a fourth level: refused by the service, nothing written
        robot.interact(() -> table.getSelectionModel().select(1));
        steps.inDialog("#gridAddButton", () -> {
            steps.type("#gridNameField", "1号罐组");
            choose("#gridSupervisorBox", deputy);
            choose("#gridResponsibleBox", keeper);
        }, "#gridOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> table.getSelectionModel().select(2));
        steps.inDialog("#gridAddButton", () -> {
            steps.type("#gridNameField", "储罐A");
            choose("#gridSupervisorBox", deputy);
            choose("#gridResponsibleBox", keeper);
        }, "#gridOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !ui.dialogs.errors.isEmpty());
        assertTrue(ui.dialogs.lastError().contains("网格最多三级"), ui.dialogs.lastError());
        assertEquals(3, table.getItems().size(), "nothing written");

        // the risk level set by hand: only with its reason
        robot.interact(() -> table.getSelectionModel().select(1));
        steps.inDialog("#gridEditButton", () -> {
            ComboBox<RiskLevel> risk = robot.lookup("#gridRiskBox").query();
            robot.interact(() -> risk.setValue(RiskLevel.MAJOR));
            assertTrue(robot.lookup("#gridOkButton").query().isDisabled(), "a reason is needed");
            steps.type("#gridRiskReasonField", "液氯储罐构成重大危险源");
        }, "#gridOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3
                && table.getItems().get(1).riskLevel() == RiskLevel.MAJOR);
        robot.interact(() -> table.getSelectionModel().select(1));
        String details = robot.lookup("#gridDetails").queryAs(TextArea.class).getText();
        assertTrue(details.contains("液氯储罐构成重大危险源") && details.contains(tankPost.name()), details);

        // the tank farm's specific responsible person leaves: the area becomes a gap
        assertEquals("已落实", table.getColumns().get(6).getCellData(1));
        Workspace open = ui.context.session().workspace();
        ui.context.services().people().save(open, new Employee(keeper.id(), keeper.name(), keeper.gender(),
                keeper.idNumber(), keeper.employeeNumber(), keeper.phone(), keeper.orgUnitId(), keeper.postId(),
                keeper.hireDate(), EmployeeStatus.LEFT, keeper.certificateNumber(), keeper.certificateExpiry()));
        robot.interact(() -> ui.context.session().changed());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 3
                && table.getItems().get(1).isGap());
        assertEquals("缺具体责任人", table.getColumns().get(6).getCellData(1));
        assertTrue(robot.lookup("#gridCount").queryAs(Label.class).getText().contains("缺人 2 个"),
                "罐区 and 1号罐组");

        // the grid as a sheet, read back
        Path sheet = tempDir.resolve("网格划分表.xlsx");
        ui.dialogs.files.add(sheet);
        steps.fire("#gridExportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(sheet));
        try (InputStream in = Files.newInputStream(sheet); Workbook wb = WorkbookFactory.create(in)) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter();
            String all = java.util.stream.StreamSupport.stream(s.spliterator(), false)
                    .map(r -> java.util.stream.StreamSupport.stream(r.spliterator(), false).map(f::formatCellValue)
                            .reduce("", (a, b) -> a + "|" + b)).reduce("", (a, b) -> a + "\n" + b);
            assertTrue(all.contains("滨州示例化工有限公司/罐区/1号罐组") && all.contains("液氯储罐构成重大危险源")
                    && all.contains(keeper.name()), all);
        }

        // the tank farm's board alone, on A3, from the preview; then the grid map
        robot.interact(() -> table.getSelectionModel().clearSelection());
        assertTrue(robot.lookup("#gridPrintBoardButton").query().isDisabled(), "no area selected");
        robot.interact(() -> table.getSelectionModel().select(1));
        steps.inDialog("#gridPrintBoardButton", () -> {
            assertTrue(robot.lookup("#gridPaperA4").queryAs(RadioButton.class).isSelected(), "A4 at first");
            robot.interact(() -> robot.lookup("#gridPaperA3").queryAs(RadioButton.class).setSelected(true));
        }, "#gridPaperOkButton");
        Path board = tempDir.resolve("罐区公示牌.pdf");
        ui.dialogs.files.add(board);
        preview().saveAs().close();
        assertEquals("示范化工有限公司-罐区-网格责任公示牌.pdf", ui.dialogs.saveNames.get(ui.dialogs.saveNames.size() - 1),
                "the name proposed names the area");
        try (PDDocument doc = Loader.loadPDF(board.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertEquals(List.of(1, 842, 1191), List.of(doc.getNumberOfPages(), Math.round(page.getWidth()),
                    Math.round(page.getHeight())), "one A3 page");
            assertTrue(text.contains("罐区") && text.contains(deputy.name())
                    && !text.contains("1号罐组"), text);
        }
        robot.clickOn(robot.lookup("#gridPrintMapButton").queryAs(javafx.scene.control.Button.class));
        PrintPreviewHandle map = preview();
        assertTrue(map.page().startsWith("第 1 页"), map.page());
        map.close();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the tab fits 1024×600");

        // the readiness view lists both gaps; one click opens the grid at the area
        long tankId = table.getItems().get(1).area().id();
        TabPane tabs = robot.lookup("#workspaceTabs").query();
        steps.select(tabs, "readinessTab");
        TabPane inner = robot.lookup("#readinessTabs").query();
        javafx.scene.control.Tab gapsTab = inner.getTabs().stream().filter(t -> "readinessGridTab".equals(t.getId()))
                .findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "网格缺人（2）".equals(gapsTab.getText()));
        steps.select(inner, "readinessGridTab");
        robot.clickOn(robot.lookup("#gridGapLink" + tankId).queryAs(javafx.scene.control.Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("gridTab", tabs.getSelectionModel().getSelectedItem().getId());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().area().id() == tankId);
        assertEquals(1, ui.dialogs.errors.size(), () -> ui.dialogs.errors.toString());
    }

    /** The print preview once its PDF is made in the background. */
    private PrintPreviewHandle preview() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pageLabel").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return new PrintPreviewHandle(robot);
    }

    private void choose(String id, Employee e) {
        ComboBox<Employee> box = robot.lookup(id).query();
        robot.interact(() -> box.setValue(box.getItems().stream().filter(x -> x != null && x.id().equals(e.id()))
                .findFirst().orElseThrow()));
    }
}
