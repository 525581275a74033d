package org.nineones.ui.main;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javafx.beans.value.ChangeListener;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.content.ContentKind;
import org.nineones.service.ledger.Feature;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.enterprise.EnterpriseView;
import org.nineones.ui.gaps.GapsView;
import org.nineones.ui.org.OrgView;
import org.nineones.ui.people.EmployeesView;
import org.nineones.ui.readiness.FixPlace;
import org.nineones.ui.readiness.Navigator;
import org.nineones.ui.readiness.ReadinessView;

/**
 * The screens of an open workspace, one tab each: 验收准备 (readiness, shown first), people, org tree with posts and
 * their content, gaps, one tab per feature of people's records (from the feature registry), enterprise. A deduction
 * in the readiness view opens the tab that fixes it ({@link #open(Charge)}).
 * <p>
 * Fresh after every change: the tabs observe the session's change count ({@code Session.changed()}, called after an
 * import, a template applied, an approval); the tab in front reads the workspace again at once, each other tab when
 * it is next shown. Every read runs in the task runner, off the FX thread. The enterprise profile is a form and is
 * not read again under the user's edits (no import changes it).
 */
final class WorkspaceTabs {

    private final TabPane tabs = new TabPane();
    private final Tab peopleTab;
    private final EmployeesView people;
    private final Tab orgTab;
    private final Tab gridTab;
    private final org.nineones.ui.grids.GridView grid;
    private final OrgView org;
    /** How each tab reads the workspace again. */
    private final Map<Tab, Runnable> reloads = new LinkedHashMap<>();
    /** The tabs read again each time they are shown (cheap reads, and what other tabs' edits change). */
    private final Set<Tab> readWhenShown = new HashSet<>();
    /** The tabs not shown since the workspace last changed: they read it again when shown. */
    private final Set<Tab> stale = new HashSet<>();
    /** How a feature's tab shows one of its records by id (the problem list: a problem). */
    private final Map<Tab, LongConsumer> shows = new HashMap<>();
    private final AppContext context;
    private final ChangeListener<Number> onChange = (obs, old, now) -> workspaceChanged();

    WorkspaceTabs(AppContext context, Workspace workspace, Consumer<Path> importFile) {
        this.context = context;
        Messages messages = context.messages();
        tabs.setId("workspaceTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab enterpriseTab = new Tab(messages.get("ui.tab.enterprise"), new EnterpriseView(context, workspace).root());
        enterpriseTab.setId("enterpriseTab");
        org = new OrgView(context, workspace);
        orgTab = new Tab(messages.get("ui.tab.org"), org.root());
        orgTab.setId("orgTab");
        GapsView gaps = new GapsView(context, workspace, this::showPost, new GapsView.Editor() {
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
        people = new EmployeesView(context, workspace, importFile);
        peopleTab = new Tab(messages.get("ui.tab.people"), people.view());
        peopleTab.setId("peopleTab");
        ReadinessView readiness = new ReadinessView(context, workspace, new Navigator() {
            @Override
            public boolean open(Charge charge) {
                return WorkspaceTabs.this.open(charge);
            }

            @Override
            public boolean openProblem(long problemId) {
                return WorkspaceTabs.this.openProblem(problemId);
            }

            @Override
            public boolean openGridArea(long areaId) {
                return WorkspaceTabs.this.openGridArea(areaId);
            }
        });
        Tab readinessTab = new Tab(messages.get("prepare.tab"), readiness.view());
        readinessTab.setId("readinessTab");
        fresh(readinessTab, readiness::reload, true);
        fresh(peopleTab, people::reload, false);
        fresh(orgTab, org::reload, false);
        fresh(gapsTab, gaps::reload, true);
        // 网格 beside the org tree (issue 15): who answers for which area
        grid = new org.nineones.ui.grids.GridView(context, workspace);
        gridTab = new Tab(messages.get("gridui.tab"), grid.view());
        gridTab.setId("gridTab");
        fresh(gridTab, grid::reload, true);
        tabs.getTabs().setAll(readinessTab, peopleTab, orgTab, gridTab, gapsTab);
        // one tab per feature of people's records, as registered in app.Services
        for (Feature feature : context.services().features().all()) {
            FeatureTabs.View view = FeatureTabs.create(feature, context, workspace);
            Tab tab = new Tab(messages.get(feature.titleKey()), view.node());
            tab.setId(feature.key() + "Tab");
            fresh(tab, view.reload(), true);
            if (view.show() != null) {
                shows.put(tab, view.show());
            }
            tabs.getTabs().add(tab);
        }
        tabs.getTabs().add(enterpriseTab);
        context.session().changesProperty().addListener(onChange);
        // the org screen's own edits (units, posts) show in the other tabs when they are next shown
        org.onEdited(() -> reloads.keySet().stream().filter(tab -> tab != orgTab).forEach(stale::add));
    }

    /** Registers how a tab reads the workspace again: each time it is shown, or only when shown after a change. */
    private void fresh(Tab tab, Runnable reload, boolean everyTimeShown) {
        reloads.put(tab, reload);
        if (everyTimeShown) {
            readWhenShown.add(tab);
        }
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && (stale.remove(tab) || readWhenShown.contains(tab))) {
                reload.run();
            }
        });
    }

