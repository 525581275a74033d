package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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

/** The screens of an open workspace, one tab each: people, org tree with posts and their content, gaps, enterprise. */
final class WorkspaceTabs {

    private final TabPane tabs = new TabPane();
    private final Tab peopleTab;
    private final EmployeesView people;
    private final OrgView org;
    /** How each tab of people's records reloads after a ledger import. */
    private final List<Runnable> recordReloads = new ArrayList<>();

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
        Tab lettersTab = new Tab(messages.get("letters.tab"), letters.view());
        lettersTab.setId("lettersTab");
        recordReloads.add(letters::reload);
        lettersTab.setOnSelectionChanged(e -> {
            if (lettersTab.isSelected()) {
                letters.reload();
            }
        });
        AssessmentsView assessments = new AssessmentsView(context, workspace);
        Tab assessmentsTab = new Tab(messages.get("assessments.tab"), assessments.view());
        assessmentsTab.setId("assessmentsTab");
        assessmentsTab.setOnSelectionChanged(e -> {
            if (assessmentsTab.isSelected()) {
                assessments.reload();
            }
        });
        recordReloads.add(assessments::reload);
        org.nineones.ui.rewards.RewardsView rewards = new org.nineones.ui.rewards.RewardsView(context, workspace);
        Tab rewardsTab = new Tab(messages.get("rewards.ui.tab"), rewards.view());
        rewardsTab.setId("rewardsTab");
        rewardsTab.setOnSelectionChanged(e -> {
            if (rewardsTab.isSelected()) {
                rewards.reload();
            }
        });
        recordReloads.add(rewards::reload);
        ExamsView exams = new ExamsView(context, workspace);
        Tab examsTab = new Tab(messages.get("exams.ui.tab"), exams.view());
        examsTab.setId("examsTab");
        examsTab.setOnSelectionChanged(e -> {
            if (examsTab.isSelected()) {
                exams.reload();
            }
        });
        recordReloads.add(exams::reload);
        tabs.getTabs().setAll(peopleTab, orgTab, gapsTab, lettersTab, examsTab, rewardsTab, assessmentsTab,
                enterpriseTab);
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
        recordReloads.forEach(Runnable::run);
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
