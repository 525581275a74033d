package org.nineones.ui.help;

import java.util.Map;
import java.util.Optional;

/**
 * Which section of the guide F1 opens for the screen in front of the user: the welcome page, or a tab of the open
 * workspace by its id ({@code ui.main.WorkspaceTabs}: {@code peopleTab}, {@code gapsTab}, {@code <feature>Tab}…).
 * {@code HelpTopicsTest} opens a workspace and fails when one of its tabs has no section here.
 */
public final class HelpTopics {

    /** The screen shown when no workspace is open. */
    public static final String WELCOME = "welcome";

    /** The section that opens when a screen has none of its own: the guide's beginning. */
    public static final String START = "start";

    private static final Map<String, String> SECTIONS = Map.ofEntries(
            Map.entry(WELCOME, START),
            Map.entry("readinessTab", "readiness"),
            Map.entry("peopleTab", "people"),
            Map.entry("orgTab", "org"),
            Map.entry("gridTab", "grid"),
            Map.entry("gapsTab", "gaps"),
            Map.entry("lettersTab", "letters"),
            Map.entry("trainingTab", "training"),
            Map.entry("examsTab", "exams"),
            Map.entry("rewardsTab", "rewards"),
            Map.entry("assessmentsTab", "assessments"),
            Map.entry("recordsTab", "duty-records"),
            Map.entry("problemsTab", "problems"),
            Map.entry("dispatchTab", "dispatch"),
            Map.entry("enterpriseTab", "enterprise"));

    private HelpTopics() {
    }

    /** The section written for a screen, if there is one. */
    public static Optional<String> sectionOf(String screen) {
        return Optional.ofNullable(screen == null ? null : SECTIONS.get(screen));
    }

    /** Every screen that has a section, and its section. */
    public static Map<String, String> all() {
        return SECTIONS;
    }
}
