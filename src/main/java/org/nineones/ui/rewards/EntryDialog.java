package org.nineones.ui.rewards;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.nineones.model.Messages;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.rewards.DutyChoice;
import org.nineones.service.rewards.EntryField;
import org.nineones.service.rewards.FieldProblem;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/**
 * 登记奖惩 / 更正: a person (searchable) or an org unit, a rule (fills kind, amount, points and the reason), the duty
 * item from the person's post, amount, points, approver, day; for a correction also its reason. Every change is
 * checked as the service checks it, each problem shown under its field; OK stays disabled until there is none.
 */
final class EntryDialog {

    private final RewardsViewModel model;
    private final Messages messages;
    private final boolean correction;
    private final List<RewardsViewModel.Choice> allPeople;

    final RadioButton personRadio = new RadioButton();
    final RadioButton unitRadio = new RadioButton();
    final TextField personSearch = new TextField();
    final ComboBox<RewardsViewModel.Choice> personBox = new ComboBox<>();
    final ComboBox<RewardsViewModel.Choice> unitBox = new ComboBox<>();
    final ComboBox<RewardRule> ruleBox = new ComboBox<>();
    final ComboBox<RewardKind> kindBox = new ComboBox<>();
    final TextField reasonField = new TextField();
    final ComboBox<DutyChoice> dutyBox = new ComboBox<>();
    final TextField amountField = new TextField();
    final TextField pointsField = new TextField();
    final TextField approverField = new TextField();
    final DatePicker dateField = IsoDates.picker("entryDateField");
    final TextField correctionReasonField = new TextField();
    private final Map<EntryField, Label> errors = new EnumMap<>(EntryField.class);
    private final Label correctionError = new Label();
    private final SimpleBooleanProperty valid = new SimpleBooleanProperty(false);
    private boolean filling;
    private final List<RewardsViewModel.Choice> units;
    /** Counts the checks and the readings of duties asked for, so that an answer to an older one is dropped. */
    private long checks;
    private long dutyReads;
    /** The duty a correction starts with, chosen once the person's duties are read. */
    private DutyChoice pendingDuty;

    EntryDialog(RewardsViewModel model, RewardsViewModel.Choices choices, RewardEntry original) {
        this.model = model;
        this.messages = model.messages();
        this.correction = original != null;
        this.allPeople = choices.people();
        this.units = choices.units();
        build();
        if (original != null) {
            fill(original);
        } else {
            dateField.setValue(model.service().today());
            personRadio.setSelected(true);
        }
        validate();
    }

