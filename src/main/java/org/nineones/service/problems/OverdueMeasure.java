package org.nineones.service.problems;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.nineones.model.problems.Measure;
import org.nineones.model.problems.Problem;

/** A measure past its deadline and not done, with its problem, and by how many days on the day asked. */
public record OverdueMeasure(Problem problem, Measure measure, long daysOverdue) {

    static OverdueMeasure of(Problem problem, Measure measure, LocalDate asOf) {
        return new OverdueMeasure(problem, measure, ChronoUnit.DAYS.between(measure.deadline(), asOf));
    }
}
