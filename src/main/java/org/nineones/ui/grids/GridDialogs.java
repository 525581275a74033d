package org.nineones.ui.grids;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.controlsfx.control.SearchableComboBox;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.service.grids.ListedArea;
import org.nineones.service.people.People;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.EditDialog;

/**
 * The area's form (新增网格… / 编辑…): name, the area above (level one, the enterprise itself, has none; only areas of
 * level one or two can hold one, and never the area itself or one below it), location, risk level (automatic from
 * its posts, or set with a reason), the supervising and the specific responsible person and the grid inspector found
 * by typing part of a name or number, and the org units and posts that work there. OK stays disabled until the form
 * says what is missing; the service's rules decide the rest and their refusals are shown as sentences.
 */
final class GridDialogs {

    private final AppContext context;
    private final Messages messages;

    GridDialogs(AppContext context) {
        this.context = context;
        this.messages = context.messages();
    }

    /**
     * The form for a new area under {@code parent} ({@code original} null) or for {@code original}; {@code areas} is
     * the grid as listed, {@code people} the roster, org units and posts.
     */
    Optional<GridArea> area(ListedArea original, ListedArea parent, List<ListedArea> areas, People people) {
        boolean root = original != null ? original.area().isRoot() : parent == null;
        TextField name = field("gridNameField", 24);
        TextField location = field("gridLocationField", 24);
        ComboBox<ListedArea> above = new ComboBox<>(FXCollections.observableArrayList(parents(original, areas)));
        above.setId("gridParentBox");
        above.setConverter(converter(a -> a == null ? messages.get("gridui.form.noParent") : a.path()));
        above.setDisable(root);
        ComboBox<RiskLevel> risk = new ComboBox<>();
        risk.getItems().add(null);
        risk.getItems().addAll(RiskLevel.values());
        risk.setId("gridRiskBox");
        risk.setConverter(converter(r -> r == null ? messages.get("gridui.form.riskFromPosts") : messages.of(r)));
        TextField reason = field("gridRiskReasonField", 24);
        reason.disableProperty().bind(risk.valueProperty().isNull());
        List<Employee> staff = people.employees().stream().filter(e -> e.status() != EmployeeStatus.LEFT
                || original != null && isOneOf(e.id(), original.area())).toList();
        ComboBox<Employee> supervisor = person("gridSupervisorBox", staff, false);
        ComboBox<Employee> responsible = person("gridResponsibleBox", staff, false);
        ComboBox<Employee> inspector = person("gridInspectorBox", staff, true);
        Map<Long, String> unitPaths = OrgPaths.printed(people.units());
        ListView<OrgUnit> units = list("gridUnitList", people.units(), u -> unitPaths.getOrDefault(u.id(), u.name()));
        ListView<Post> posts = list("gridPostList", people.posts(), p -> unitPaths.getOrDefault(p.orgUnitId(), "")
                + OrgPaths.PRINTED_SEPARATOR + p.name());

        if (original != null) {
            GridArea a = original.area();
            name.setText(a.name());
            location.setText(a.location());
            above.setValue(areas.stream().filter(x -> Objects.equals(x.area().id(), a.parentId())).findFirst()
                    .orElse(null));
            risk.setValue(a.riskOverride());
            reason.setText(a.riskReason());
            select(supervisor, staff, a.supervisorId());
            select(responsible, staff, a.responsibleId());
            select(inspector, staff, a.gridInspectorId());
            selectAll(units, u -> a.orgUnitIds().contains(u.id()));
            selectAll(posts, p -> a.postIds().contains(p.id()));
        } else {
            above.setValue(parent);
        }

        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        grid.addRow(0, label(messages, "gridui.form.name", name), name);
        grid.addRow(1, label(messages, "gridui.form.parent", above), above);
        grid.addRow(2, label(messages, "gridui.form.location", location), location);
        grid.addRow(3, label(messages, "gridui.form.risk", risk), new HBox(8, risk,
                label(messages, "gridui.form.reason", reason), reason));
        grid.addRow(4, label(messages, "gridui.form.supervisor", supervisor), supervisor);
        grid.addRow(5, label(messages, "gridui.form.responsible", responsible), responsible);
        grid.addRow(6, label(messages, "gridui.form.inspector", inspector), inspector);
        VBox unitBox = new VBox(4, label(messages, "gridui.form.units", units), units);
        VBox postBox = new VBox(4, label(messages, "gridui.form.posts", posts), posts);
        HBox.setHgrow(unitBox, Priority.ALWAYS);
        HBox.setHgrow(postBox, Priority.ALWAYS);
        grid.add(new HBox(8, unitBox, postBox), 0, 7, 2, 1);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setId("gridFormError");
        error.setWrapText(true);
        grid.add(error, 0, 8, 2, 1);
        BooleanBinding valid = Bindings.createBooleanBinding(() -> {
            String problem = name.getText().isBlank() ? messages.get("gridui.form.needName")
                    : !root && above.getValue() == null ? messages.get("gridui.form.needParent")
                    : risk.getValue() != null && reason.getText().isBlank() ? messages.get("gridui.form.needReason")
                    : supervisor.getValue() != null && Objects.equals(supervisor.getValue(), responsible.getValue())
                    ? messages.get("gridui.form.samePerson") : "";
            error.setText(problem);
            return problem.isEmpty();
        }, name.textProperty(), above.valueProperty(), risk.valueProperty(), reason.textProperty(),
                supervisor.valueProperty(), responsible.valueProperty());
        String title = messages.get(original == null ? "gridui.add" : "gridui.edit");
        if (!new EditDialog(context, title, grid, valid, "gridOkButton", name).showAndWait()) {
            return Optional.empty();
        }
        GridArea base = original == null ? null : original.area();
        return Optional.of(new GridArea(base == null ? null : base.id(),
                root ? null : above.getValue().area().id(), name.getText(), location.getText(), risk.getValue(),
                risk.getValue() == null ? "" : reason.getText(), idOf(supervisor), idOf(responsible),
                idOf(inspector), base == null ? 0 : base.sortOrder(),
                units.getSelectionModel().getSelectedItems().stream().map(OrgUnit::id).toList(),
                posts.getSelectionModel().getSelectedItems().stream().map(Post::id).toList()));
    }

