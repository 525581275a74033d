package org.nineones.service.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.app.Services;
import org.nineones.app.Settings;
import org.nineones.model.Messages;

/** The feature registry: the ledgers, printouts and packaged printouts are those its features bring. */
class FeaturesTest {

    @TempDir
    Path home;

    private Features features() {
        return new Services(new Settings(home), new Messages(Locale.SIMPLIFIED_CHINESE)).features();
    }

    @Test
    void buildsTheLedgersFeatureByFeature() {
        assertEquals(List.of("letters", "training", "attendance", "exams", "rewards", "assessments", "problems"),
                features().ledgers().all().stream().map(Ledger::key).toList());
    }

    @Test
    void buildsThePrintoutsFeatureByFeature() {
        assertEquals(List.of("letters", "training-file", "exam", "rewards-notice", "assessment-sheet",
                "rectification-list", "rectification-report", "dispatch"),
                features().recordPrints().all().stream().map(RecordPrint::key).toList());
    }

    @Test
    void thePackageHoldsTheTrainingFiles() {
        assertEquals(Map.of("training-file", "training-files.pdf"), features().packagedPrints());
    }

    @Test
    void refusesTwoFeaturesWithOneKey() {
        Feature letters = features().byKey("letters").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new Features(List.of(letters, letters)));
    }

    @Test
    void refusesToPackageAPrintoutTheFeatureDoesNotHave() {
        assertThrows(IllegalArgumentException.class, () -> new Feature("x", "x", List.of(), List.of(),
                Map.of("training-file", "training-files.pdf")));
    }
}
