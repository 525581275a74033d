package org.nineones.ui.rewards;

import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.nineones.model.Messages;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/** 添加规则 / 编辑规则: code, kind, description, default amount and points, active. */
final class RuleDialog {

    final TextField codeField = new TextField();
    final ComboBox<RewardKind> kindBox = new ComboBox<>(FXCollections.observableArrayList(RewardKind.values()));
    final TextField descriptionField = new TextField();
    final TextField amountField = new TextField("0");
    final TextField pointsField = new TextField("0");
    final CheckBox activeBox = new CheckBox();
    private final RewardsViewModel model;
    private final RewardRule original;

    RuleDialog(RewardsViewModel model, RewardRule original) {
        this.model = model;
        this.original = original;
        codeField.setId("ruleCodeField");
        kindBox.setId("ruleKindBox");
        descriptionField.setId("ruleDescriptionField");
        amountField.setId("ruleAmountField");
        pointsField.setId("rulePointsField");
        activeBox.setId("ruleActiveBox");
        kindBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(RewardKind kind) {
                return kind == null ? "" : model.service().kindName(kind);
            }

            @Override
            public RewardKind fromString(String s) {
                return null;
            }
        });
        activeBox.setSelected(true);
        if (original != null) {
            codeField.setText(original.code());
            kindBox.setValue(original.kind());
            descriptionField.setText(original.description());
            amountField.setText(model.amount(original.amount()));
            pointsField.setText(model.amount(original.points()));
            activeBox.setSelected(original.active());
        }
    }

    Optional<RewardRule> showAndWait(AppContext context) {
        Messages messages = model.messages();
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, new Label(messages.get("rewards.ui.ruleCode")), codeField);
        grid.addRow(1, new Label(messages.get("rewards.column.kind")), kindBox);
        grid.addRow(2, new Label(messages.get("rewards.ui.ruleDescription")), descriptionField);
        grid.addRow(3, new Label(messages.get("rewards.column.amount")), amountField);
        grid.addRow(4, new Label(messages.get("rewards.column.points")), pointsField);
        activeBox.setText(messages.get("rewards.ui.ruleActive"));
        grid.add(activeBox, 1, 5);
        descriptionField.setPrefColumnCount(30);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        grid.add(error, 1, 6);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> {
            String problem = codeField.getText().isBlank() ? messages.get("rewards.rule.codeMissing")
                    : kindBox.getValue() == null ? messages.get("rewards.check.kindMissing")
                    : descriptionField.getText().isBlank() ? messages.get("rewards.rule.descriptionMissing")
                    : !number(amountField.getText()) || !number(pointsField.getText())
                    ? messages.get("rewards.ui.notANumber") : "";
            error.setText(problem);
            return problem.isEmpty();
        }, codeField.textProperty(), kindBox.valueProperty(), descriptionField.textProperty(),
                amountField.textProperty(), pointsField.textProperty());
        EditDialog dialog = new EditDialog(context, messages.get(original == null ? "rewards.ui.addRule"
                : "rewards.ui.editRule"), grid, valid, "ruleOkButton", codeField);
        if (!dialog.showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(new RewardRule(original == null ? null : original.id(), codeField.getText().strip(),
                kindBox.getValue(), descriptionField.getText().strip(), Double.parseDouble(amountField.getText().strip()),
                Double.parseDouble(pointsField.getText().strip()), activeBox.isSelected()));
    }

    private static boolean number(String text) {
        try {
            double v = Double.parseDouble(text.strip());
            return !Double.isNaN(v);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
