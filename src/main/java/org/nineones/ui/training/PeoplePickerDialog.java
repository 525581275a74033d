package org.nineones.ui.training;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.training.Trainee;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/** 添加人员…: search the roster and tick many people (those already signed in are left out). */
final class PeoplePickerDialog {

    private final Set<Long> chosen = new LinkedHashSet<>();
    private final EditDialog dialog;

    PeoplePickerDialog(AppContext context, List<Trainee> roster, Set<Long> already, Function<Long, String> unitOf) {
        Messages messages = context.messages();
        ObservableList<Trainee> all = FXCollections.observableArrayList(roster.stream()
                .filter(t -> t.status() != EmployeeStatus.LEFT && !already.contains(t.id())).toList());
        FilteredList<Trainee> shown = new FilteredList<>(all, t -> true);
        TextField search = new TextField();
        search.setId("pickSearch");
        search.setPromptText(messages.get("training.ui.pickSearch"));
        Label count = new Label(messages.get("training.ui.pickCount", 0));
        count.setId("pickCount");
        ListView<Trainee> list = new ListView<>(shown);
        list.setId("pickList");
        list.setPrefSize(520, 380);
        java.util.Map<Long, SimpleBooleanProperty> ticks = new java.util.HashMap<>();
        Runnable recount = () -> count.setText(messages.get("training.ui.pickCount", chosen.size()));
        Function<Trainee, SimpleBooleanProperty> tick = t -> ticks.computeIfAbsent(t.id(), id -> {
            SimpleBooleanProperty p = new SimpleBooleanProperty(false);
            p.addListener((o, was, now) -> {
                if (now) {
                    chosen.add(id);
                } else {
                    chosen.remove(id);
                }
                recount.run();
            });
            return p;
        });
        list.setCellFactory(CheckBoxListCell.forListView(tick::apply, new StringConverter<>() {
            @Override
            public String toString(Trainee t) {
                return t == null ? "" : t.name() + "　" + (t.employeeNumber() == null ? "" : t.employeeNumber()) + "　"
                        + unitOf.apply(t.orgUnitId()) + "　" + (t.postName() == null ? "" : t.postName());
            }

            @Override
            public Trainee fromString(String s) {
                return null;
            }
        }));
        search.textProperty().addListener((o, was, now) -> {
            String s = now == null ? "" : now.strip();
            shown.setPredicate(t -> s.isEmpty() || t.name().contains(s)
                    || (t.employeeNumber() != null && t.employeeNumber().contains(s))
                    || unitOf.apply(t.orgUnitId()).contains(s) || (t.postName() != null && t.postName().contains(s))
                    || t.idNumber().endsWith(s));
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.SPACE && list.getSelectionModel().getSelectedItem() != null) {
                SimpleBooleanProperty p = tick.apply(list.getSelectionModel().getSelectedItem());
                p.set(!p.get());
                e.consume();
            }
        });
        Button allShown = new Button(messages.get("training.ui.pickAllShown"));
        allShown.setId("pickAllShown");
        allShown.setOnAction(e -> shown.forEach(t -> tick.apply(t).set(true)));
        Button none = new Button(messages.get("training.ui.pickNone"));
        none.setId("pickNone");
        none.setOnAction(e -> List.copyOf(ticks.values()).forEach(p -> p.set(false)));
        HBox bar = new HBox(8, search, allShown, none, count);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox box = new VBox(8, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        dialog = new EditDialog(context, messages.get("training.ui.addAttendees"), box,
                javafx.beans.binding.Bindings.createBooleanBinding(() -> !chosen.isEmpty(), count.textProperty()),
                "pickOkButton", search, messages.get("training.ui.pickOk"));
    }

    /** The people ticked, or empty when cancelled. */
    Optional<Set<Long>> showAndWait() {
        return dialog.showAndWait() && !chosen.isEmpty() ? Optional.of(Set.copyOf(chosen)) : Optional.empty();
    }
}
