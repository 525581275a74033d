package org.nineones.ui.inspector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.Test;
import org.nineones.app.Settings;
import org.nineones.model.Sha256;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.service.Progress;
import org.nineones.service.inspection.SamplePackage;
import org.nineones.store.InspectionFile;
import org.nineones.ui.UiTestBase;
import org.nineones.ui.common.Fonts;
import org.nineones.ui.common.LayoutCheck;
import org.nineones.ui.people.EmployeeRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inspector's side: the side chosen on the welcome page and remembered, an inspection file made, the sample
 * package opened (a wrong typed fingerprint and an altered package refused with their sentences, the same package
 * again showing its inspection), the enterprise's records shown read-only with search as you type, every screen fitting
 * 1024×600, and an inspection file named on the command line opened in the inspector's window.
 */
class InspectorUiTest extends UiTestBase {

    /** The only buttons an inspection's screen has: they read, never write. */
    private static final Set<String> READING_BUTTONS = Set.of("inspPreviewSelfButton", "inspOpenSelfButton",
            "inspOpenFileButton");
    /** The tabs that show the enterprise as its records show it. */
    private static final Set<String> ENTERPRISE_TABS = Set.of("inspOverviewTab", "inspOrgTab", "inspPeopleTab",
            "inspLedgersTab", "inspRecordsTab");

