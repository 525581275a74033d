package org.nineones.ui.assessments;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

import org.nineones.model.Messages;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.InterviewCase;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;
import org.nineones.ui.common.FileFilter;

/** The dialogs of the 考核 tab: closing with signatures, correcting or withdrawing, recording an interview. */
final class AssessmentDialogs {

    private final AppContext context;
    private final Messages messages;
    private final AssessmentsViewModel viewModel;

    AssessmentDialogs(AppContext context, AssessmentsViewModel viewModel) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = viewModel;
    }

    /** 关闭并签字…: the assessor, both signing dates and the scan, then closes the selected assessment. */
    void close() {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s == null || s.closed()) {
            return;
        }
        TextField assessor = field("assessAssessorField", "");
        TextField assessorOn = field("assessAssessorDateField", viewModel.today().toString());
        TextField assesseeOn = field("assessAssesseeDateField", viewModel.today().toString());
        TextField scan = field("assessScanField", "");
        Button chooseScan = new Button(messages.get("assessments.ui.chooseScan"));
        chooseScan.setId("assessChooseScanButton");
        chooseScan.setOnAction(e -> context.dialogs().chooseFileToOpen(messages.get("assessments.ui.scan"),
                        new FileFilter(messages.get("assessments.ui.scan"), "*.pdf", "*.png", "*.jpg", "*.jpeg"))
                .ifPresent(p -> scan.setText(p.toString())));
        Label assessorError = errorLabel("assessAssessorError");
        Label assessorDateError = errorLabel("assessAssessorDateError");
        Label assesseeDateError = errorLabel("assessAssesseeDateError");
        assessor.textProperty().addListener((o, was, now) -> assessorError.setText(
                now.isBlank() ? messages.get("assessments.error.noAssessor") : ""));
        dateCheck(assessorOn, assessorDateError);
        dateCheck(assesseeOn, assesseeDateError);
        GridPane form = form();
        form.addRow(0, new Label(messages.get("assessments.ui.assessor")), assessor, assessorError);
        form.addRow(1, new Label(messages.get("assessments.ui.assessorSignedOn")), assessorOn, assessorDateError);
        form.addRow(2, new Label(messages.get("assessments.ui.assesseeSignedOn")), assesseeOn, assesseeDateError);
        form.addRow(3, new Label(messages.get("assessments.ui.scan")), scan, chooseScan);
        Label hint = new Label(messages.get("assessments.ui.closeHint"));
        hint.setWrapText(true);
        form.add(hint, 0, 4, 3, 1);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !assessor.getText().isBlank()
                        && assessorDateError.getText().isEmpty() && assesseeDateError.getText().isEmpty()
                        && !assessorOn.getText().isBlank() && !assesseeOn.getText().isBlank(),
                assessor.textProperty(), assessorOn.textProperty(), assesseeOn.textProperty(),
                assessorDateError.textProperty(), assesseeDateError.textProperty());
        EditDialog dialog = new EditDialog(context, messages.get("assessments.ui.closeTitle"), form, valid,
                "assessCloseOk", assessor, messages.get("assessments.ui.close").replace("…", ""));
        if (!dialog.showAndWait()) {
            return;
        }
        Path scanFile = scan.getText().isBlank() ? null : Path.of(scan.getText().strip());
        viewModel.close(assessor.getText(), AssessmentsViewModel.parseDate(assessorOn.getText()),
                AssessmentsViewModel.parseDate(assesseeOn.getText()), scanFile,
                refusal -> refusal.ifPresent(e -> error(e.getMessage())));
    }

    private void dateCheck(TextField field, Label error) {
        field.textProperty().addListener((o, was, now) -> error.setText(dateProblem(now)));
    }

    private String dateProblem(String text) {
        try {
            LocalDate day = AssessmentsViewModel.parseDate(text);
            if (day == null) {
                return messages.get("assessments.error.noDate");
            }
            return day.isAfter(viewModel.today()) ? messages.get("assessments.error.futureDate", day.toString()) : "";
        } catch (DateTimeException e) {
            return messages.get("assessments.error.badDate", text.strip());
        }
    }

    /** 更正… or 作废…: asks the reason, then corrects or withdraws the selected assessment. */
    void correct(boolean withdraw) {
        AssessmentSummary s = viewModel.selectedProperty().get();
        if (s == null || !s.closed()) {
            return;
        }
        Optional<String> reason = context.dialogs().askText(
                messages.get(withdraw ? "assessments.ui.withdrawTitle" : "assessments.ui.correctTitle"),
                messages.get(withdraw ? "assessments.ui.withdrawLabel" : "assessments.ui.correctLabel"), "");
        if (reason.isEmpty()) {
            return;
        }
        viewModel.correct(reason.get(), withdraw, refusal -> refusal.ifPresent(this::error));
    }

    /** 登记约谈…: when, by whom and a note, then records the interview of the case. */
    void interview(InterviewCase c) {
        TextField heldOn = field("assessHeldOnField", viewModel.today().toString());
        TextField heldBy = field("assessHeldByField", "");
        TextArea note = new TextArea();
        note.setId("assessInterviewNoteField");
        note.setPrefRowCount(4);
        note.setWrapText(true);
        Label dateError = errorLabel("assessHeldOnError");
        dateCheck(heldOn, dateError);
        GridPane form = form();
        form.addRow(0, new Label(messages.get("assessments.ui.heldOn")), heldOn, dateError);
        form.addRow(1, new Label(messages.get("assessments.ui.heldBy")), heldBy);
        form.addRow(2, new Label(messages.get("assessments.ui.interviewNote")), note);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !heldBy.getText().isBlank()
                && dateError.getText().isEmpty() && !heldOn.getText().isBlank(), heldBy.textProperty(),
                heldOn.textProperty(), dateError.textProperty());
        EditDialog dialog = new EditDialog(context, messages.get("assessments.ui.interviewTitle") + "：" + c.name(),
                form, valid, "assessInterviewOk", heldBy);
        if (dialog.showAndWait()) {
            viewModel.recordInterview(c, AssessmentsViewModel.parseDate(heldOn.getText()), heldBy.getText(),
                    note.getText(), refusal -> refusal.ifPresent(e -> error(e.getMessage())));
        }
    }

    /** Shows a refusal as the tab's error. */
    void error(String message) {
        context.dialogs().showError(messages.get("assessments.tab"), message);
    }

    private static TextField field(String id, String text) {
        TextField f = new TextField(text);
        f.setId(id);
        return f;
    }

    private static Label errorLabel(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("field-error");
        return l;
    }

    private static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.setPadding(new Insets(8));
        return form;
    }
}
