package org.nineones.ui.print;

import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Theme;

/**
 * 打印预览: the pages of a PDF the app made, with page keys (Page Up/Down, Home/End), zoom, 打印… (the system's
 * print dialog, Ctrl+P) and 另存为….
 */
public final class PrintPreviewDialog {

    private static final List<Double> ZOOMS = List.of(0.5, 0.75, 1.0, 1.25, 1.5, 2.0);

    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Label pageLabel;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private ComboBox<Double> zoomBox;
    @FXML private ImageView pageImage;

    private final PrintPreviewViewModel viewModel;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public PrintPreviewDialog(AppContext context, PrintPreviewViewModel viewModel) {
        Messages messages = context.messages();
        this.viewModel = viewModel;
        Parent content = context.views().load(this);
        dialog.setTitle(messages.get("preview.title", viewModel.title()));
        if (context.owner() != null && context.owner().isShowing()) {
            dialog.initOwner(context.owner());
        }
        ButtonType close = new ButtonType(messages.get("preview.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().lookupButton(close).setId("closePreviewButton");
        dialog.getDialogPane().setContent(content);
        dialog.setResizable(true);
        Theme.apply(dialog.getDialogPane());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    @FXML
    private void initialize() {
        pageLabel.textProperty().bind(viewModel.pageTextProperty());
        firstButton.disableProperty().bind(viewModel.atFirstProperty());
        previousButton.disableProperty().bind(viewModel.atFirstProperty());
        nextButton.disableProperty().bind(viewModel.atLastProperty());
        lastButton.disableProperty().bind(viewModel.atLastProperty());
        zoomBox.getItems().setAll(ZOOMS);
        zoomBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double zoom) {
                return zoom == null ? "" : Math.round(zoom * 100) + "%";
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        zoomBox.valueProperty().bindBidirectional(viewModel.zoomProperty().asObject());
        viewModel.imageProperty().addListener((obs, old, now) ->
                pageImage.setImage(now == null ? null : SwingFXUtils.toFXImage(now, null)));
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_DOWN) {
            viewModel.next();
        } else if (e.getCode() == KeyCode.PAGE_UP) {
            viewModel.previous();
        } else if (e.getCode() == KeyCode.HOME && e.isControlDown()) {
            viewModel.first();
        } else if (e.getCode() == KeyCode.END && e.isControlDown()) {
            viewModel.last();
        } else if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
            viewModel.print();
        } else {
            return;
        }
        e.consume();
    }

    @FXML
    private void onFirst() {
        viewModel.first();
    }

    @FXML
    private void onPrevious() {
        viewModel.previous();
    }

    @FXML
    private void onNext() {
        viewModel.next();
    }

    @FXML
    private void onLast() {
        viewModel.last();
    }

    @FXML
    private void onPrint() {
        viewModel.print();
    }

    @FXML
    private void onSaveAs() {
        viewModel.saveAs();
    }

    /** Shows the preview until the user closes it, then closes the PDF. */
    public void showAndWait() {
        viewModel.load();
        try {
            dialog.showAndWait();
        } finally {
            viewModel.close();
        }
    }
}
