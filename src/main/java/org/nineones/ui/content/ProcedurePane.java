package org.nineones.ui.content;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.TextArea;

import org.nineones.ui.common.AppContext;

/** The operating procedure tab: five text areas, one point per line. */
final class ProcedurePane {

    @FXML private TextArea beforeWorkArea;
    @FXML private TextArea duringWorkArea;
    @FXML private TextArea afterWorkArea;
    @FXML private TextArea prohibitedArea;
    @FXML private TextArea equipmentArea;

    private final KindEditorModel model;
    private final Parent root;

    ProcedurePane(AppContext context, KindEditorModel model) {
        this.model = model;
        this.root = context.views().load(this);
    }

    @FXML
    private void initialize() {
        ProcedureForm form = model.procedure();
        beforeWorkArea.textProperty().bindBidirectional(form.beforeWorkProperty());
        duringWorkArea.textProperty().bindBidirectional(form.duringWorkProperty());
        afterWorkArea.textProperty().bindBidirectional(form.afterWorkProperty());
        prohibitedArea.textProperty().bindBidirectional(form.prohibitedActsProperty());
        equipmentArea.textProperty().bindBidirectional(form.protectiveEquipmentProperty());
        Fields.readOnlyWhen(model.readOnlyProperty(), beforeWorkArea, duringWorkArea, afterWorkArea, prohibitedArea,
                equipmentArea);
    }

    Parent root() {
        return root;
    }
}
