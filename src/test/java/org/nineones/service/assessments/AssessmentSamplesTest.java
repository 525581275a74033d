package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.store.Workspace;

/** The sample's assessments: this month started, scored, some closed by the principal. */
class AssessmentSamplesTest {

    @TempDir
    Path dir;

    @Test
    void startsScoresAndClosesThisMonth() throws Exception {
        try (Workspace ws = AssessmentFixtures.workspace(dir.resolve("示范.nineones"))) {
            AssessmentFixtures.people(ws);
            assertEquals(2, AssessmentSamples.write(ws, ZH, "王厂长", TODAY));
            PeriodOverview overview = new AssessmentService(ZH).overview(ws, Period.parse("2026-11").orElseThrow(),
                    TODAY);
            assertEquals(2, overview.assessments().size());
            assertTrue(overview.assessments().stream().allMatch(AssessmentSummary::closed));
            assertEquals(1, overview.perRating().get(Rating.EXCELLENT));
            assertEquals(1, overview.perRating().get(Rating.GOOD));
        }
    }
}
