package org.nineones.ui.org;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.content.ContentKind;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.content.ContentEditorView;

/** The org tree (组织机构) with the selected unit's posts and the selected post's safety content editor. */
public final class OrgView {

    @FXML private TreeView<OrgUnit> orgTree;
    @FXML private Button addUnitButton;
    @FXML private Button renameUnitButton;
    @FXML private Button deleteUnitButton;
    @FXML private Label postsTitle;
    @FXML private TableView<Post> postTable;
    @FXML private TableColumn<Post, String> postNameColumn;
    @FXML private TableColumn<Post, String> postCategoryColumn;
    @FXML private TableColumn<Post, RiskLevel> postRiskColumn;
    @FXML private Button addPostButton;
    @FXML private Button editPostButton;
    @FXML private Button deletePostButton;
    @FXML private StackPane editorPane;

    private final AppContext context;
    private final Messages messages;
    private final OrgViewModel viewModel;
    private final ContentEditorView editor;
    private final Parent root;
    private boolean syncing;

    public OrgView(AppContext context, Workspace workspace) {
        this.context = context;
        this.messages = context.messages();
        this.viewModel = new OrgViewModel(messages, context.tasks(), context.dialogs(), context.services().org(),
                workspace);
        this.editor = new ContentEditorView(context, workspace);
        this.root = context.views().load(this);
        editor.viewModel().onRiskLevelChanged(viewModel::reloadPosts);
        editor.viewModel().onApproved(context.session()::changed);
        viewModel.onPostDeleted(editor.viewModel()::postDeleted);
        viewModel.load();
    }

    @FXML
    private void initialize() {
        initTree();
        initPosts();
        editorPane.getChildren().setAll(editor.view());
        viewModel.selectedPostProperty().addListener((obs, old, now) -> editor.viewModel().open(now));
    }

