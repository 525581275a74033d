package org.nineones.ui.main;

import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import javafx.scene.Node;

import org.nineones.service.ledger.Feature;
import org.nineones.store.Workspace;
import org.nineones.ui.assessments.AssessmentsView;
import org.nineones.ui.common.AppContext;
import org.nineones.ui.exams.ExamsView;
import org.nineones.ui.letters.LettersView;
import org.nineones.ui.grids.DispatchView;
import org.nineones.ui.problems.ProblemsView;
import org.nineones.ui.records.RecordsView;
import org.nineones.ui.rewards.RewardsView;
import org.nineones.ui.training.TrainingView;

/**
 * The GUI side of the feature registry ({@code app.Services}, {@link org.nineones.service.ledger.Features}): the view
 * of each feature's tab, by the feature's key. {@link WorkspaceTabs} makes one tab per registered feature, in the
 * registry's order, titled by the feature's title key; {@code FeatureTabsTest} fails when a feature has no view here
 * or a view no feature.
 */
final class FeatureTabs {

    /**
     * A feature's screen: its node, how it reads the workspace again (when shown, after an import) and, for a screen
     * listing records another screen names (the problem list from the readiness view), how it shows one (else null).
     */
    record View(Node node, Runnable reload, LongConsumer show) {

        View(Node node, Runnable reload) {
            this(node, reload, null);
        }
    }

    @FunctionalInterface
    interface Factory {
        View create(AppContext context, Workspace workspace);
    }

    private static final Map<String, Factory> VIEWS = Map.of(
            "letters", (context, workspace) -> {
                LettersView v = new LettersView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "training", (context, workspace) -> {
                TrainingView v = new TrainingView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "exams", (context, workspace) -> {
                ExamsView v = new ExamsView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "rewards", (context, workspace) -> {
                RewardsView v = new RewardsView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "assessments", (context, workspace) -> {
                AssessmentsView v = new AssessmentsView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "records", (context, workspace) -> {
                RecordsView v = new RecordsView(context, workspace);
                return new View(v.view(), v::reload);
            },
            "problems", (context, workspace) -> {
                ProblemsView v = new ProblemsView(context, workspace);
                return new View(v.view(), v::reload, v::show);
            },
            "dispatch", (context, workspace) -> {
                DispatchView v = new DispatchView(context, workspace);
                return new View(v.view(), v::reload);
            });

    private FeatureTabs() {
    }

    /** The keys of the features that have a view. */
    static Set<String> keys() {
        return VIEWS.keySet();
    }

    /** The view of a registered feature's tab. */
    static View create(Feature feature, AppContext context, Workspace workspace) {
        Factory factory = VIEWS.get(feature.key());
        if (factory == null) {
            throw new IllegalStateException("the feature " + feature.key() + " has no view: add it to FeatureTabs");
        }
        return factory.create(context, workspace);
    }
}
