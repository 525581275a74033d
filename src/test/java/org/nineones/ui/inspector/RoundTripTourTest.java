package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.Test;
import org.nineones.model.county.CountyRow;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.pack.PackageVerifier;
import org.nineones.service.inspection.ClosingFile;
import org.nineones.service.inspection.InspectorReview;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.service.problems.ProblemService;
import org.nineones.store.DeskStore;
import org.nineones.store.Workspace;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.handles.WindowSteps;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The findings round trip in the window (issue 14, done when): the inspector opens the sample enterprise's package,
 * makes a deduction a finding, signs and exports the findings file; the enterprise imports it into its 问题清单, adds
 * a measure with its owner and deadline, marks it done with a photo and writes the closing package; the inspector
 * imports it, sees the finding rectified and accepts it; the county desk loads the inspection file and counts the
 * enterprise accepted with no finding open.
 */
class RoundTripTourTest extends UiTestBase {

    private FxRobot robot;
    private WindowSteps steps;

    @Test
    void aFindingGoesFromTheInspectorToTheEnterpriseAndBackClosedIntoTheCountySummary(FxRobot fxRobot)
            throws Exception {
        robot = fxRobot;
        steps = new WindowSteps(robot);
        SamplePackage sample = SamplePackage.get();
        Path workspace = Files.copy(sample.workspace(), tempDir.resolve("企业" + Workspace.EXTENSION));

        // the inspector: a new inspection file, the package, a deduction made a finding, signed, findings exported
        robot.interact(() -> robot.lookup("#inspectorSideButton").queryAs(ToggleButton.class).fire());
        Path inspectionFile = tempDir.resolve("县应急管理局.nineinspect");
        ui.dialogs.files.add(inspectionFile);
        steps.fire("#newInspectionFileButton");
        ui.dialogs.files.add(sample.zip());
        ui.dialogs.texts.add(sample.fingerprint().toUpperCase(Locale.ROOT));
        steps.fire("#openPackageButton");
        ListView<Inspection> inspections = robot.lookup("#inspectionTable").query();
        assertEquals(1, inspections.getItems().size(), () -> ui.dialogs.errors.toString());
        TabPane tabs = robot.lookup("#inspectionTabs").query();
        steps.select(tabs, "inspReviewTab");
        TableView<InspectorReview.Line> lines = robot.lookup("#reviewTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lines.getItems().isEmpty());
        InspectorReview.Line deducted = lines.getItems().stream().filter(l -> l.score().veto() == null
                && l.score().deducted().signum() > 0 && !l.line().veto().type().withoutPoints()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample loses points somewhere"));
        robot.interact(() -> lines.getSelectionModel().select(deducted));
        steps.inDialog("#reviewFindingButton", () -> steps.type("#findingResponsibleField", "赵厂长"), "#findingOk");
        steps.select(tabs, "inspSignTab");
        steps.type("#signInspectorsField", "张检查\n李检查");
        steps.type("#signResponsibleField", "赵厂长");
        ui.dialogs.confirmations.add(true);
        steps.fire("#signButton");
        steps.select(tabs, "inspFindingsTab");
        TableView<InspectionFinding> findingTable = robot.lookup("#findingTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> findingTable.getItems().size() == 1);
        InspectionFinding finding = findingTable.getItems().get(0);
        assertEquals(deducted.id(), finding.lineId());
        Path findings = tempDir.resolve("检查发现问题清单.zip");
        ui.dialogs.files.add(findings);
        steps.fire("#findingExportButton");
        assertTrue(new PackageVerifier().verify(findings).intact(), () -> ui.dialogs.errors.toString());

        // the enterprise: the findings file into its 问题清单, a measure, done with a photo, the closing package
        robot.interact(() -> ui.main.open(workspace));
        WaitForAsyncUtils.waitForFxEvents();
        steps.select(robot.lookup("#workspaceTabs").query(), "problemsTab");
        ui.dialogs.files.add(findings);
        steps.fire("#problemsImportButton");
        TableView<ListedProblem> problems = robot.lookup("#problemsTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> problems.getItems().size() == 1);
        assertEquals(finding.uid(), problems.getItems().get(0).problem().findingUid());
        robot.interact(() -> problems.getSelectionModel().select(0));
        steps.inDialog("#problemsAddMeasureButton", () -> {
            steps.type("#measureTextField", "在作业场所入口张贴岗位风险告知卡");
            ComboBox<ProblemService.Owner> owner = robot.lookup("#measureOwnerBox").query();
            DatePicker deadline = robot.lookup("#measureDeadlinePicker").query();
            robot.interact(() -> {
                owner.setValue(owner.getItems().get(0));
                deadline.setValue(LocalDate.now().plusDays(10));
            });
        }, "#measureOkButton");
        TableView<Measure> measures = robot.lookup("#problemsMeasuresTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> measures.getItems().size() == 1);
        robot.interact(() -> measures.getSelectionModel().select(0));
        Path photo = photo(tempDir.resolve("张贴后照片.png"));
        steps.inDialog("#problemsStatusButton", () -> {
            robot.interact(() -> robot.lookup("#statusBox").<ComboBox<MeasureStatus>>query()
                    .setValue(MeasureStatus.DONE));
            ui.dialogs.fileLists.add(List.of(photo));
            robot.interact(() -> robot.lookup("#statusAddFilesButton").queryAs(Button.class).fire());
            steps.type("#statusNoteField", "已张贴，附照片");
        }, "#statusOkButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> measures.getItems().size() == 1
                && measures.getItems().get(0).status() == MeasureStatus.DONE);
        robot.interact(() -> measures.getSelectionModel().select(0));
        steps.fire("#problemsOpenEvidenceButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !ui.dialogs.openedFolders.isEmpty());
        assertEquals("张贴后照片.png", ui.dialogs.openedFolders.get(0).getFileName().toString(), "a copy of the photo");
        ComboBox<?> fileBox = robot.lookup("#problemsFileBox").query();
        robot.interact(() -> fileBox.getSelectionModel().select(1));
        Path closing = tempDir.resolve("整改回复包.zip");
        ui.dialogs.files.add(closing);
        steps.fire("#problemsClosingButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(closing));
        assertTrue(ui.dialogs.lastInfo().contains("已写出整改回复包"), ui.dialogs.infos.toString());
        assertTrue(new PackageVerifier().verify(closing).intact());
        ClosingFile.Content answered = new ClosingFile(ui.context.messages()).read(closing);
        assertEquals(List.of(finding.uid()), answered.answers().stream().map(ClosingFile.Answer::findingUid).toList());
        assertTrue(answered.answers().get(0).done());

        // the inspector again: the closing package imported, the finding rectified, then accepted
        robot.interact(() -> ui.main.openInspectionFile(inspectionFile));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#inspectionTabs").tryQuery().isPresent());
        TabPane again = robot.lookup("#inspectionTabs").query();
        steps.select(again, "inspFindingsTab");
        TableView<InspectionFinding> closings = robot.lookup("#findingTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "整改中".equals(state(closings)));
        ui.dialogs.files.add(closing);
        steps.fire("#closingImportButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "整改完成".equals(state(closings)));
        robot.interact(() -> closings.getSelectionModel().select(0));
        steps.fire("#closingAcceptButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "已验收".equals(state(closings)));

        // the county desk: the inspection file loaded, the enterprise accepted, its finding no longer open
        steps.fire("#countyDeskButton");
        ui.dialogs.files.add(tempDir.resolve("县级汇总" + DeskStore.EXTENSION));
        steps.fire("#deskOpenButton");
        ui.dialogs.fileLists.add(List.of(inspectionFile));
        steps.fire("#deskLoadButton");
        TableView<CountyRow> counties = robot.lookup("#deskCountyTable").query();
        Inspection inspected = inspections.getItems().get(0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> counties.getItems().stream()
                .anyMatch(r -> r.county().equals(inspected.county())));
        CountyRow county = counties.getItems().stream().filter(r -> r.county().equals(inspected.county()))
                .findFirst().orElseThrow();
        assertEquals(List.of(1, 1, 0, 0), List.of(county.enterprises(), county.accepted(), county.findingsOpen(),
                county.findingsOverdue()), county.toString());
        assertNotNull(ui.main.inspector().countyDesk());
        assertEquals(List.of(), ui.dialogs.errors, "no refusal on the way");
    }

    private static String state(TableView<InspectionFinding> table) {
        if (table.getItems().isEmpty()) {
            return "";
        }
        TableColumn<InspectionFinding, ?> column = table.getColumns().get(table.getColumns().size() - 1);
        Object value = column.getCellObservableValue(0).getValue();
        return value == null ? "" : value.toString();
    }

    private static Path photo(Path file) throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xCC0000);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
