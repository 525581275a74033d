package org.nineones.ui.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;

import org.nineones.model.Messages;
import org.nineones.model.problems.Evidence;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.model.records.DutyRecord;
import org.nineones.service.problems.ProblemService;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;

/**
 * The problem list's forms: 新增问题 (line, what was seen, requirement, deadline, who answers), 新增整改措施 and 更正
 * (text, owner chosen from the roster, deadline — all required —, and for a correction its reason), 更改状态 (the new
 * status or none — evidence only —, a note, records of duty performance and files as evidence). OK stays disabled
 * until the form is complete; the service's rules decide the rest and their refusals are shown as sentences.
 */
final class ProblemDialogs {

    private final AppContext context;
    private final Messages messages;
    private final ProblemsViewModel model;

    ProblemDialogs(AppContext context, ProblemsViewModel model) {
        this.context = context;
        this.messages = context.messages();
        this.model = model;
    }

    Optional<ProblemDraft> problem() {
        TextField line = field("problemLineField", 8);
        TextField seen = area("problemSeenField");
        TextField requirement = area("problemRequirementField");
        DatePicker deadline = Dates.picker("problemDeadlinePicker");
        TextField responsible = field("problemResponsibleField", 16);
        GridPane grid = grid();
        grid.addRow(0, label("problems.ui.line", line), line);
        grid.addRow(1, label("problems.ui.seen", seen), seen);
        grid.addRow(2, label("problems.ui.requirement", requirement), requirement);
        grid.addRow(3, label("problems.ui.problemDeadline", deadline), deadline);
        grid.addRow(4, label("problems.ui.responsible", responsible), responsible);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> !seen.getText().isBlank(), seen.textProperty());
        if (!new EditDialog(context, messages.get("problems.ui.addProblem"), grid, valid, "problemOkButton", seen)
                .showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new ProblemDraft(line.getText(), seen.getText(), requirement.getText(),
                deadline.getValue(), responsible.getText()));
    }

    /** The measure's form: new when {@code original} is null, else its correction (with the reason). */
    record MeasureForm(MeasureDraft draft, String reason) {
    }

    Optional<MeasureForm> measure(List<ProblemService.Owner> owners, Measure original) {
        return measure(owners, original, null);
    }

    /** A new measure's form with its deadline proposed ({@code suggested}: the problem's own, when not past). */
    Optional<MeasureForm> measure(List<ProblemService.Owner> owners, Measure original, LocalDate suggested) {
        TextField text = area("measureTextField");
        // a roster of hundreds: typing part of a name or number narrows the list
        ComboBox<ProblemService.Owner> owner = new SearchableComboBox<>(FXCollections.observableArrayList(owners));
        owner.setId("measureOwnerBox");
        owner.setVisibleRowCount(8);
        owner.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProblemService.Owner o) {
                return o == null ? "" : o.employeeNumber().isEmpty() ? o.name() : o.name() + "（" + o.employeeNumber()
                        + "）";
            }

            @Override
            public ProblemService.Owner fromString(String s) {
                return null;
            }
        });
        DatePicker deadline = Dates.picker("measureDeadlinePicker");
        TextField reason = field("measureReasonField", 24);
        GridPane grid = grid();
        grid.addRow(0, label("problems.ui.measureText", text), text);
        grid.addRow(1, label("problems.ui.owner", owner), owner);
        grid.addRow(2, label("problems.ui.deadline", deadline), deadline);
        if (original == null && suggested != null && !suggested.isBefore(LocalDate.now())) {
            deadline.setValue(suggested);
        }
        if (original != null) {
            text.setText(original.text());
            owners.stream().filter(o -> o.id() == original.ownerId()).findFirst().ifPresent(owner::setValue);
            deadline.setValue(original.deadline());
            grid.addRow(3, label("problems.ui.reason", reason), reason);
        }
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId("measureError");
        grid.add(error, 1, 4);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> {
            String problem = text.getText().isBlank() ? messages.get("problems.ui.needText")
                    : owner.getValue() == null ? messages.get("problems.ui.needOwner")
                    : deadline.getValue() == null ? messages.get("problems.ui.needDeadline")
                    : original != null && reason.getText().isBlank() ? messages.get("problems.ui.needReason") : "";
            error.setText(problem);
            return problem.isEmpty();
        }, text.textProperty(), owner.valueProperty(), deadline.valueProperty(), reason.textProperty());
        String title = messages.get(original == null ? "problems.ui.addMeasure" : "problems.ui.correct");
        if (!new EditDialog(context, title, grid, valid, "measureOkButton", text).showAndWait()) {
            return Optional.empty();
        }
        LocalDate day = deadline.getValue();
        return Optional.of(new MeasureForm(new MeasureDraft(text.getText(), owner.getValue().id(), day),
                reason.getText().strip()));
    }

    /** A status change: the status (null: evidence only), the note, the evidence. */
    record StatusForm(MeasureStatus status, String note, Evidence evidence) {
    }

    Optional<StatusForm> status(Measure measure, List<DutyRecord> records) {
        List<MeasureStatus> offered = new ArrayList<>(Arrays.stream(MeasureStatus.values())
                .filter(s -> s != measure.status()).toList());
        offered.add(0, null);
        ComboBox<MeasureStatus> status = new ComboBox<>(FXCollections.observableArrayList(offered));
        status.setId("statusBox");
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(MeasureStatus s) {
                return s == null ? messages.get("problems.ui.evidenceOnly") : messages.of(s);
            }

            @Override
            public MeasureStatus fromString(String s) {
                return null;
            }
        });
        status.getSelectionModel().select(offered.size() > 1 ? 1 : 0);
        TextField note = field("statusNoteField", 28);
        ListView<DutyRecord> recordList = new ListView<>(FXCollections.observableArrayList(records));
        recordList.setId("statusRecordList");
        recordList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        recordList.setPrefHeight(110);
        recordList.setPlaceholder(new Label(messages.get("problems.ui.noRecords")));
        recordList.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DutyRecord r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : "#" + r.id() + " " + r.date() + " " + r.title());
            }
        });
        ListView<Path> files = new ListView<>();
        files.setId("statusFileList");
        files.setPrefHeight(70);
        files.setPlaceholder(new Label(messages.get("problems.ui.noFiles")));
        Button addFiles = new Button(messages.get("problems.ui.addFiles"));
        addFiles.setId("statusAddFilesButton");
        addFiles.setOnAction(e -> files.getItems().addAll(model.chooseFiles()));
        Button removeFile = new Button(messages.get("problems.ui.removeFile"));
        removeFile.setId("statusRemoveFileButton");
        removeFile.disableProperty().bind(files.getSelectionModel().selectedItemProperty().isNull());
        removeFile.setOnAction(e -> files.getItems().remove(files.getSelectionModel().getSelectedItem()));
        GridPane grid = grid();
        Label current = new Label(messages.get("problems.ui.currentStatus", "#" + measure.id() + " " + measure.text(),
                messages.of(measure.status())));
        current.setWrapText(true);
        current.setMaxWidth(460);
        grid.add(current, 0, 0, 2, 1);
        grid.addRow(1, label("problems.ui.newStatus", status), status);
        grid.addRow(2, label("problems.ui.note", note), note);
        grid.addRow(3, label("problems.ui.evidenceRecords", recordList), recordList);
        grid.addRow(4, label("problems.ui.evidenceFiles", files), files);
        grid.add(new HBox(8, addFiles, removeFile), 1, 5);
        Label hint = new Label(messages.get("problems.ui.statusHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        grid.add(hint, 0, 6, 2, 1);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> status.getValue() != null
                        || !recordList.getSelectionModel().getSelectedItems().isEmpty() || !files.getItems().isEmpty(),
                status.valueProperty(), recordList.getSelectionModel().getSelectedItems(), files.getItems());
        if (!new EditDialog(context, messages.get("problems.ui.changeStatus"), grid, valid, "statusOkButton", status)
                .showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new StatusForm(status.getValue(), note.getText().strip(), new Evidence(
                recordList.getSelectionModel().getSelectedItems().stream().map(DutyRecord::id).toList(),
                List.copyOf(files.getItems()))));
    }

    private GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        return grid;
    }

    private TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** A longer line of text (a TextField, so Tab moves on and Enter answers OK). */
    private TextField area(String id) {
        return field(id, 30);
    }

    private Label label(String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }
}
