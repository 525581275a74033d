package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.enterprise.EnterpriseView;
import org.nineones.ui.gaps.GapsView;
import org.nineones.ui.org.OrgView;
import org.nineones.ui.people.EmployeesView;
import org.nineones.ui.training.TrainingView;

/** The screens of an open workspace, one tab each: people, org tree with posts and their content, gaps, enterprise. */
final class WorkspaceTabs {

    private final TabPane tabs = new TabPane();
    private final Tab peopleTab;
    private final EmployeesView people;
    private final OrgView org;

    WorkspaceTabs(AppContext context, Workspace workspace, Consumer<Path> importFile) {
        Messages messages = context.messages();
        tabs.setId("workspaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab enterpriseTab = new Tab(messages.get("ui.tab.enterprise"), new EnterpriseView(context, workspace).root());
        enterpriseTab.setId("enterpriseTab");
        org = new OrgView(context, workspace);
        Tab orgTab = new Tab(messages.get("ui.tab.org"), org.root());
        orgTab.setId("orgTab");
        GapsView gaps = new GapsView(context, workspace, (postId, kind) -> {
            tabs.getSelectionModel().select(orgTab);
            org.showPost(postId, kind);
        }, new GapsView.Editor() {
            @Override
            public void whenSettled(Runnable then) {
                org.whenChangesSettled(then);
            }

            @Override
            public void reload() {
                org.reloadContent();
            }
        });
        Tab gapsTab = new Tab(messages.get("ui.tab.gaps"), gaps.view());
        gapsTab.setId("gapsTab");
        gapsTab.setOnSelectionChanged(e -> {
            if (gapsTab.isSelected()) {
                gaps.reload();
            }
        });
        people = new EmployeesView(context, workspace, importFile);
        peopleTab = new Tab(messages.get("ui.tab.people"), people.view());
        peopleTab.setId("peopleTab");
        TrainingView training = new TrainingView(context, workspace);
        Tab trainingTab = new Tab(messages.get("training.ui.tab"), training.view());
        trainingTab.setId("trainingTab");
        trainingTab.setOnSelectionChanged(e -> {
            if (trainingTab.isSelected()) {
                training.reload();
            }
        });
        tabs.getTabs().setAll(peopleTab, orgTab, gapsTab, trainingTab, enterpriseTab);
    }

    TabPane node() {
        return tabs;
    }

    void showPeopleAndSearch() {
        tabs.getSelectionModel().select(peopleTab);
        people.focusSearch();
    }

    boolean hasUnsavedChanges() {
        return org.hasUnsavedChanges();
    }

    /** Asks about unsaved edits (save or discard), then runs {@code then}. */
    void whenChangesSettled(Runnable then) {
        org.whenChangesSettled(then);
    }

    void reloadPeople() {
        people.reload();
    }

    /** The post selected in the org screen, or null. */
    Long selectedPostId() {
        return org.selectedPostId();
    }

    /** Asks about unsaved content edits (save or discard), then runs {@code then}. */
    void whenContentSettled(Runnable then) {
        org.whenChangesSettled(then);
    }

    /** Shows the selected post's content as it is now in the workspace. */
    void reloadContent() {
        org.reloadContent();
    }
}
