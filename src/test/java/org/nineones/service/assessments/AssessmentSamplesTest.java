package org.nineones.service.assessments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nineones.service.assessments.AssessmentFixtures.TODAY;
import static org.nineones.service.assessments.AssessmentFixtures.ZH;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.Workspace;

/**
 * The sample's assessments by quarter: of the four quarters ended, three assessed and signed a few days after their
 * end (here only those whose duty list was in force on their last day have people), one skipped; this quarter
 * started, scored, some closed by the principal.
 */
class AssessmentSamplesTest {

    @TempDir
    Path dir;

    @Test
    void assessesThreeOfTheLastFourQuartersAndStartsThisOne() throws Exception {
        try (Workspace ws = AssessmentFixtures.workspace(dir.resolve("示范.nineones"))) {
            AssessmentFixtures.people(ws);
            assertEquals(6, AssessmentSamples.write(ws, ZH, "王厂长", TODAY));
            AssessmentService service = new AssessmentService(ZH);
            assertEquals(List.of("2026-Q4", "2026-Q3", "2026-Q2", "2025-Q4"),
                    service.periods(ws).stream().map(Period::code).toList(), "2026-Q1 skipped");
            Map<Period, List<LocalDate>> signed = service.signedDays(ws);
            assertEquals(List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 10, 10)),
                    signed.get(Period.parse("2026-Q3").orElseThrow()));
            assertEquals(List.of(LocalDate.of(2026, 7, 10), LocalDate.of(2026, 7, 10)),
                    signed.get(Period.parse("2026-Q2").orElseThrow()));
            PeriodOverview q3 = service.overview(ws, Period.parse("2026-Q3").orElseThrow(), TODAY);
            assertTrue(q3.assessments().stream().noneMatch(a -> service.rules().isLow(a.rating())), "rated well");
            PeriodOverview overview = service.overview(ws, Period.parse("2026-Q4").orElseThrow(), TODAY);
            assertEquals(2, overview.assessments().size());
            assertTrue(overview.assessments().stream().allMatch(AssessmentSummary::closed));
            assertEquals(1, overview.perRating().get(Rating.EXCELLENT));
            assertEquals(1, overview.perRating().get(Rating.GOOD));
            assertEquals(List.of(), service.interviewCases(ws));
        }
    }

    @Test
    void givesAboutTheShareAskedNeverMoreThanAnItemsMaximum() {
        List<Item> items = List.of(new Item(1, "a", "", 5, null, ""), new Item(2, "b", "", 2, null, ""),
                new Item(3, "c", "", 33.33, null, ""));
        double[] points = AssessmentSamples.pointsFor(items, 86);
        double total = 0;
        for (int k = 0; k < points.length; k++) {
            assertTrue(points[k] <= items.get(k).maxPoints() && points[k] >= items.get(k).maxPoints() / 2);
            total += points[k];
        }
        assertTrue(total / 40.33 >= 0.86 && total / 40.33 < 0.9, "share " + total / 40.33);
        assertEquals(40.33, java.util.Arrays.stream(AssessmentSamples.pointsFor(items, 100)).sum(), 1e-9);
    }
}
