package org.nineones.ui;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application (being built). */
public final class NineonesApp extends Application {

    public static void launchGui(String[] args) {
        Application.launch(NineonesApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("nineones");
        stage.show();
    }
}
