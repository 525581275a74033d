package org.nineones.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

import org.nineones.model.Messages;

/**
 * Loads a view's FXML with the application's texts. The FXML has no {@code fx:controller}: the view object
 * that asks is the controller, so views are built by constructor like everything else.
 */
public final class ViewLoader {

    private final ResourceBundle bundle;

    public ViewLoader(Messages messages) {
        this.bundle = new MessagesResourceBundle(messages);
    }

    /** Loads {@code <ViewClass>.fxml} from the view's own package, with {@code controller} as its controller. */
    public <T extends Parent> T load(Object controller) {
        String name = controller.getClass().getSimpleName() + ".fxml";
        URL url = controller.getClass().getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing view " + name + " beside " + controller.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setController(controller);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load view " + url, e);
        }
    }

    public ResourceBundle bundle() {
        return bundle;
    }
}
