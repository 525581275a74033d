package org.nineones.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;
import org.nineones.service.ledger.Feature;

/** Every feature registered in Services has its tab's view, and every view a feature: a feature is added once. */
class FeatureTabsTest {

    @TempDir
    Path home;

    @Test
    void everyRegisteredFeatureHasAViewAndEveryViewAFeature() {
        Services services = new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        Set<String> registered = services.features().all().stream().map(Feature::key).collect(Collectors.toSet());
        assertEquals(registered, FeatureTabs.keys());
    }

    @Test
    void theFeaturesAreTheFiveOfPeoplesRecordsThenTheDutyRecordsTheProblemListAndTheDispatchInTheOrderOfTheTabs() {
        Services services = new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE));
        assertEquals(List.of("letters", "training", "exams", "rewards", "assessments", "records", "problems",
                "dispatch"),
                services.features().all().stream().map(Feature::key).toList());
    }
}