    private void build() {
        ToggleGroup subject = new ToggleGroup();
        personRadio.setToggleGroup(subject);
        unitRadio.setToggleGroup(subject);
        personRadio.setText(messages.get("rewards.ui.person"));
        unitRadio.setText(messages.get("rewards.ui.unit"));
        personRadio.setId("entryPersonRadio");
        unitRadio.setId("entryUnitRadio");
        personSearch.setId("entryPersonSearch");
        personSearch.setPromptText(messages.get("rewards.ui.personSearch"));
        personBox.setId("entryPersonBox");
        personBox.setItems(FXCollections.observableArrayList(allPeople));
        personBox.setMaxWidth(Double.MAX_VALUE);
        unitBox.setId("entryUnitBox");
        unitBox.setItems(FXCollections.observableArrayList(units));
        unitBox.setMaxWidth(Double.MAX_VALUE);
        unitBox.setPromptText(messages.get("rewards.ui.unitPrompt"));
        ruleBox.setId("entryRuleBox");
        ObservableList<RewardRule> rules = FXCollections.observableArrayList();
        rules.add(null);
        model.rules().stream().filter(RewardRule::active).forEach(rules::add);
        ruleBox.setItems(rules);
        ruleBox.setMaxWidth(Double.MAX_VALUE);
        ruleBox.setConverter(converter(r -> r == null ? messages.get("rewards.ui.noRule")
                : r.code() + "  " + model.service().kindName(r.kind()) + "  " + r.description()));
        kindBox.setId("entryKindBox");
        kindBox.setItems(FXCollections.observableArrayList(RewardKind.values()));
        kindBox.setConverter(converter(k -> k == null ? "" : model.service().kindName(k)));
        reasonField.setId("entryReasonField");
        dutyBox.setId("entryDutyBox");
        dutyBox.setMaxWidth(Double.MAX_VALUE);
        dutyBox.setConverter(converter(d -> d == null ? messages.get("rewards.ui.noDuty") : d.label()));
        amountField.setId("entryAmountField");
        pointsField.setId("entryPointsField");
        approverField.setId("entryApproverField");
        dateField.setEditable(true);
        correctionReasonField.setId("entryCorrectionReasonField");

        personSearch.textProperty().addListener((obs, old, now) -> filterPeople(now));
        subject.selectedToggleProperty().addListener((obs, old, now) -> {
            personBox.setDisable(!personRadio.isSelected());
            personSearch.setDisable(!personRadio.isSelected());
            unitBox.setDisable(!unitRadio.isSelected());
            refreshDuties();
            validate();
        });
        personBox.valueProperty().addListener((obs, old, now) -> {
            refreshDuties();
            validate();
        });
        dateField.valueProperty().addListener((obs, old, now) -> {
            refreshDuties();
            validate();
        });
        ruleBox.valueProperty().addListener((obs, old, now) -> {
            if (now != null && !filling) {
                kindBox.setValue(now.kind());
                amountField.setText(model.amount(now.amount()));
                pointsField.setText(model.amount(now.points()));
                if (reasonField.getText().isBlank() || old != null && reasonField.getText().equals(old.description())) {
                    reasonField.setText(now.description());
                }
            }
            validate();
        });
        unitBox.valueProperty().addListener((obs, old, now) -> validate());
        kindBox.valueProperty().addListener((obs, old, now) -> validate());
        dutyBox.valueProperty().addListener((obs, old, now) -> validate());
        for (TextField field : List.of(reasonField, amountField, pointsField, approverField, correctionReasonField)) {
            field.textProperty().addListener((obs, old, now) -> validate());
        }
        dateField.getEditor().textProperty().addListener((obs, old, now) -> {
            LocalDate typed = IsoDates.parse(now);
            if (typed != null && !typed.equals(dateField.getValue())) {
                dateField.setValue(typed);
            }
        });
        for (EntryField field : EntryField.values()) {
            Label label = new Label();
            label.getStyleClass().add("field-error");
            label.setId("entryError" + field.name().charAt(0) + field.name().substring(1).toLowerCase(Locale.ROOT));
            label.setWrapText(true);
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
            label.managedProperty().bind(label.visibleProperty());
            errors.put(field, label);
        }
        correctionError.getStyleClass().add("field-error");
        correctionError.visibleProperty().bind(correctionError.textProperty().isNotEmpty());
        correctionError.managedProperty().bind(correctionError.visibleProperty());
        correctionError.setId("entryErrorCorrection");
    }

    private void filterPeople(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        RewardsViewModel.Choice chosen = personBox.getValue();
        personBox.setItems(FXCollections.observableArrayList(allPeople.stream()
                .filter(c -> t.isEmpty() || c.label().toLowerCase(Locale.ROOT).contains(t)).toList()));
        if (chosen != null && personBox.getItems().contains(chosen)) {
            personBox.setValue(chosen);
        } else if (personBox.getItems().size() == 1) {
            personBox.setValue(personBox.getItems().get(0));
        }
    }

    private void refreshDuties() {
        DutyChoice chosen = dutyBox.getValue();
        Long person = personRadio.isSelected() && personBox.getValue() != null ? personBox.getValue().employeeId() : null;
        long asked = ++dutyReads;
        model.duties(person, dateField.getValue(), duties -> {
            if (asked != dutyReads) {
                return;
            }
            ObservableList<DutyChoice> items = FXCollections.observableArrayList();
            items.add(null);
            items.addAll(duties);
            dutyBox.setItems(items);
            dutyBox.setDisable(items.size() == 1);
            DutyChoice wanted = pendingDuty != null ? pendingDuty : chosen;
            pendingDuty = null;
            if (wanted != null) {
                items.stream().filter(d -> d != null && d.versionId() == wanted.versionId()
                        && d.position() == wanted.position()).findFirst().ifPresent(dutyBox::setValue);
            }
        });
    }

    private void fill(RewardEntry e) {
        filling = true;
        if (e.employeeId() != null) {
            personRadio.setSelected(true);
            allPeople.stream().filter(c -> e.employeeId().equals(c.employeeId())).findFirst()
                    .ifPresent(personBox::setValue);
        } else {
            unitRadio.setSelected(true);
            unitBox.getItems().stream().filter(c -> e.orgUnitId().equals(c.unitId())).findFirst()
                    .ifPresent(unitBox::setValue);
        }
        if (e.ruleId() != null) {
            model.rules().stream().filter(r -> r.id().equals(e.ruleId())).findFirst().ifPresent(r -> {
                if (!ruleBox.getItems().contains(r)) {
                    ruleBox.getItems().add(r);
                }
                ruleBox.setValue(r);
            });
        }
        kindBox.setValue(e.kind());
        reasonField.setText(e.reason());
        amountField.setText(model.amount(e.amount()));
        pointsField.setText(model.amount(e.points()));
        approverField.setText(e.approvedBy());
        dateField.setValue(e.occurredOn());
        if (e.dutyPosition() != null) {
            pendingDuty = new DutyChoice(e.dutyVersionId(), 0, e.dutyPosition(), "");
        }
        refreshDuties();
        filling = false;
    }

