package org.nineones.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nineones.model.Messages;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real message boxes: whole, copyable, at their size, centred, with buttons in the app's language. */
@ExtendWith(ApplicationExtension.class)
class DialogsUiTest {

    private final Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
    private Stage owner;
    private FxDialogService dialogs;
    private Locale systemLocale;

    @BeforeEach
    void showOwner() throws Exception {
        systemLocale = Locale.getDefault();
        // the system speaks English; the app speaks Chinese
        Locale.setDefault(Locale.US);
        Fonts.load();
        owner = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Scene scene = new Scene(new StackPane(), 1024, 600);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.setX(40);
            stage.setY(30);
            stage.show();
        });
        dialogs = new FxDialogService(messages, () -> owner, (target, cannot) -> cannot.run());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        Locale.setDefault(systemLocale);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFolderTheSystemCannotOpenIsNamedInsteadOfNothingHappening(FxRobot robot) throws Exception {
        Path folder = Path.of("/tmp/张三/验收资料包");
        Platform.runLater(() -> dialogs.openFolder(folder));
        Stage dialog = dialogWindow();

        TextArea text = (TextArea) dialog.getScene().lookup("#dialogMessage");
        assertTrue(text.getText().startsWith("系统没有可以打开这个文件夹的程序") && text.getText().contains(
                folder.toAbsolutePath().toString()), text.getText());
        close(robot, dialog);
    }

    @Test
    void aLongMessageShowsWholeScrollableAndCopyableWithChineseButton(FxRobot robot) throws Exception {
        String message = IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "第 " + i + " 行：导入 1,485 人；未使用的列：手机、操作证编号、备注（共 3 列），请在预览中确认。")
                .collect(Collectors.joining("\n"));
        Platform.runLater(() -> dialogs.showInfo("导入结果", message));
        Stage dialog = dialogWindow();

        TextArea text = (TextArea) dialog.getScene().lookup("#dialogMessage");
        assertEquals(message, text.getText(), "the whole message, not its first line");
        assertFalse(text.isEditable());
        robot.interact(text::selectAll);
        assertEquals(message, text.getSelectedText(), "the message can be selected to copy it");
        assertTrue(text.getHeight() <= MessageText.MAX_HEIGHT + 1 && text.getHeight() > 100,
                "a long message scrolls inside a bounded area: " + text.getHeight());
        assertTrue(dialog.getHeight() <= 600, "the dialog fits a 1024×600 screen: " + dialog.getHeight());
        assertEquals(List.of("确定"), buttonTexts(dialog));
        assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()));
        close(robot, dialog);
    }

    @Test
    void theAboutBoxOpensAtItsSizeCentredOnTheWindowEvenWhenTheWindowManagerShrinksIt(FxRobot robot)
            throws Exception {
        // a window manager that forgets the size JavaFX asked for before the window was mapped
        ListChangeListener<Window> shrink = change -> {
            while (change.next()) {
                for (Window w : change.getAddedSubList()) {
                    if (w != owner) {
                        Platform.runLater(() -> {
                            w.setWidth(200);
                            w.setHeight(200);
                        });
                    }
                }
            }
        };
        robot.interact(() -> Window.getWindows().addListener(shrink));
        try {
            String about = messages.get("ui.about.text", messages.get("app.name"), "0.1.0",
                    "C:\\Users\\张三\\.nineones");
            Platform.runLater(() -> dialogs.showInfo(messages.get("ui.menu.about"), about));
            Stage dialog = dialogWindow();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();

            DialogPane pane = (DialogPane) dialog.getScene().getRoot();
            assertTrue(dialog.getScene().getWidth() >= pane.prefWidth(-1) - 1
                            && dialog.getScene().getHeight() >= pane.prefHeight(dialog.getScene().getWidth()) - 1,
                    "the dialog has its preferred size " + pane.prefWidth(-1) + "×" + pane.prefHeight(-1) + ", not "
                            + dialog.getScene().getWidth() + "×" + dialog.getScene().getHeight());
            assertEquals(List.of(), LayoutCheck.problems(dialog.getScene()), "nothing cut short");
            assertEquals(owner.getX() + owner.getWidth() / 2, dialog.getX() + dialog.getWidth() / 2, 1,
                    "centred across the window");
            assertEquals(owner.getY() + owner.getHeight() / 2, dialog.getY() + dialog.getHeight() / 2, 1,
                    "centred down the window");
            assertEquals(about, ((TextArea) dialog.getScene().lookup("#dialogMessage")).getText());
            close(robot, dialog);
        } finally {
            robot.interact(() -> Window.getWindows().removeListener(shrink));
        }
    }

    @Test
    void questionsAndTextInputAnswerInTheAppsLanguage(FxRobot robot) throws Exception {
        Platform.runLater(() -> dialogs.askText("重命名", "新名称", "合成车间"));
        Stage ask = dialogWindow();
        assertEquals(List.of("确定", "取消"), buttonTexts(ask));
        close(robot, ask);

        String[] answer = new String[1];
        Platform.runLater(() -> answer[0] = dialogs.askText("重命名", "新名称", "合成车间").orElse("(none)"));
        Stage again = dialogWindow();
        Button ok = buttons(again).stream().filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow();
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("合成车间", answer[0], "确定 answers with the text typed");

        // a line that must not be blank: 确定 disabled until something is typed
        Platform.runLater(() -> answer[0] = dialogs.askText("重命名", "新名称", "").orElse("(none)"));
        Stage blank = dialogWindow();
        Button blankOk = buttons(blank).stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        assertTrue(blankOk.isDisabled(), "确定 waits for a name");
        robot.interact(() -> editor(blank).setText("罐区"));
        assertFalse(blankOk.isDisabled());
        robot.interact(blankOk::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("罐区", answer[0]);

        // a line that may be left empty (the cover letter's fingerprint): 确定 answers "", 取消 answers nothing
        Platform.runLater(() -> answer[0] = dialogs.askOptionalText("打开验收资料包", "校验码", "").orElse("(none)"));
        Stage optional = dialogWindow();
        Button optionalOk = buttons(optional).stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        assertFalse(optionalOk.isDisabled());
        robot.interact(optionalOk::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", answer[0], "确定 on an empty line is an answer");
        Platform.runLater(() -> answer[0] = dialogs.askOptionalText("打开验收资料包", "校验码", "").orElse("(none)"));
        Stage cancelled = dialogWindow();
        Button cancel = buttons(cancelled).stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        robot.interact(cancel::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("(none)", answer[0]);
    }

    /** The text field of a text input dialog shown in a window. */
    private static javafx.scene.control.TextField editor(Stage dialog) {
        return (javafx.scene.control.TextField) dialog.getScene().getRoot().lookup(".text-field");
    }

    @Test
    void datePickersShowAndReadDaysTheAppsWayWhateverTheSystemsLocale(FxRobot robot) {
        DatePicker[] picker = new DatePicker[1];
        robot.interact(() -> {
            picker[0] = Dates.picker("testDate");
            picker[0].setValue(LocalDate.of(2026, 12, 6));
            ((StackPane) owner.getScene().getRoot()).getChildren().add(picker[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("2026-12-06", picker[0].getEditor().getText(), "not the system's 12/6/26");
        for (String typed : List.of("2026年12月6日", "2026/12/6", "2026.12.06", "20261206", "2026-12-6")) {
            assertEquals(Optional.of(LocalDate.of(2026, 12, 6)), Optional.ofNullable(Dates.parse(typed)), typed);
        }
        assertEquals(null, Dates.parse("2026年13月6日"));
        assertEquals(null, Dates.parse("2019-3"));
    }

    private Stage dialogWindow() throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w != owner && w.isShowing()));
        WaitForAsyncUtils.waitForFxEvents();
        return (Stage) Window.getWindows().stream().filter(w -> w != owner && w.isShowing()).findFirst()
                .orElseThrow();
    }

    private static List<Button> buttons(Stage dialog) {
        DialogPane pane = (DialogPane) dialog.getScene().getRoot();
        return pane.getButtonTypes().stream().map(t -> (Button) pane.lookupButton(t)).toList();
    }

    private static List<String> buttonTexts(Stage dialog) {
        return buttons(dialog).stream().map(Button::getText).toList();
    }

    private static void close(FxRobot robot, Stage dialog) {
        List<Button> buttons = buttons(dialog);
        Button close = buttons.stream()
                .filter(b -> ButtonBar.getButtonData(b) == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst()
                .orElse(buttons.get(0));
        robot.interact(close::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