    private void initTree() {
        orgTree.setShowRoot(true);
        orgTree.setCellFactory(tree -> new TreeCell<>() {
            @Override
            protected void updateItem(OrgUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : unit.name() + "（" + messages.of(unit.kind()) + "）");
            }
        });
        viewModel.units().addListener((ListChangeListener<OrgUnit>) c -> rebuildTree());
        orgTree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing) {
                viewModel.selectedUnitProperty().set(now == null ? null : now.getValue());
            }
        });
        viewModel.selectedUnitProperty().addListener((obs, old, now) -> selectInTree(now));
        renameUnitButton.disableProperty().bind(viewModel.selectedUnitProperty().isNull());
        deleteUnitButton.disableProperty().bind(viewModel.selectedUnitProperty().isNull());
        orgTree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelectedUnit();
            } else if (e.getCode() == KeyCode.F2) {
                onRenameUnit();
            }
        });
    }

    private void rebuildTree() {
        List<OrgUnit> units = viewModel.units();
        Map<Long, TreeItem<OrgUnit>> items = new HashMap<>();
        units.forEach(u -> {
            TreeItem<OrgUnit> item = new TreeItem<>(u);
            item.setExpanded(true);
            items.put(u.id(), item);
        });
        TreeItem<OrgUnit> top = null;
        for (OrgUnit u : units) {
            TreeItem<OrgUnit> parent = u.parentId() == null ? null : items.get(u.parentId());
            if (parent != null) {
                parent.getChildren().add(items.get(u.id()));
            } else if (top == null) {
                top = items.get(u.id());
            }
        }
        syncing = true;
        try {
            orgTree.setRoot(top);
        } finally {
            syncing = false;
        }
        selectInTree(viewModel.selectedUnitProperty().get());
    }

    private void selectInTree(OrgUnit unit) {
        TreeItem<OrgUnit> selected = orgTree.getSelectionModel().getSelectedItem();
        if (selected != null && unit != null && Objects.equals(selected.getValue(), unit)) {
            return;
        }
        syncing = true;
        try {
            TreeItem<OrgUnit> item = unit == null ? null : find(orgTree.getRoot(), unit.id());
            if (item == null) {
                orgTree.getSelectionModel().clearSelection();
            } else {
                orgTree.getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<OrgUnit> find(TreeItem<OrgUnit> item, long id) {
        if (item == null) {
            return null;
        }
        if (item.getValue().id() == id) {
            return item;
        }
        for (TreeItem<OrgUnit> child : item.getChildren()) {
            TreeItem<OrgUnit> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private void initPosts() {
        postTable.setItems(viewModel.posts());
        postTable.setPlaceholder(new Label(messages.get("ui.org.noPosts")));
        postNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        postCategoryColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.of(c.getValue().category())));
        postRiskColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().riskLevel()));
        postRiskColumn.setCellFactory(column -> new RiskCell(messages));
        postTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!Objects.equals(viewModel.selectedPostProperty().get(), now)) {
                viewModel.selectedPostProperty().set(now);
            }
        });
        viewModel.selectedPostProperty().addListener((obs, old, now) -> {
            if (now == null) {
                postTable.getSelectionModel().clearSelection();
            } else if (!Objects.equals(postTable.getSelectionModel().getSelectedItem(), now)) {
                postTable.getSelectionModel().select(now);
            }
        });
        postsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            OrgUnit unit = viewModel.selectedUnitProperty().get();
            return unit == null ? messages.get("ui.org.postsNoUnit") : messages.get("ui.org.postsOf", unit.name());
        }, viewModel.selectedUnitProperty()));
        addPostButton.disableProperty().bind(viewModel.selectedUnitProperty().isNull());
        editPostButton.disableProperty().bind(viewModel.selectedPostProperty().isNull());
        deletePostButton.disableProperty().bind(viewModel.selectedPostProperty().isNull());
        postTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.deleteSelectedPost();
            } else if (e.getCode() == KeyCode.ENTER) {
                onEditPost();
            }
        });
        postTable.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                onEditPost();
            }
        });
    }

    @FXML
    private void onAddUnit() {
        String title = messages.get("ui.org.addUnitTitle", messages.of(viewModel.kindOfNewUnit()));
        String initial = viewModel.units().isEmpty() ? context.session().enterpriseNameProperty().get() : "";
        context.dialogs().askText(title, messages.get("ui.org.unitName"), initial).ifPresent(viewModel::addUnit);
    }

    @FXML
    private void onRenameUnit() {
        OrgUnit unit = viewModel.selectedUnitProperty().get();
        if (unit != null) {
            context.dialogs().askText(messages.get("ui.org.renameUnitTitle"), messages.get("ui.org.unitName"),
                    unit.name()).ifPresent(viewModel::renameSelectedUnit);
        }
    }

    @FXML
    private void onDeleteUnit() {
        viewModel.deleteSelectedUnit();
    }

    @FXML
    private void onAddPost() {
        OrgUnit unit = viewModel.selectedUnitProperty().get();
        if (unit != null) {
            Post post = new PostDialog(context, null, unit.id()).showAndWait();
            if (post != null) {
                viewModel.savePost(post);
            }
        }
    }

    @FXML
    private void onEditPost() {
        Post selected = viewModel.selectedPostProperty().get();
        if (selected != null) {
            Post post = new PostDialog(context, selected, selected.orgUnitId()).showAndWait();
            if (post != null) {
                viewModel.savePost(post);
            }
        }
    }

    @FXML
    private void onDeletePost() {
        viewModel.deleteSelectedPost();
    }

    /** Selects a post and shows its content of one kind (one click from the gaps view). */
    public void showPost(long postId, ContentKind kind) {
        editor.showKind(kind);
        viewModel.showPost(postId);
    }

    /** The id of the selected post, or null. */
    public Long selectedPostId() {
        Post post = viewModel.selectedPostProperty().get();
        return post == null ? null : post.id();
    }

    /**
     * Reads everything the screen shows again, after something else changed the workspace (an import, a template,
     * an approval): the tree, the posts and, unless it holds unsaved edits, the selected post's content.
     */
    public void reload() {
        viewModel.reload();
        if (!editor.viewModel().hasUnsavedChanges()) {
            editor.viewModel().reload();
        }
    }

    /** Reads the selected post's content again, after something else (a template, an import) changed it. */
    public void reloadContent() {
        editor.viewModel().reload();
    }

    /** Called after a unit or a post was added, renamed or deleted here. */
    public void onEdited(Runnable action) {
        viewModel.onEdited(action);
    }

    /** True when the post's content has edits not yet saved. */
    public boolean hasUnsavedChanges() {
        return editor.viewModel().hasUnsavedChanges();
    }

    /** Asks about unsaved content edits (save or discard), then runs {@code then}. */
    public void whenChangesSettled(Runnable then) {
        editor.viewModel().saveOrDiscardChanges(then);
    }

    public Parent root() {
        return root;
    }

    /** A label with the risk level's text in its statutory colour (table cells and the post dialog's list). */
    static Label badge(Messages messages, RiskLevel level) {
        Label badge = new Label(messages.of(level));
        badge.getStyleClass().addAll("risk-badge", "risk-" + level.name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    /** Shows the risk level as a badge in its statutory colour. */
    private static final class RiskCell extends TableCell<Post, RiskLevel> {
        private final Messages messages;

        RiskCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(RiskLevel level, boolean empty) {
            super.updateItem(level, empty);
            if (empty || level == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            setGraphic(badge(messages, level));
            setText(null);
        }
    }
}