    /** The draft as entered; numbers that are not numbers are reported beside their field. */
    Optional<EntryDraft> draft() {
        Double amount = number(amountField.getText());
        Double points = number(pointsField.getText());
        boolean person = personRadio.isSelected();
        DutyChoice duty = dutyBox.getValue();
        return Optional.of(new EntryDraft(dateField.getValue(),
                person && personBox.getValue() != null ? personBox.getValue().employeeId() : null,
                !person && unitBox.getValue() != null ? unitBox.getValue().unitId() : null,
                kindBox.getValue(), reasonField.getText(), ruleBox.getValue() == null ? null : ruleBox.getValue().id(),
                duty == null ? null : duty.versionId(), duty == null ? null : duty.position(),
                amount, points, approverField.getText()));
    }

    private static Double number(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void validate() {
        if (filling) {
            return;
        }
        errors.values().forEach(l -> l.setText(""));
        EntryDraft draft = draft().orElseThrow();
        boolean ok = true;
        if (draft.amount() != null && draft.amount().isNaN()) {
            errors.get(EntryField.AMOUNT).setText(messages.get("rewards.ui.notANumber"));
            ok = false;
        }
        if (draft.points() != null && draft.points().isNaN()) {
            errors.get(EntryField.POINTS).setText(messages.get("rewards.ui.notANumber"));
            ok = false;
        }
        boolean reasonGiven = !correction || !correctionReasonField.getText().isBlank();
        if (correction) {
            correctionError.setText(reasonGiven ? "" : messages.get("rewards.correct.reasonMissing"));
        }
        long asked = ++checks;
        if (!ok) {
            valid.set(false);
            return;
        }
        valid.set(false); // until the check against the rules and the roster has answered
        model.check(draft, problems -> {
            if (asked != checks) {
                return;
            }
            for (FieldProblem p : problems) {
                Label label = errors.get(p.field());
                label.setText(label.getText().isEmpty() ? p.message() : label.getText() + " " + p.message());
            }
            valid.set(problems.isEmpty() && reasonGiven);
        });
    }

    /** Shows the dialog; the draft (and, for a correction, its reason) when the user pressed OK. */
    Optional<Result> showAndWait(AppContext context) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(4);
        grid.setPadding(new Insets(8));
        int row = 0;
        row = add(grid, row, "rewards.ui.subject", new VBox(4, new HBox(12, personRadio, unitRadio),
                new HBox(6, personSearch, personBox), unitBox), EntryField.SUBJECT);
        HBox.setHgrow(personBox, javafx.scene.layout.Priority.ALWAYS);
        row = add(grid, row, "rewards.column.date", dateField, EntryField.DATE);
        row = add(grid, row, "rewards.ui.rule", ruleBox, EntryField.RULE);
        row = add(grid, row, "rewards.column.kind", kindBox, EntryField.KIND);
        row = add(grid, row, "rewards.column.reason", reasonField, EntryField.REASON);
        row = add(grid, row, "rewards.column.duty", dutyBox, EntryField.DUTY);
        row = add(grid, row, "rewards.column.amount", amountField, EntryField.AMOUNT);
        row = add(grid, row, "rewards.column.points", pointsField, EntryField.POINTS);
        row = add(grid, row, "rewards.column.approver", approverField, EntryField.APPROVER);
        if (correction) {
            grid.add(new Label(messages.get("rewards.ui.correctionReason")), 0, row);
            grid.add(new VBox(2, correctionReasonField, correctionError), 1, row);
        }
        grid.setPrefWidth(620);
        String title = messages.get(correction ? "rewards.ui.correct" : "rewards.ui.record");
        EditDialog dialog = new EditDialog(context, title, grid, valid, "entryOkButton",
                correction ? correctionReasonField : personSearch);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new Result(draft().orElseThrow(), correctionReasonField.getText()));
    }

    private int add(GridPane grid, int row, String labelKey, javafx.scene.Node field, EntryField error) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        grid.add(label, 0, row);
        grid.add(new VBox(2, field, errors.get(error)), 1, row);
        return row + 1;
    }

    /** What the user entered. */
    record Result(EntryDraft draft, String correctionReason) {
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
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
