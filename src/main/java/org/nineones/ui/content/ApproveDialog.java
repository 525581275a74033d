package org.nineones.ui.content;

import java.time.LocalDate;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

import org.nineones.model.Messages;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.FieldDecorations;

/** 批准: asks who approves and from which day the version takes effect. */
public final class ApproveDialog {

    @FXML private Label approveSubject;
    @FXML private TextField approverField;
    @FXML private Label approverError;
    @FXML private DatePicker effectiveDatePicker;
    @FXML private Label effectiveDateError;

    private final ApproveViewModel viewModel;
    private final String subject;
    private final EditDialog dialog;

    public ApproveDialog(AppContext context, String subject, LocalDate today, LocalDate earliest) {
        Messages messages = context.messages();
        this.subject = subject;
        this.viewModel = new ApproveViewModel(messages, today, earliest);
        Parent content = context.views().load(this);
        this.dialog = new EditDialog(context, messages.get("ui.approve.title"), content, viewModel.validProperty(),
                "confirmApproveButton", approverField, messages.get("ui.approve.confirm"));
    }

    @FXML
    private void initialize() {
        approveSubject.setText(subject);
        approverField.textProperty().bindBidirectional(viewModel.approverProperty());
        Dates.setUp(effectiveDatePicker);
        effectiveDatePicker.valueProperty().bindBidirectional(viewModel.effectiveFromProperty());
        FieldDecorations decorations = new FieldDecorations();
        decorations.attach(approverField, approverError, viewModel.approverErrorProperty());
        decorations.attach(effectiveDatePicker, effectiveDateError, viewModel.dateErrorProperty());
    }

    /** Shows the dialog; the filled form when the user pressed 批准, else null. */
    public ApproveViewModel showAndWait() {
        return dialog.showAndWait() && viewModel.validProperty().get() ? viewModel : null;
    }
}
