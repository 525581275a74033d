package org.nineones.ui;

import java.nio.file.Path;

import javafx.scene.Scene;
import javafx.stage.Stage;

import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.CurrentThreadTaskRunner;
import org.nineones.ui.common.Theme;
import org.nineones.ui.main.MainView;

/** Builds the main window as the application does, with a temp settings folder, fake dialogs and same-thread tasks. */
public final class UiFixture {

    public final FakeDialogService dialogs = new FakeDialogService();
    public final AppContext context;
    public final MainView main;

    public UiFixture(Stage stage, Path home) {
        Settings settings = new Settings(home);
        Messages messages = new Messages(java.util.Locale.SIMPLIFIED_CHINESE);
        Services services = new Services(settings, messages);
        FxThreadGuard.install();
        context = new AppContext(services, dialogs, FxThreadGuard.guarded(
                new CurrentThreadTaskRunner(dialogs, AppContext.errorMessages(messages, settings), messages)),
                () -> stage);
        main = new MainView(context);
        Scene scene = new Scene(main.root(), 1200, 800);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(main.viewModel().titleProperty());
        // the primary stage is shared by every test: one that moved it must not leave the next window partly off
        // the headless screen (1366×800), where the renderer fails on every frame
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }
}
