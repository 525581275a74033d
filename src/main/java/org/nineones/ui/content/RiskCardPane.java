package org.nineones.ui.content;

import java.util.Locale;
import java.util.Objects;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;

import org.controlsfx.control.CheckComboBox;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.AccidentType;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EnumConverter;

/** The risk card tab: hazards, consequences, controls, GB 6441 accident types, risk level in its colour, contacts. */
final class RiskCardPane {

    @FXML private TextArea hazardsArea;
    @FXML private TextArea consequencesArea;
    @FXML private TextArea controlsArea;
    @FXML private CheckComboBox<AccidentType> accidentTypesBox;
    @FXML private Label accidentTypesText;
    @FXML private ComboBox<RiskLevel> riskLevelBox;
    @FXML private Label riskLevelBadge;
    @FXML private TextArea riskContactsArea;

    private final Messages messages;
    private final KindEditorModel model;
    private final Parent root;
    private boolean syncing;

    RiskCardPane(AppContext context, KindEditorModel model) {
        this.messages = context.messages();
        this.model = model;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        RiskCardForm form = model.riskCard();
        hazardsArea.textProperty().bindBidirectional(form.hazardsProperty());
        consequencesArea.textProperty().bindBidirectional(form.consequencesProperty());
        controlsArea.textProperty().bindBidirectional(form.controlsProperty());
        riskContactsArea.textProperty().bindBidirectional(form.contactsProperty());
        Fields.readOnlyWhen(model.readOnlyProperty(), hazardsArea, consequencesArea, controlsArea, riskContactsArea);
        accidentTypesBox.getItems().setAll(AccidentType.values());
        accidentTypesBox.setConverter(new EnumConverter<>(messages, AccidentType.class));
        accidentTypesBox.setTitle(messages.get("ui.content.risk.choose"));
        accidentTypesBox.setShowCheckedCount(true);
        accidentTypesBox.disableProperty().bind(model.readOnlyProperty());
        form.accidentTypes().addListener((ListChangeListener<AccidentType>) c -> showAccidentTypes(form));
        accidentTypesBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<AccidentType>) c -> {
            if (!syncing) {
                form.accidentTypes().setAll(accidentTypesBox.getCheckModel().getCheckedItems().stream()
                        .filter(Objects::nonNull).distinct().sorted().toList());
            }
        });
        showAccidentTypes(form);
        riskLevelBox.getItems().setAll(RiskLevel.values());
        riskLevelBox.setConverter(new EnumConverter<>(messages, RiskLevel.class));
        riskLevelBox.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RiskLevel level, boolean empty) {
                super.updateItem(level, empty);
                setText(null);
                setGraphic(empty || level == null ? null : badge(level));
            }
        });
        riskLevelBox.valueProperty().bindBidirectional(form.riskLevelProperty());
        riskLevelBox.disableProperty().bind(model.readOnlyProperty());
        form.riskLevelProperty().addListener((obs, old, now) -> showRiskLevel(now));
        showRiskLevel(form.riskLevelProperty().get());
    }

    private void showAccidentTypes(RiskCardForm form) {
        syncing = true;
        try {
            accidentTypesBox.getCheckModel().clearChecks();
            form.accidentTypes().forEach(t -> accidentTypesBox.getCheckModel().check(t));
        } finally {
            syncing = false;
        }
        accidentTypesText.setText(form.accidentTypes().isEmpty() ? messages.get("ui.content.risk.noneChosen")
                : String.join("、", form.accidentTypes().stream().map(messages::of).toList()));
    }

    private void showRiskLevel(RiskLevel level) {
        riskLevelBadge.getStyleClass().removeIf(s -> s.startsWith("risk-"));
        if (level == null) {
            riskLevelBadge.setText("");
            return;
        }
        riskLevelBadge.setText(messages.of(level));
        riskLevelBadge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(Locale.ROOT));
    }

    private Label badge(RiskLevel level) {
        Label badge = new Label(messages.of(level));
        badge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    Parent root() {
        return root;
    }
}
