package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Test;
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
