package org.nineones.bench;

import java.lang.management.ManagementFactory;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/**
 * The floor of the launch measurement: a bare JavaFX window with what the main window is made of (a tree, a table
 * and a text field), no services, no fonts, no stylesheet. Prints {@code startup-ms=N} once shown, as
 * {@code NineonesApp} does with {@code -Dnineones.startupProbe=true}, and exits. Like {@code Main}, the class started
 * is not the {@code Application}, so JavaFX runs from the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            TreeItem<String> root = new TreeItem<>("公司");
            root.getChildren().add(new TreeItem<>("生产部"));
            root.setExpanded(true);
            TableView<String> table = new TableView<>(FXCollections.observableArrayList("张三", "李四"));
            TableColumn<String, String> name = new TableColumn<>("姓名");
            name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()));
            table.getColumns().add(name);
            BorderPane pane = new BorderPane(new SplitPane(new TreeView<>(root), table));
            pane.setTop(new TextField());
            stage.setScene(new Scene(pane, 1200, 780));
            stage.setOnShown(e -> {
                long sinceLaunch = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("startup-ms=" + sinceLaunch);
                Platform.runLater(Platform::exit);
            });
            stage.show();
        }
    }
}
