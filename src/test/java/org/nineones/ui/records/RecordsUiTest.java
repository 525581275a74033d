package org.nineones.ui.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordKind;
import org.nineones.service.records.RecordsFixture;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.LayoutCheck;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 专档记录 tab: add a record with a file through the dialog, find it in the list, filter, open its file. */
class RecordsUiTest extends UiTestBase {

    private FxRobot robot;

    private <T extends Node> T node(String id) {
        return robot.lookup("#" + id).query();
    }

    private void click(String id) {
        robot.clickOn((Button) node(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void type(String id, String text) {
        TextField field = node(id);
        robot.interact(() -> {
            field.requestFocus();
            field.setText(text);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> void choose(String id, Predicate<T> which) {
        ComboBox<T> box = node(id);
        T item = box.getItems().stream().filter(i -> i != null && which.test(i)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addsARecordWithAFileThroughTheDialogFindsItAndFiltersTheList(FxRobot robot) throws Exception {
        this.robot = robot;
        RecordsFixture f = new RecordsFixture(tempDir.resolve("数据"));
        Path file = f.workspace.file();
        Path photo = f.png("会场照片.png", 400);
        f.workspace.close();
        robot.interact(() -> ui.main.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = node("workspaceTabs");
        Tab tab = tabs.getTabs().stream().filter(t -> "recordsTab".equals(t.getId())).findFirst().orElseThrow();
        assertEquals("专档记录", tab.getText());
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DutyRecord> table = node("recordsTable");
        assertEquals(0, table.getItems().size());

        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the tab fits 1024×600");
        click("recordsAddButton");
        Window dialog = Window.getWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot() instanceof DialogPane).findFirst().orElseThrow();
        robot.interact(() -> {
            dialog.setWidth(Math.min(1024, dialog.getWidth()));
            dialog.setHeight(Math.min(600, dialog.getHeight()));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "the dialog fits 1024×600");
        assertTrue(node("recordOkButton").isDisabled(), "kind and title are needed");
        choose("recordKindBox", (RecordKind k) -> k == RecordKind.MEETING_MINUTES);
        type("recordTitleField", "11月安全生产例会纪要");
        type("recordPersonSearch", "张三");
        click("recordAddPersonButton");
        ui.dialogs.files.add(f.files.resolve("不存在.png"));
        click("recordAddFilesButton");
        assertTrue(((Label) node("recordFileError")).getText().contains("附件“不存在.png”不存在"));
        ui.dialogs.files.add(photo);
        click("recordAddFilesButton");
        assertEquals(1, ((ListView<?>) node("recordFileList")).getItems().size());
        assertEquals("", ((Label) node("recordFileError")).getText());
        click("recordOkButton");

        assertEquals(1, table.getItems().size());
        DutyRecord saved = table.getItems().get(0);
        assertEquals("11月安全生产例会纪要", saved.title());
        assertEquals(NineItem.RECORDS, saved.item());
        assertEquals("张三", saved.people().get(0).name());
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((TextArea) node("recordsDetails")).getText().contains("人员：张三（A001）"));
        click("recordsOpenButton");
        Path opened = ui.dialogs.openedFolders.get(ui.dialogs.openedFolders.size() - 1);
        assertEquals("会场照片.png", opened.getFileName().toString());
        assertArrayEquals(Files.readAllBytes(photo), Files.readAllBytes(opened));

        click("recordsCorrectButton");
        assertTrue(node("recordOkButton").isDisabled(), "a correction needs its reason");
        assertEquals("11月安全生产例会纪要", ((TextField) node("recordTitleField")).getText());
        assertEquals(1, ((ListView<?>) node("recordFileList")).getItems().size(), "the file is kept");
        type("recordTitleField", "11月安全生产例会纪要（含签到表）");
        type("recordReasonField", "标题漏了签到表");
        click("recordOkButton");
        assertEquals(2, table.getItems().size(), "the corrected record stays in the list");
        DutyRecord correction = table.getItems().stream().filter(r -> r.correctsId() != null).findFirst()
                .orElseThrow();
        assertEquals(saved.id(), correction.correctsId());
        assertEquals(saved.attachments(), correction.attachments());
        DutyRecord old = table.getItems().stream().filter(r -> r.id() == saved.id()).findFirst().orElseThrow();
        assertEquals(DutyRecord.Status.CORRECTED, old.status());

        choose("recordsKindBox", (RecordKind k) -> k == RecordKind.TRAINING_PHOTOS);
        assertEquals(0, table.getItems().size());
        ComboBox<RecordKind> kinds = node("recordsKindBox");
        robot.interact(() -> kinds.setValue(null));
        WaitForAsyncUtils.waitForFxEvents();
        type("recordsSearchField", "签到表");
        assertEquals(1, table.getItems().size());
        assertEquals("共 1 条", ((Label) node("recordsCount")).getText());
        assertTrue(ui.dialogs.errors.isEmpty(), ui.dialogs.errors.toString());
    }
}
