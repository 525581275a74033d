package org.nineones.ui.records;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.nineones.model.Messages;
import org.nineones.model.UserFacing;
import org.nineones.model.acceptance.NineItem;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordDraft;
import org.nineones.model.records.RecordKind;
import org.nineones.service.records.RecordChoices;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Dates;
import org.nineones.ui.common.EditDialog;

/**
 * 新建记录 / 更正记录: kind, title, day, the nine-ones item, the org unit and the people it concerns, the files
 * (chosen, or dropped on the list; a kept file of the corrected record or a new one), a note; for a correction its
 * reason. A file is checked as it is chosen (missing, folder, empty, too large, unsupported: the sentence shows under
 * the list and the file is not added). OK stays disabled until kind, title, day and item (and the reason) are given.
 */
final class RecordDialog {

    /** A file of the dialog's list: one the corrected record keeps, or a new one to read. */
    record FileEntry(RecordAttachment kept, Path file) {
        String label() {
            return kept != null ? kept.fileName() : file.getFileName().toString();
        }
    }

    private final RecordsViewModel model;
    private final Messages messages;
    private final DutyRecord original;

    final ComboBox<RecordKind> kindBox = new ComboBox<>(FXCollections.observableArrayList(RecordKind.values()));
    final TextField titleField = new TextField();
    final DatePicker dateField = Dates.picker("recordDateField");
    final ComboBox<NineItem> itemBox = new ComboBox<>(FXCollections.observableArrayList(NineItem.values()));
    final ComboBox<RecordChoices.Unit> unitBox = new ComboBox<>();
    final TextField personSearch = new TextField();
    final ComboBox<RecordChoices.Person> personBox = new ComboBox<>();
    final ListView<RecordChoices.Person> peopleList = new ListView<>();
    final ListView<FileEntry> fileList = new ListView<>();
    final Label fileError = new Label();
    final TextArea noteArea = new TextArea();
    final TextField reasonField = new TextField();
    private final List<RecordChoices.Person> allPeople;

    RecordDialog(RecordsViewModel model, RecordChoices choices, DutyRecord original) {
        this.model = model;
        this.messages = model.messages();
        this.original = original;
        this.allPeople = choices.people();
        ObservableList<RecordChoices.Unit> units = FXCollections.observableArrayList();
        units.add(null);
        units.addAll(choices.units());
        unitBox.setItems(units);
        personBox.setItems(FXCollections.observableArrayList(allPeople));
        build();
        if (original != null) {
            kindBox.setValue(original.kind());
            titleField.setText(original.title());
            dateField.setValue(original.date());
            itemBox.setValue(original.item());
            noteArea.setText(original.note());
            units.stream().filter(u -> u != null && u.id() == (original.orgUnitId() == null ? -1 : original.orgUnitId()))
                    .findFirst().ifPresent(unitBox::setValue);
            original.people().forEach(p -> allPeople.stream().filter(c -> c.id() == p.employeeId()).findFirst()
                    .ifPresent(peopleList.getItems()::add));
            original.attachments().forEach(a -> fileList.getItems().add(new FileEntry(a, null)));
        } else {
            itemBox.setValue(NineItem.RECORDS);
            dateField.setValue(java.time.LocalDate.now());
        }
    }

    private void build() {
        kindBox.setId("recordKindBox");
        kindBox.setConverter(converter(k -> k == null ? "" : messages.of(k)));
        titleField.setId("recordTitleField");
        titleField.setPromptText(messages.get("records.ui.titlePrompt"));
        itemBox.setId("recordItemBox");
        itemBox.setConverter(converter(i -> model.service().itemName(i)));
        unitBox.setId("recordUnitBox");
        unitBox.setMaxWidth(Double.MAX_VALUE);
        unitBox.setConverter(converter(u -> u == null ? messages.get("records.ui.noUnit") : u.path()));
        personSearch.setId("recordPersonSearch");
        personSearch.setPromptText(messages.get("records.ui.personSearch"));
        personSearch.setPrefColumnCount(8);
        personSearch.textProperty().addListener((obs, old, now) -> filterPeople(now));
        personBox.setId("recordPersonBox");
        personBox.setMaxWidth(Double.MAX_VALUE);
        personBox.setConverter(converter(p -> p == null ? "" : p.label()));
        peopleList.setId("recordPeopleList");
        peopleList.setPrefHeight(72);
        peopleList.setCellFactory(v -> textCell(RecordChoices.Person::label));
        fileList.setId("recordFileList");
        fileList.setPrefHeight(90);
        fileList.setCellFactory(v -> textCell(FileEntry::label));
        fileList.setPlaceholder(new Label(messages.get("records.ui.dropHint")));
        fileList.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        fileList.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles();
            if (done) {
                addFiles(e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            e.setDropCompleted(done);
            e.consume();
        });
        fileError.setId("recordFileError");
        fileError.setWrapText(true);
        fileError.getStyleClass().add("error");
        noteArea.setId("recordNoteArea");
        noteArea.setPrefRowCount(2);
        noteArea.setWrapText(true);
        reasonField.setId("recordReasonField");
    }