    /** The workspace changed: the tab in front reads it again now, the others when next shown. */
    private void workspaceChanged() {
        stale.addAll(reloads.keySet());
        Tab shown = tabs.getSelectionModel().getSelectedItem();
        if (shown != null && stale.remove(shown)) {
            reloads.get(shown).run();
        }
    }

    /** The workspace closes: the tabs stop observing its changes. */
    void dispose() {
        context.session().changesProperty().removeListener(onChange);
    }

    /** Shows the screen that fixes a deduction of the readiness view; false when there is none. */
    boolean open(Charge charge) {
        FixPlace place = FixPlace.of(charge, context.messages()).orElse(null);
        if (place == null) {
            return false;
        }
        if (place.gridArea() != null) {
            return openGridArea(place.gridArea());
        }
        if (place.feature() != null) {
            Tab tab = tabs.getTabs().stream().filter(t -> (place.feature() + "Tab").equals(t.getId())).findFirst()
                    .orElse(null);
            if (tab == null) {
                return false;
            }
            tabs.getSelectionModel().select(tab);
        } else if (place.postId() != null) {
            showPost(place.postId(), place.kind());
        } else if (place.kind() != null) {
            tabs.getSelectionModel().select(orgTab);
        } else {
            tabs.getSelectionModel().select(peopleTab);
        }
        return true;
    }

    /** Shows an area of the grid, selected (from the readiness view's 网格缺人 and its deductions). */
    boolean openGridArea(long areaId) {
        grid.show(areaId);
        stale.remove(gridTab);
        readWhenShown.remove(gridTab);
        tabs.getSelectionModel().select(gridTab);
        readWhenShown.add(gridTab);
        return true;
    }

    /** Shows the problem list with this problem selected (from the readiness view's overdue measures). */
    boolean openProblem(long problemId) {
        Tab tab = tabs.getTabs().stream().filter(t -> "problemsTab".equals(t.getId())).findFirst().orElse(null);
        if (tab == null || !shows.containsKey(tab)) {
            return false;
        }
        shows.get(tab).accept(problemId);
        stale.remove(tab);
        tabs.getSelectionModel().select(tab);
        return true;
    }

    /** Shows a post's content of one kind in the org screen (from the gaps view, from the pre-flight list). */
    void showPost(long postId, ContentKind kind) {
        tabs.getSelectionModel().select(orgTab);
        org.showPost(postId, kind);
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

    /** The post selected in the org screen, or null. */
    Long selectedPostId() {
        return org.selectedPostId();
    }

    /** Asks about unsaved content edits (save or discard), then runs {@code then}. */
    void whenContentSettled(Runnable then) {
        org.whenChangesSettled(then);
    }
}
