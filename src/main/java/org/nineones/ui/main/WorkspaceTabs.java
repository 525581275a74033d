package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.enterprise.EnterpriseView;
import org.nineones.ui.org.OrgView;
import org.nineones.ui.people.EmployeesView;

/** The screens of an open workspace, one tab each: enterprise, org tree with posts, people. */
final class WorkspaceTabs {

    private final TabPane tabs = new TabPane();
    private final Tab peopleTab;
    private final EmployeesView people;

    WorkspaceTabs(AppContext context, Workspace workspace, Consumer<Path> importFile) {
        Messages messages = context.messages();
        tabs.setId("workspaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab enterpriseTab = new Tab(messages.get("ui.tab.enterprise"), new EnterpriseView(context, workspace).root());
        enterpriseTab.setId("enterpriseTab");
        Tab orgTab = new Tab(messages.get("ui.tab.org"), new OrgView(context, workspace).root());
        orgTab.setId("orgTab");
        people = new EmployeesView(context, workspace, importFile);
        peopleTab = new Tab(messages.get("ui.tab.people"), people.view());
        peopleTab.setId("peopleTab");
        tabs.getTabs().setAll(peopleTab, orgTab, enterpriseTab);
    }

    TabPane node() {
        return tabs;
    }

    void showPeopleAndSearch() {
        tabs.getSelectionModel().select(peopleTab);
        people.focusSearch();
    }

    void reloadPeople() {
        people.reload();
    }
}
