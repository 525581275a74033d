package org.nineones.ui.inspector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.common.Columns;

/**
 * 组织与岗位, read-only: the org tree; the posts of the unit chosen (all when none), searched as you type over post
 * and unit names; and the chosen post's duty list, procedure, risk and emergency cards in force, as text.
 */
final class PostsPart implements InspectionScreen.Part {

    /** A post as listed: the unit's path resolved once, and a lower-case key to search. */
    record PostRow(Post post, String unit, String category, String risk, String key) {
    }

    private final AppContext context;
    private final Messages messages;
    private final Workspace records;
    private final TreeView<OrgUnit> tree = new TreeView<>();
    private final ObservableList<PostRow> rows = FXCollections.observableArrayList();
    private final FilteredList<PostRow> shown = new FilteredList<>(rows);
    private final TableView<PostRow> table = new TableView<>(shown);
    private final TextField search = new TextField();
    private final Label count = new Label();
    private final TextArea content = new TextArea();
    private final SplitPane node;
    private Map<Long, List<Long>> children = Map.of();

    PostsPart(AppContext context, Workspace records) {
        this.context = context;
        this.messages = context.messages();
        this.records = records;
        tree.setId("inspOrgTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new javafx.scene.control.TreeCell<>() {
            @Override
            protected void updateItem(OrgUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.name());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> filter());
        search.setId("inspPostSearch");
        search.setPromptText(messages.get("inspector.org.searchPosts"));
        search.textProperty().addListener((obs, old, now) -> filter());
        table.setId("inspPostTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text(messages, "inspector.org.post", 130, r -> r.post().name()));
        table.getColumns().add(Columns.text(messages, "inspector.org.unit", 130, PostRow::unit));
        table.getColumns().add(Columns.text(messages, "inspector.org.category", 90, PostRow::category));
        table.getColumns().add(Columns.text(messages, "inspector.org.risk", 70, PostRow::risk));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showContent(now));
        count.getStyleClass().add("count-label");
        count.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox posts = new VBox(6, search, table, count);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setId("inspPostContent");
        content.setEditable(false);
        content.setWrapText(true);
        content.setPromptText(messages.get("inspector.org.choosePost"));
        SplitPane right = new SplitPane(posts, content);
        right.setOrientation(Orientation.VERTICAL);
        right.setDividerPositions(0.45);
        node = new SplitPane(tree, right);
        node.setDividerPositions(0.25);
        SplitPane.setResizableWithParent(tree, false);
    }


    @Override
    public Node node() {
        return node;
    }

    private record Read(List<OrgUnit> units, List<Post> posts) {
    }

    @Override
    public void load() {
        context.tasks().run(messages.get("inspector.task.read"), progress -> new Read(
                context.services().org().units(records), context.services().org().allPosts(records)), this::show);
    }

    private void show(Read read) {
        Map<Long, OrgUnit> byId = new HashMap<>();
        Map<Long, List<Long>> kids = new HashMap<>();
        read.units().forEach(u -> byId.put(u.id(), u));
        List<OrgUnit> sorted = new ArrayList<>(read.units());
        sorted.sort(Comparator.comparingInt(OrgUnit::sortOrder).thenComparing(OrgUnit::name));
        TreeItem<OrgUnit> root = new TreeItem<>();
        Map<Long, TreeItem<OrgUnit>> items = new HashMap<>();
        sorted.forEach(u -> items.put(u.id(), new TreeItem<>(u)));
        for (OrgUnit u : sorted) {
            TreeItem<OrgUnit> parent = u.parentId() == null ? root : items.getOrDefault(u.parentId(), root);
            parent.getChildren().add(items.get(u.id()));
            kids.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u.id());
            items.get(u.id()).setExpanded(true);
        }
        children = kids;
        tree.setRoot(root);
        rows.setAll(read.posts().stream().map(p -> {
            String unit = path(byId, p.orgUnitId());
            String category = messages.of(p.category());
            return new PostRow(p, unit, category, messages.of(p.riskLevel()),
                    (p.name() + '\n' + unit + '\n' + category).toLowerCase(Locale.ROOT));
        }).toList());
        filter();
    }

    private static String path(Map<Long, OrgUnit> byId, Long id) {
        List<String> names = new ArrayList<>();
        OrgUnit u = id == null ? null : byId.get(id);
        while (u != null && names.size() < 10) {
            if (u.parentId() != null) {
                names.add(0, u.name());
            }
            u = u.parentId() == null ? null : byId.get(u.parentId());
        }
        OrgUnit own = id == null ? null : byId.get(id);
        return names.isEmpty() && own != null ? own.name() : String.join("/", names);
    }

    private void filter() {
        TreeItem<OrgUnit> chosen = tree.getSelectionModel().getSelectedItem();
        Set<Long> units = chosen == null || chosen.getValue() == null || chosen.getValue().parentId() == null
                ? null : below(chosen.getValue().id());
        String[] terms = search.getText() == null ? new String[0]
                : search.getText().strip().toLowerCase(Locale.ROOT).split("\\s+");
        shown.setPredicate(r -> (units == null || units.contains(r.post().orgUnitId()))
                && java.util.Arrays.stream(terms).allMatch(r.key()::contains));
        count.setText(messages.get("inspector.org.count", rows.size(), shown.size()));
    }

    private Set<Long> below(long unit) {
        Set<Long> all = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(unit));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            if (all.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return all;
    }

    private void showContent(PostRow row) {
        if (row == null) {
            content.clear();
            return;
        }
        long postId = row.post().id();
        LocalDate today = LocalDate.now();
        var service = context.services().content();
        context.tasks().run(messages.get("inspector.task.read"), progress -> ContentText.of(messages,
                kind -> service.inForce(records, postId, kind, today),
                kind -> service.draft(records, postId, kind)), text -> {
                    PostRow now = table.getSelectionModel().getSelectedItem();
                    if (now != null && now.post().id() == postId) {
                        content.setText(text);
                    }
                });
    }

    /** The posts shown, for tests. */
    List<PostRow> shownRows() {
        return List.copyOf(shown);
    }
}
