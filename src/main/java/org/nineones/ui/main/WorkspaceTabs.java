package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.Messages;
import org.nineones.service.ledger.Feature;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.enterprise.EnterpriseView;
import org.nineones.ui.gaps.GapsView;
import org.nineones.ui.org.OrgView;
import org.nineones.ui.people.EmployeesView;

/**
 * The screens of an open workspace, one tab each: people, org tree with posts and their content, gaps, one tab per
 * feature of people's records (from the feature registry), enterprise.
 */
final class WorkspaceTabs {

    private final TabPane tabs = new TabPane();
    private final Tab peopleTab;
    private final EmployeesView people;
    private final OrgView org;
    /** How each tab of people's records reloads: when shown, and after a ledger import while shown. */
    private final Map<Tab, Runnable> recordReloads = new HashMap<>();

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
        tabs.getTabs().setAll(peopleTab, orgTab, gapsTab);
        // one tab per feature of people's records, as registered in app.Services
        for (Feature feature : context.services().features().all()) {
            FeatureTabs.View view = FeatureTabs.create(feature, context, workspace);
            tabs.getTabs().add(recordTab(feature.key() + "Tab", messages.get(feature.titleKey()), view.node(),
                    view.reload()));
        }
        tabs.getTabs().add(enterpriseTab);
    }

    /** A tab of people's records: read when shown, and again after a ledger import. */
    private Tab recordTab(String id, String title, Node view, Runnable reload) {
        Tab tab = new Tab(title, view);
        tab.setId(id);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                reload.run();
            }
        });
        recordReloads.put(tab, reload);
        return tab;
    }

    TabPane node() {
        return tabs;
    }

    /** The id of the tab in front ({@code peopleTab}, {@code gapsTab}…), for the guide's section of it. */
    String selectedTabId() {
        Tab selected = tabs.getSelectionModel().getSelectedItem();
        return selected == null ? null : selected.getId();
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

    /** Reloads the tabs of people's records (after a ledger import from the 人员记录 menu). */
    void reloadRecords() {
        recordReloads.getOrDefault(tabs.getSelectionModel().getSelectedItem(), () -> { }).run();
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
