package org.nineones.ui.handles;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.ui.FakeDialogService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The org tree, the posts table and the post's content editor. Text prompts are answered through the fake dialogs. */
public final class OrgHandle extends Handle {

    private final FakeDialogService dialogs;

    OrgHandle(FxRobot robot, FakeDialogService dialogs) {
        super(robot);
        this.dialogs = dialogs;
    }

    /** Adds a unit below the selected one (or the company when the tree is empty). */
    public OrgHandle addUnit(String name) {
        dialogs.texts.add(name);
        click("addUnitButton");
        return this;
    }

    public OrgHandle selectUnit(String name) {
        TreeView<OrgUnit> tree = node("orgTree");
        TreeItem<OrgUnit> item = find(tree.getRoot(), name);
        if (item == null) {
            throw new AssertionError("no unit " + name + " in " + unitNames());
        }
        robot.interact(() -> tree.getSelectionModel().select(item));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    public OrgHandle deleteSelectedUnit(boolean confirm) {
        dialogs.confirmations.add(confirm);
        click("deleteUnitButton");
        return this;
    }

    public List<String> unitNames() {
        TreeView<OrgUnit> tree = node("orgTree");
        List<String> names = new ArrayList<>();
        collect(tree.getRoot(), names);
        return names;
    }

    private static void collect(TreeItem<OrgUnit> item, List<String> names) {
        if (item == null) {
            return;
        }
        names.add(item.getValue().name());
        item.getChildren().forEach(c -> collect(c, names));
    }

    private static TreeItem<OrgUnit> find(TreeItem<OrgUnit> item, String name) {
        if (item == null) {
            return null;
        }
        if (item.getValue().name().equals(name)) {
            return item;
        }
        for (TreeItem<OrgUnit> child : item.getChildren()) {
            TreeItem<OrgUnit> found = find(child, name);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Opens 添加岗位 for the selected unit. */
    public PostDialogHandle addPost() {
        robot.clickOn("#addPostButton");
        WaitForAsyncUtils.waitForFxEvents();
        return new PostDialogHandle(robot);
    }

    public List<Post> posts() {
        TableView<Post> table = node("postTable");
        return List.copyOf(table.getItems());
    }

    public OrgHandle selectPost(String name) {
        TableView<Post> table = node("postTable");
        Post post = table.getItems().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(post));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The selected post's content editor. */
    public ContentEditorHandle editor() {
        return new ContentEditorHandle(robot, dialogs);
    }
}
