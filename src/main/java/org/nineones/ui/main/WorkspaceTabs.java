package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;
import org.nineones.ui.assessments.AssessmentsView;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.enterprise.EnterpriseView;
import org.nineones.ui.exams.ExamsView;
import org.nineones.ui.gaps.GapsView;
import org.nineones.ui.letters.LettersView;
import org.nineones.ui.org.OrgView;
import org.nineones.ui.people.EmployeesView;
import org.nineones.ui.rewards.RewardsView;
import org.nineones.ui.training.TrainingView;

/** The screens of an open workspace, one tab each: people, org tree with posts and their content, gaps, enterprise. */
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
        LettersView letters = new LettersView(context, workspace);
        TrainingView training = new TrainingView(context, workspace);
        ExamsView exams = new ExamsView(context, workspace);
        RewardsView rewards = new RewardsView(context, workspace);
        AssessmentsView assessments = new AssessmentsView(context, workspace);
        tabs.getTabs().setAll(peopleTab, orgTab, gapsTab,
                recordTab("lettersTab", messages.get("letters.tab"), letters.view(), letters::reload),
                recordTab("trainingTab", messages.get("training.ui.tab"), training.view(), training::reload),
                recordTab("examsTab", messages.get("exams.ui.tab"), exams.view(), exams::reload),
                recordTab("rewardsTab", messages.get("rewards.ui.tab"), rewards.view(), rewards::reload),
                recordTab("assessmentsTab", messages.get("assessments.tab"), assessments.view(), assessments::reload),
                enterpriseTab);
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
