package org.nineones.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.nineones.ui.UiTestBase;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** 帮助 → 使用说明 and F1: the guide opens, at the section of the screen in front. */
class HelpWindowTest extends UiTestBase {

    private final Guide guide = Guide.load();

    @Test
    void theHelpMenuOpensTheGuideWithItsContents(FxRobot robot) {
        window(robot).chooseMenuItem("guideItem");

        ListView<Guide.Section> contents = robot.lookup("#helpContents").query();
        assertEquals(guide.sections().stream().map(Guide.Section::title).toList(),
                contents.getItems().stream().map(Guide.Section::title).toList());
        assertEquals(guide.section(HelpTopics.START).orElseThrow().title(), shownTitle(robot));
        ScrollPane scroll = robot.lookup("#helpScroll").query();
        assertEquals(0, scroll.getVvalue(), "the section shows from its top");
        assertEquals(contents, contents.getScene().getFocusOwner(), "the contents have the focus, not a link");
        Stage help = (Stage) contents.getScene().getWindow();
        assertEquals("九个一 全员安全生产责任制 使用说明", help.getTitle());
        assertEquals(javafx.stage.Modality.NONE, help.getModality(), "the guide does not block the main window");
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(help.getWidth() <= screen.getWidth() && help.getHeight() <= screen.getHeight(),
                () -> help.getWidth() + "×" + help.getHeight());
    }

    @Test
    void f1OnTheGapsTabOpensTheGapsSection(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "帮助测试");
        window(robot).gaps();
        robot.interact(stage::requestFocus);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(guide.section("gaps").orElseThrow().title(), shownTitle(robot));
        assertEquals("缺项一览", shownTitle(robot));
    }

    @Test
    void everyMainTabHasItsSection(FxRobot robot) throws Exception {
        openNewWorkspace(robot, "帮助测试");
        TabPane tabs = robot.lookup("#workspaceTabs").query();
        List<String> missing = new ArrayList<>();
        for (Tab tab : List.copyOf(tabs.getTabs())) {
            var section = HelpTopics.sectionOf(tab.getId()).flatMap(guide::section);
            if (section.isEmpty()) {
                missing.add(tab.getId() + " (" + tab.getText() + ")");
                continue;
            }
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            window(robot).chooseMenuItem("guideItem");
            assertEquals(section.get().title(), shownTitle(robot), () -> "the guide for " + tab.getId());
        }
        assertTrue(tabs.getTabs().size() >= 9, () -> tabs.getTabs().size() + " tabs");
        assertEquals(List.of(), missing, "tabs without a section of the guide (add one to HelpTopics and guide.txt)");
    }

    @Test
    void aLinkOpensTheSectionItNames(FxRobot robot) {
        window(robot).chooseMenuItem("guideItem");
        Hyperlink gaps = robot.lookup("#helpScroll").lookup((Node n) -> n instanceof Hyperlink h
                && h.getText().equals("缺项一览")).query();
        robot.interact(gaps::fire);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("缺项一览", shownTitle(robot));
        assertEquals(0, ((ScrollPane) robot.lookup("#helpScroll").query()).getVvalue(), "from the top");
    }

    @Test
    void everySectionShowsItsPictures(FxRobot robot) {
        window(robot).chooseMenuItem("guideItem");
        ListView<Guide.Section> contents = robot.lookup("#helpContents").query();
        ScrollPane scroll = robot.lookup("#helpScroll").query();
        int pictures = 0;
        for (Guide.Section section : guide.sections()) {
            robot.interact(() -> contents.getSelectionModel().select(section));
            WaitForAsyncUtils.waitForFxEvents();
            List<ImageView> images = nodes((Parent) scroll.getContent(), ImageView.class);
            long expected = section.blocks().stream().filter(Guide.Picture.class::isInstance).count();
            assertEquals(expected, images.size(), () -> "pictures shown in " + section.id());
            for (ImageView image : images) {
                assertTrue(image.getImage() != null && !image.getImage().isError() && image.getImage().getWidth() > 0,
                        () -> "a picture of " + section.id() + " did not load");
                assertTrue(image.getFitWidth() <= scroll.getViewportBounds().getWidth(), "the picture fits the window");
            }
            pictures += images.size();
            List<Label> labels = nodes((Parent) scroll.getContent(), Label.class);
            assertTrue(labels.stream().noneMatch(l -> l.getStyleClass().contains("help-picture-missing")),
                    () -> "a picture is missing in " + section.id());
        }
        assertEquals(guide.pictures().size(), pictures);
    }

    @Test
    void theGuideFitsA1024By600Screen() {
        var size = HelpWindow.sizeFor(new javafx.geometry.Rectangle2D(0, 0, 1024, 600));
        // the window's frame and title bar take about 30 pixels more than the scene
        assertTrue(size.getWidth() <= 1024 - 20 && size.getHeight() + 30 <= 600, size::toString);
        assertTrue(size.getWidth() >= 900 && size.getHeight() >= 500, size::toString);
    }

    private static String shownTitle(FxRobot robot) {
        Label title = robot.lookup("#helpSectionTitle").query();
        return title.getText();
    }

    private static <T> List<T> nodes(Parent parent, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            if (child instanceof Parent p) {
                found.addAll(nodes(p, type));
            }
        }
        return found;
    }
}
