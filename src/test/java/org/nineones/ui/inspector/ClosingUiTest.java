package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;

import org.junit.jupiter.api.Test;
import org.nineones.model.inspection.ClosingAnswer;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.service.inspection.ClosingFixture;
import org.nineones.ui.UiTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's 问题 tab on a signed inspection of the round trip ({@link ClosingFixture}): 导入整改回复… shows each
 * finding's rectification state, 验收整改 accepts the rectified one, 退回整改… sends it back with the reason.
 */
class ClosingUiTest extends UiTestBase {

    @Test
    void theInspectorImportsAClosingPackageAndAcceptsThenSendsBackAFinding(FxRobot robot) throws Exception {
        ClosingFixture f = ClosingFixture.get();
        Path file = f.inspectionCopy(Files.createDirectories(tempDir.resolve("检查")));
        robot.interact(() -> ui.main.start(List.of(file.toString())));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#inspectionTabs").tryQuery().isPresent());
        TabPane tabs = robot.lookup("#inspectionTabs").query();
        Tab findingsTab = tabs.getTabs().stream().filter(t -> "inspFindingsTab".equals(t.getId())).findFirst()
                .orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(findingsTab));
        TableView<InspectionFinding> table = robot.lookup("#findingTable").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && !robot.lookup("#closingImportButton").queryAs(ButtonBase.class).isDisabled());
        assertEquals("整改中", state(table, 0), "signed, nothing answered yet");

        ui.dialogs.files.add(f.closing);
        robot.interact(() -> robot.lookup("#closingImportButton").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "整改完成".equals(state(table, 0)));
        assertTrue(ui.dialogs.infos.get(ui.dialogs.infos.size() - 1).contains("已导入整改回复包"), ui.dialogs.infos.toString());
        assertEquals("整改中", state(table, 1));

        // the rectified finding in full: the enterprise's measures, then its evidence opened as a read-only copy
        robot.interact(() -> table.getSelectionModel().select(0));
        String details = robot.lookup("#closingDetails").queryAs(TextArea.class).getText();
        assertTrue(details.contains("补贴风险告知卡") && details.contains("已完成") && details.contains("整改后照片.png"),
                details);
        ListView<ClosingAnswer.Evidence> evidence = robot.lookup("#closingEvidenceList").query();
        ClosingAnswer.Evidence photo = evidence.getItems().stream()
                .filter(e -> e.fileName().equals("整改后照片.png")).findFirst().orElseThrow(() ->
                        new AssertionError(evidence.getItems().toString()));
        robot.interact(() -> evidence.getSelectionModel().select(photo));
        robot.interact(() -> robot.lookup("#closingOpenEvidenceButton").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !ui.dialogs.openedFolders.isEmpty());
        Path copy = ui.dialogs.openedFolders.get(ui.dialogs.openedFolders.size() - 1);
        assertEquals("整改后照片.png", copy.getFileName().toString());
        assertTrue(java.util.Arrays.equals(f.photo, Files.readAllBytes(copy)), "the photo as the enterprise sent it");
        assertFalse(Files.getPosixFilePermissions(copy).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE),
                "a read-only copy");
        robot.interact(() -> table.getSelectionModel().select(1));
        assertTrue(robot.lookup("#closingDetails").queryAs(TextArea.class).getText().contains("补充演练评估"));

        robot.interact(() -> table.getSelectionModel().select(1));
        assertTrue(robot.lookup("#closingAcceptButton").queryAs(ButtonBase.class).isDisabled(), "not rectified");
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#closingAcceptButton").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "已验收".equals(state(table, 0)));

        ui.dialogs.texts.add("照片看不出张贴位置");
        robot.interact(() -> robot.lookup("#closingReopenButton").queryAs(ButtonBase.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> state(table, 0).contains("已退回"));
        assertEquals(List.of(), ui.dialogs.errors, "no refusal on the way");
    }

    private static String state(TableView<InspectionFinding> table, int row) {
        TableColumn<InspectionFinding, ?> column = table.getColumns().get(table.getColumns().size() - 1);
        Object value = column.getCellObservableValue(row).getValue();
        return value == null ? "" : value.toString();
    }
}