    private void filterPeople(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        List<RecordChoices.Person> found = allPeople.stream()
                .filter(p -> t.isEmpty() || p.label().toLowerCase(Locale.ROOT).contains(t)).toList();
        personBox.setItems(FXCollections.observableArrayList(found));
        if (found.size() == 1) {
            personBox.setValue(found.get(0));
        }
    }

    /** Adds files after the checks that need no reading; a refused file is named under the list and left out. */
    void addFiles(List<Path> files) {
        fileError.setText("");
        for (Path file : files) {
            try {
                model.service().precheckFile(file);
                fileList.getItems().add(new FileEntry(null, file));
            } catch (RuntimeException e) {
                if (!(e instanceof UserFacing)) {
                    throw e;
                }
                fileError.setText(e.getMessage());
            }
        }
    }

    private RecordDraft draft() {
        RecordChoices.Unit unit = unitBox.getValue();
        return new RecordDraft(kindBox.getValue(), titleField.getText(), dateField.getValue(), itemBox.getValue(),
                noteArea.getText(), unit == null ? null : unit.id(),
                peopleList.getItems().stream().map(RecordChoices.Person::id).toList(),
                fileList.getItems().stream().filter(f -> f.kept() != null).map(f -> f.kept().id()).toList(),
                fileList.getItems().stream().filter(f -> f.file() != null).map(FileEntry::file).toList());
    }

    /** What the user entered: the draft, and for a correction its reason. */
    record Result(RecordDraft draft, String reason) {
    }

    Optional<Result> showAndWait(AppContext context) {
        Button addPerson = button("recordAddPersonButton", "records.ui.addPerson", () -> {
            RecordChoices.Person p = personBox.getValue();
            if (p != null && !peopleList.getItems().contains(p)) {
                peopleList.getItems().add(p);
            }
        });
        Button removePerson = button("recordRemovePersonButton", "records.ui.remove", () ->
                peopleList.getItems().remove(peopleList.getSelectionModel().getSelectedItem()));
        removePerson.disableProperty().bind(peopleList.getSelectionModel().selectedItemProperty().isNull());
        Button addFiles = button("recordAddFilesButton", "records.ui.addFiles", () -> addFiles(model.chooseFiles()));
        Button removeFile = button("recordRemoveFileButton", "records.ui.remove", () ->
                fileList.getItems().remove(fileList.getSelectionModel().getSelectedItem()));
        removeFile.disableProperty().bind(fileList.getSelectionModel().selectedItemProperty().isNull());

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        row = add(grid, row, "records.column.kind", kindBox);
        row = add(grid, row, "records.column.title", titleField);
        row = add(grid, row, "records.column.date", dateField);
        row = add(grid, row, "records.column.item", itemBox);
        row = add(grid, row, "records.ui.unit", unitBox);
        HBox pick = new HBox(6, personSearch, personBox, addPerson);
        HBox.setHgrow(personBox, Priority.ALWAYS);
        row = add(grid, row, "records.ui.people", new VBox(4, pick, new HBox(6, peopleList, removePerson)));
        HBox.setHgrow(peopleList, Priority.ALWAYS);
        HBox files = new HBox(6, fileList, new VBox(6, addFiles, removeFile));
        HBox.setHgrow(fileList, Priority.ALWAYS);
        Label limit = new Label(messages.get("records.ui.fileLimit",
                org.nineones.service.attachments.AttachmentFile.sizeText(model.service().maxAttachmentBytes())));
        limit.getStyleClass().add("hint");
        limit.setWrapText(true);
        row = add(grid, row, "records.ui.files", new VBox(4, files, fileError, limit));
        row = add(grid, row, "records.ui.note", noteArea);
        if (original != null) {
            add(grid, row, "records.ui.reason", reasonField);
        }
        grid.setPrefWidth(600);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> kindBox.getValue() != null
                        && !titleField.getText().isBlank() && dateField.getValue() != null && itemBox.getValue() != null
                        && (original == null || !reasonField.getText().isBlank()),
                kindBox.valueProperty(), titleField.textProperty(), dateField.valueProperty(), itemBox.valueProperty(),
                reasonField.textProperty());
        String title = messages.get(original == null ? "records.ui.add" : "records.ui.correct");
        EditDialog dialog = new EditDialog(context, title, org.nineones.ui.common.Scrolling.fit(grid), valid,
                "recordOkButton", original == null ? kindBox : reasonField);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Result(draft(), reasonField.getText()));
    }

    private int add(GridPane grid, int row, String key, Node field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        return row + 1;
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        b.setMinWidth(Button.USE_PREF_SIZE);
        return b;
    }

    private static <T> javafx.scene.control.ListCell<T> textCell(Function<T, String> text) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
