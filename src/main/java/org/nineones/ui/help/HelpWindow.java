package org.nineones.ui.help;

import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Dimension2D;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 帮助 → 使用说明: the guide in a window of its own beside the main window (not modal, so the user can follow
 * the steps while reading), the contents on the left, one section at a time on the right. Sized to fit the screen
 * it opens on, 1024×600 included. One window per main window: opening it again shows the asked section.
 */
public final class HelpWindow {

    private static final String STYLE = "/org/nineones/ui/help/help.css";

    private final AppContext context;
    private final Messages messages;
    private final Guide guide;
    private Stage stage;
    private ListView<Guide.Section> contents;
    private Label title;
    private ScrollPane scroll;
    private Button previous;
    private Button next;
    private GuideRenderer renderer;

    public HelpWindow(AppContext context) {
        this.context = context;
        this.messages = context.messages();
        this.guide = Guide.load();
    }

    /** Opens the guide at the section for a screen ({@link HelpTopics}), at its beginning for a screen without one. */
    public void showFor(String screen) {
        showSection(HelpTopics.sectionOf(screen).orElse(HelpTopics.START));
    }

    /** Opens the guide at a section (its first section when there is no such one) and brings it to the front. */
    public void showSection(String id) {
        if (stage == null) {
            build();
        }
        Guide.Section section = guide.section(id).orElse(guide.sections().get(0));
        contents.getSelectionModel().select(section);
        contents.scrollTo(section);
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        contents.requestFocus();
    }

    /** The id of the section shown, or null when the window is closed. */
    public String shownSection() {
        if (stage == null || !stage.isShowing()) {
            return null;
        }
        Guide.Section section = contents.getSelectionModel().getSelectedItem();
        return section == null ? null : section.id();
    }

    private void build() {
        stage = new Stage();
        Window owner = context.owner();
        if (owner != null && owner.isShowing()) {
            stage.initOwner(owner);
        }
        stage.setTitle(messages.get("help.window.title", messages.get("app.name")));

        contents = new ListView<>();
        contents.setId("helpContents");
        contents.getItems().setAll(guide.sections());
        contents.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Guide.Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
            }
        });
        contents.setPrefWidth(240);
        contents.setMinWidth(180);
        Label contentsLabel = new Label(messages.get("help.contents"));
        contentsLabel.getStyleClass().add("help-contents-label");
        VBox left = new VBox(6, contentsLabel, contents);
        VBox.setVgrow(contents, Priority.ALWAYS);
        left.setPadding(new Insets(10, 0, 10, 10));

        title = new Label();
        title.setId("helpSectionTitle");
        title.setWrapText(true);
        title.getStyleClass().add("help-title");
        scroll = new ScrollPane();
        scroll.setId("helpScroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("help-scroll");
        renderer = new GuideRenderer(messages, this::showSection,
                Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                        scroll.viewportBoundsProperty()));
        VBox center = new VBox(8, title, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        center.setPadding(new Insets(10));
        if (!Locale.CHINESE.getLanguage().equals(messages.locale().getLanguage())) {
            Label note = new Label(messages.get("help.chineseOnly"));
            note.setWrapText(true);
            center.getChildren().add(1, note);
        }

        previous = new Button(messages.get("help.previous"));
        previous.setId("helpPrevious");
        previous.setOnAction(e -> step(-1));
        next = new Button(messages.get("help.next"));
        next.setId("helpNext");
        next.setOnAction(e -> step(1));
        Button close = new Button(messages.get("help.close"));
        close.setId("helpClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, previous, next, gap, close);
        buttons.setPadding(new Insets(0, 10, 10, 10));

        BorderPane root = new BorderPane(center, null, null, buttons, left);
        root.setId("helpWindow");
        contents.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> show(section));

        Rectangle2D screen = screenOf(owner);
        Dimension2D size = sizeFor(screen);
        double width = size.getWidth();
        double height = size.getHeight();
        Scene scene = new Scene(root, width, height);
        Theme.apply(scene);
        var css = HelpWindow.class.getResource(STYLE);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }
        stage.setScene(scene);
        stage.setMinWidth(Math.min(600, width));
        stage.setMinHeight(Math.min(400, height));
        placeBeside(owner, screen, width, height);
    }

    private void show(Guide.Section section) {
        if (section == null) {
            return;
        }
        title.setText(section.title());
        scroll.setContent(renderer.render(section));
        // from the top: after the new content's layout, and with the focus off its links (a focused link scrolls)
        scroll.layout();
        scroll.setVvalue(0);
        Platform.runLater(() -> scroll.setVvalue(0));
        int at = guide.sections().indexOf(section);
        previous.setDisable(at <= 0);
        next.setDisable(at >= guide.sections().size() - 1);
    }

    private void step(int by) {
        int at = contents.getSelectionModel().getSelectedIndex() + by;
        if (at >= 0 && at < guide.sections().size()) {
            contents.getSelectionModel().select(at);
            contents.scrollTo(at);
        }
    }

    /**
     * The scene's size on a screen of these visual bounds: as large as reading wants, leaving room for the window's
     * frame and title bar, so the whole window fits a 1024×600 screen.
     */
    static Dimension2D sizeFor(Rectangle2D screen) {
        return new Dimension2D(Math.min(980, screen.getWidth() - 40), Math.min(700, screen.getHeight() - 60));
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null && owner.getWidth() > 0) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                    owner.getHeight());
            if (!screens.isEmpty()) {
                return screens.get(0).getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    /** Centred on the main window, kept inside the screen. */
    private void placeBeside(Window owner, Rectangle2D screen, double width, double height) {
        double x = owner == null ? screen.getMinX() + (screen.getWidth() - width) / 2
                : owner.getX() + (owner.getWidth() - width) / 2;
        double y = owner == null ? screen.getMinY() + (screen.getHeight() - height) / 2
                : owner.getY() + (owner.getHeight() - height) / 2;
        stage.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - width)));
        stage.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - height)));
    }
}