    /** Where an area may sit: areas of level one or two, never the area itself nor one of its own sub-areas. */
    private static List<ListedArea> parents(ListedArea original, List<ListedArea> areas) {
        Set<Long> own = new HashSet<>();
        if (original != null) {
            own.add(original.area().id());
            boolean grew = true;
            while (grew) {
                grew = false;
                for (ListedArea a : areas) {
                    if (a.area().parentId() != null && own.contains(a.area().parentId()) && own.add(a.area().id())) {
                        grew = true;
                    }
                }
            }
        }
        return areas.stream().filter(a -> a.level() < GridRules.MAX_LEVEL && !own.contains(a.area().id())).toList();
    }

    private static boolean isOneOf(Long id, GridArea a) {
        return id != null && (id.equals(a.supervisorId()) || id.equals(a.responsibleId())
                || id.equals(a.gridInspectorId()));
    }

    private ComboBox<Employee> person(String id, List<Employee> staff, boolean optional) {
        List<Employee> items = new ArrayList<>();
        if (optional) {
            items.add(null);
        }
        items.addAll(staff);
        // a roster of hundreds: typing part of a name or number narrows the list
        SearchableComboBox<Employee> box = new SearchableComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setVisibleRowCount(8);
        box.setConverter(converter(e -> e == null ? messages.get("gridui.form.nobody") : PersonText.of(messages, e)));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static void select(ComboBox<Employee> box, List<Employee> staff, Long id) {
        box.setValue(id == null ? null : staff.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null));
    }

    private static Long idOf(ComboBox<Employee> box) {
        return box.getValue() == null ? null : box.getValue().id();
    }

    private static <T> ListView<T> list(String id, Collection<T> items, Function<T, String> text) {
        ListView<T> list = new ListView<>(FXCollections.observableArrayList(items));
        list.setId(id);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPrefHeight(120);
        list.setPrefWidth(240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return list;
    }

    private static <T> void selectAll(ListView<T> list, java.util.function.Predicate<T> chosen) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (chosen.test(list.getItems().get(i))) {
                list.getSelectionModel().select(i);
            }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A text field of the grid's forms (also the dispatch report's), {@code columns} wide. */
    static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    /** The label of a field of the grid's forms (also the dispatch report's), never cut. */
    static Label label(Messages messages, String key, javafx.scene.Node target) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(target);
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    /**
     * 打印公示牌…: the paper of {@code area}'s board, A4 (chosen at first) or A3 (the same board enlarged); empty when
     * cancelled.
     */
    Optional<String> boardPaper(ListedArea area) {
        ToggleGroup group = new ToggleGroup();
        RadioButton a4 = new RadioButton(messages.get("gridui.paper.a4"));
        a4.setId("gridPaperA4");
        a4.setToggleGroup(group);
        a4.setSelected(true);
        RadioButton a3 = new RadioButton(messages.get("gridui.paper.a3"));
        a3.setId("gridPaperA3");
        a3.setToggleGroup(group);
        Label what = new Label(messages.get("gridui.paper.area", area.path()));
        what.setWrapText(true);
        what.setMaxWidth(360);
        VBox box = new VBox(8, what, a4, a3);
        box.setPadding(new Insets(8));
        if (!new EditDialog(context, messages.get("gridui.printBoard"), box, group.selectedToggleProperty().isNotNull(),
                "gridPaperOkButton", a4, messages.get("gridui.paper.preview")).showAndWait()) {
            return Optional.empty();
        }
        return Optional.of(a3.isSelected() ? "A3" : "A4");
    }
}