    @Test
    void theInspectorOpensThePackageAndSeesTheEnterpriseReadOnly(FxRobot robot) throws Exception {
        SamplePackage sample = SamplePackage.get();
        // the welcome page offers the inspector's side; choosing it is remembered
        assertEquals(Settings.Side.ENTERPRISE, ui.context.settings().side());
        ToggleButton side = robot.lookup("#inspectorSideButton").query();
        robot.interact(side::fire);
        assertEquals(Settings.Side.INSPECTOR, ui.context.settings().side());
        assertTrue(Files.readString(ui.context.settings().settingsFile()).contains("startup.side=inspector"));
        assertTrue(robot.lookup("#newInspectionFileButton").query().isVisible());
        assertFalse(robot.lookup("#enterpriseBox").query().isVisible());
        Fonts.load();
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), LayoutCheck.problems(stage.getScene()), "the welcome page's inspector side");

        // an enterprise workspace chosen as an inspection file: its sentence, nothing opened
        ui.dialogs.files.add(sample.workspace());
        robot.interact(() -> ((Button) robot.lookup("#openInspectionFileButton").query()).fire());
        assertTrue(ui.dialogs.lastError().contains("是企业的数据文件"), ui.dialogs.lastError());
        assertTrue(robot.lookup("#inspectorView").tryQuery().isEmpty());

        Path file = tempDir.resolve("县应急管理局").resolve("二〇二六年验收");
        Files.createDirectories(file.getParent());
        ui.dialogs.files.add(file);
        robot.interact(() -> ((Button) robot.lookup("#newInspectionFileButton").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(robot.lookup("#inspectorView").query());
        assertTrue(Files.isRegularFile(file.resolveSibling("二〇二六年验收" + InspectionFile.EXTENSION)));
        // the chooser opened in the app's folder for the user's files, made for it (not the folder the app ran from)
        Path saveFolder = ui.dialogs.saveFolders.get(ui.dialogs.saveFolders.size() - 1);
        assertEquals(ui.context.settings().workspaces(), saveFolder);
        assertTrue(Files.isDirectory(saveFolder));

        // a fingerprint typed from the cover letter that is not the package's: refused, nothing recorded
        openPackage(robot, sample.zip(), "0".repeat(64));
        assertTrue(ui.dialogs.lastError().contains(sample.zip().getFileName().toString()), ui.dialogs.lastError());
        ListView<Inspection> inspections = robot.lookup("#inspectionTable").query();
        assertEquals(0, inspections.getItems().size());

        // an altered package: refused, its sentence naming the file
        Path altered = tempDir.resolve("改过的资料包.zip");
        Files.copy(sample.zip(), altered);
        try (FileSystem z = FileSystems.newFileSystem(URI.create("jar:" + altered.toUri()), Map.of())) {
            try (OutputStream out = Files.newOutputStream(z.getPath("checklist.json"))) {
                out.write("{}".getBytes(StandardCharsets.UTF_8));
            }
        }
        int errors = ui.dialogs.errors.size();
        openPackage(robot, altered, "");
        assertEquals(errors + 1, ui.dialogs.errors.size());
        assertTrue(ui.dialogs.lastError().contains("checklist.json"), ui.dialogs.lastError());
        assertEquals(0, inspections.getItems().size());

        // the right fingerprint, typed with the spaces a cover letter has: opened and shown
        openPackage(robot, sample.zip(), spaced(sample.fingerprint()));
        assertEquals(1, inspections.getItems().size());
        Inspection inspection = inspections.getItems().get(0);
        assertEquals(sample.fingerprint(), inspection.packageFingerprint());
        assertEquals(sample.manifest().enterprise().name(), inspection.enterpriseName());
        TabPane tabs = robot.lookup("#inspectionTabs").query();

        // the same package again: its inspection, not a second one
        int infos = ui.dialogs.infos.size();
        openPackage(robot, sample.zip(), "");
        assertEquals(1, inspections.getItems().size());
        assertEquals(infos + 1, ui.dialogs.infos.size());
        tabs = robot.lookup("#inspectionTabs").query();

        InspectionScreen screen = ui.main.inspector().screen();
        assertNotNull(screen);
        showEveryTabAndCheckItFits(robot, tabs);

        // people: as the records hold them, ID numbers masked, searched as you type
        select(robot, tabs, "inspPeopleTab");
        TableView<EmployeeRow> people = robot.lookup("#inspPeopleTable").query();
        int everyone = people.getItems().size();
        assertTrue(everyone > 100, "the sample has about 200 people: " + everyone);
        assertTrue(people.getItems().stream().allMatch(r -> r.maskedId().contains("*")));
        EmployeeRow someone = people.getItems().get(everyone / 2);
        robot.interact(() -> robot.lookup("#inspPeopleSearch").queryAs(TextInputControl.class)
                .setText(someone.name()));
        assertTrue(people.getItems().contains(someone));
        assertTrue(people.getItems().size() < everyone);
        String lastFour = someone.maskedId().substring(someone.maskedId().length() - 4);
        robot.interact(() -> robot.lookup("#inspPeopleSearch").queryAs(TextInputControl.class).setText(lastFour));
        assertTrue(people.getItems().contains(someone));

        // posts: searched as you type; a post's duty list and cards as text
        select(robot, tabs, "inspOrgTab");
        TableView<PostsPart.PostRow> posts = robot.lookup("#inspPostTable").query();
        int allPosts = posts.getItems().size();
        assertTrue(allPosts > 5, "posts: " + allPosts);
        PostsPart.PostRow post = posts.getItems().stream().filter(r -> r.post().name().equals(someone.post()))
                .findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#inspPostSearch").queryAs(TextInputControl.class)
                .setText(post.post().name()));
        assertTrue(posts.getItems().contains(post));
        assertTrue(posts.getItems().size() < allPosts);
        robot.interact(() -> posts.getSelectionModel().select(post));
        String content = robot.lookup("#inspPostContent").queryAs(TextArea.class).getText();
        assertTrue(content.contains("【岗位安全生产责任清单】") && content.contains("1. "), content);
        assertTrue(content.contains("【应急处置卡】"), content);

        // people's records: each ledger as the enterprise exports it
        select(robot, tabs, "inspLedgersTab");
        ComboBox<?> ledgers = robot.lookup("#inspLedgerChoice").query();
        TableView<?> ledger = robot.lookup("#inspLedgerTable").query();
        assertTrue(ledgers.getItems().size() >= 5);
        // the first (letters, shown first) and the last: every ledger goes through the same export and read-back
        for (int i : new int[] {0, ledgers.getItems().size() - 1}) {
            int index = i;
            robot.interact(() -> ledgers.getSelectionModel().select(index));
            assertFalse(ledger.getColumns().isEmpty(), "ledger " + ledgers.getItems().get(i));
            assertFalse(ledger.getItems().isEmpty(), "ledger " + ledgers.getItems().get(i));
        }
        // duty records and their files, opened from the inspection file as read-only copies
        select(robot, tabs, "inspRecordsTab");
        TableView<DutyRecord> records = robot.lookup("#inspRecordTable").query();
        DutyRecord withFile = records.getItems().stream().filter(r -> !r.attachments().isEmpty()).findFirst()
                .orElseThrow(() -> new AssertionError("the sample has records with files"));
        robot.interact(() -> records.getSelectionModel().select(withFile));
        ListView<RecordAttachment> files = robot.lookup("#inspRecordFiles").query();
        RecordAttachment attachment = files.getItems().get(0);
        robot.interact(() -> {
            files.getSelectionModel().select(0);
            ((Button) robot.lookup("#inspOpenFileButton").query()).fire();
        });
        Path opened = ui.dialogs.openedFolders.get(ui.dialogs.openedFolders.size() - 1);
        assertEquals(attachment.sha256(), Sha256.hex(Files.readAllBytes(opened)));
        assertFalse(Files.getPosixFilePermissions(opened).contains(PosixFilePermission.OWNER_WRITE));

        // read-only: no control that edits, no button but those that read (the inspector's own tabs aside)
        assertEquals(List.of(), tabs.getTabs().stream().filter(t -> ENTERPRISE_TABS.contains(t.getId()))
                .flatMap(t -> editingControls(t.getContent()).stream()).toList());
    }

    @Test
    void anInspectionFileOnTheCommandLineOrRememberedOpensInTheInspectorsWindow(FxRobot robot) throws Exception {
        SamplePackage sample = SamplePackage.get();
        Path file = tempDir.resolve("检查").resolve("县局" + InspectionFile.EXTENSION);
        Files.createDirectories(file.getParent());
        try (InspectionFile f = ui.context.services().inspections().create(file, "县局")) {
            ui.context.services().inspections().openPackage(f, sample.zip(), null, Progress.NONE);
        }
        // on the enterprise side, an inspection file gets its own sentence
        robot.interact(() -> ui.main.open(file));
        assertTrue(ui.dialogs.lastError().contains("检查档案"), ui.dialogs.lastError());
        assertTrue(robot.lookup("#inspectorView").tryQuery().isEmpty());

        robot.interact(() -> ui.main.start(List.of(file.toString())));
        assertNotNull(robot.lookup("#inspectorView").query());
        ListView<Inspection> inspections = robot.lookup("#inspectionTable").query();
        assertEquals(1, inspections.getItems().size());
        assertEquals(Settings.Side.INSPECTOR, ui.context.settings().side());
        assertEquals(List.of("文件", "输出", "帮助"), visibleMenus(robot), "the enterprise's own menus are hidden");

        // closed, then started again without a file: the remembered side reopens the last inspection file
        robot.interact(() -> ((Button) robot.lookup("#closeInspectionFileButton").query()).fire());
        assertTrue(robot.lookup("#inspectorView").tryQuery().isEmpty());
        assertTrue(robot.lookup("#newInspectionFileButton").query().isVisible());
        assertTrue(visibleMenus(robot).containsAll(List.of("人员", "人员记录")), visibleMenus(robot).toString());
        robot.interact(() -> ui.main.start(List.of()));
        assertNotNull(robot.lookup("#inspectorView").query());
        assertEquals(file.toAbsolutePath().normalize(), ui.main.inspector().file().toAbsolutePath().normalize());
    }

    private static List<String> visibleMenus(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").query();
        return bar.getMenus().stream().filter(Menu::isVisible).map(m -> m.getText().replaceAll("\\(_?.\\)", ""))
                .toList();
    }

    private void openPackage(FxRobot robot, Path zip, String typed) {
        ui.dialogs.files.add(zip);
        ui.dialogs.texts.add(typed);
        robot.interact(() -> ((Button) robot.lookup("#openPackageButton").query()).fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String spaced(String fingerprint) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 8) {
            b.append(fingerprint, i, i + 8).append(' ');
        }
        return b.toString().toUpperCase(java.util.Locale.ROOT);
    }

    private void select(FxRobot robot, TabPane tabs, String id) {
        Tab tab = tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Every tab of the inspection, in a 1024×600 window: nothing cut short, nothing out of reach. */
    private void showEveryTabAndCheckItFits(FxRobot robot, TabPane tabs) {
        List<String> problems = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            select(robot, tabs, tab.getId());
            if ("inspOrgTab".equals(tab.getId())) {
                TableView<?> posts = robot.lookup("#inspPostTable").query();
                robot.interact(() -> posts.getSelectionModel().select(0));
            }
            LayoutCheck.problems(stage.getScene()).forEach(p -> problems.add(tab.getText() + ": " + p));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
    }

    private static List<String> editingControls(Node content) {
        List<String> found = new ArrayList<>();
        walk(content, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (node instanceof TextInputControl text && text.isEditable()
                && !Set.of("inspPeopleSearch", "inspPostSearch").contains(text.getId())) {
            found.add("editable " + node);
        }
        if (node instanceof TableView<?> table && table.isEditable()) {
            found.add("editable " + node);
        }
        if ((node instanceof ButtonBase || node instanceof MenuButton) && !READING_BUTTONS.contains(node.getId())
                && !isInsideSkin(node)) {
            found.add("button " + node.getId() + " " + ((ButtonBase) node).getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, found));
        }
    }

    /** Buttons a control's skin draws (a combo box's arrow, a scroll bar's) are not the screen's. */
    private static boolean isInsideSkin(Node node) {
        return node.getStyleClass().contains("arrow-button") || node.getStyleClass().contains("increment-button")
                || node.getStyleClass().contains("decrement-button");
    }
}
