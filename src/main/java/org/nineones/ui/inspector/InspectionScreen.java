package org.nineones.ui.inspector;

import java.util.HashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import org.nineones.model.inspection.Inspection;
import org.nineones.store.InspectionFile;
import org.nineones.store.Workspace;
import org.nineones.ui.common.AppContext;

/**
 * One inspection's screen: a tab per part of the work. The enterprise as its records show it comes first (概况,
 * organisation and posts, people, people's records, duty records), all read-only; the review, the spot check and the
 * findings add their tab here with one line each ({@link #add}). A tab reads what it shows when first shown.
 */
public final class InspectionScreen {

    /**
     * A tab's content: its node, how it reads what it shows (run once, when the tab is first shown), and what it does
     * when shown again (nothing, unless what it shows may have changed on another tab meanwhile).
     */
    public interface Part {
        Node node();

        void load();

        default void shownAgain() {
        }
    }

    private final TabPane tabs = new TabPane();
    private final Map<Tab, Part> unread = new HashMap<>();
    private final Map<Tab, Part> parts = new HashMap<>();
    private final AppContext context;
    /** The inspector's review, shared by the 评分, 问题 and 签字 tabs. */
    private final ReviewViewModel review;

    InspectionScreen(AppContext context, InspectionFile file, Inspection inspection, Workspace records) {
        this.context = context;
        tabs.setId("inspectionTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add("inspOverviewTab", "inspector.tab.overview", new OverviewPart(context, file, inspection));
        add("inspOrgTab", "inspector.tab.org", new PostsPart(context, records));
        add("inspPeopleTab", "inspector.tab.people", new PeoplePart(context, records));
        add("inspLedgersTab", "inspector.tab.ledgers", new LedgersPart(context, records));
        add("inspRecordsTab", "inspector.tab.records", new DutyRecordsPart(context, file, inspection, records));
        review = new ReviewViewModel(context, file, inspection);
        add("inspReviewTab", "inspreview.tab.review", new ReviewPart(context, review));
        SpotCheckPart spot = new SpotCheckPart(context, file, inspection, review.signedProperty());
        add("inspSpotTab", "spot.tab", new Part() {
            @Override
            public Node node() {
                return spot.node();
            }

            /** The spot check, and whether the inspection is signed (then nothing can be drawn, rated or replaced). */
            @Override
            public void load() {
                spot.load();
                review.loadOnce();
            }
        });
        add("inspFindingsTab", "inspreview.tab.findings", new FindingsPart(context, review));
        add("inspSignTab", "inspreview.tab.sign", new SignPart(context, review));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> loadIfUnread(now));
        loadIfUnread(tabs.getSelectionModel().getSelectedItem());
    }

    /** Adds a tab at the end: its id (for tests and the guide), its title's bundle key, and its content. */
    public Tab add(String id, String titleKey, Part part) {
        Tab tab = new Tab(context.messages().get(titleKey), part.node());
        tab.setId(id);
        unread.put(tab, part);
        parts.put(tab, part);
        tabs.getTabs().add(tab);
        if (tabs.getSelectionModel().getSelectedItem() == tab) {
            loadIfUnread(tab);
        }
        return tab;
    }

    private void loadIfUnread(Tab tab) {
        if (tab == null) {
            return;
        }
        Part part = unread.remove(tab);
        if (part != null) {
            part.load();
        } else {
            parts.get(tab).shownAgain();
        }
    }

    /** The review the 评分, 问题 and 签字 tabs share (for tests and the tabs that change it). */
    ReviewViewModel review() {
        return review;
    }

    public TabPane node() {
        return tabs;
    }
}
