package org.nineones.service.inspection;

import java.util.List;

import org.nineones.model.inspection.Familiarity;
import org.nineones.model.inspection.Inspection;
import org.nineones.store.InspectionFile;

/**
 * The spot check's ratings of an inspection, as the review reads them: each worker drawn (or drawn as a replacement)
 * and rated, in the draw's order. The default checklist's knowledge line (6.1) deducts for each 不熟知 and 基本熟知
 * through the finding kinds {@code worker-not-familiar} and {@code worker-basically-familiar}.
 */
@FunctionalInterface
public interface SpotCheckRatings {

    /** A rated worker, as the sampling frame lists him or her. */
    record Rated(String name, String employeeNumber, String orgUnit, String post, Familiarity familiarity) {
    }

    List<Rated> ratings(InspectionFile file, Inspection inspection);

    /** No spot check yet. */
    SpotCheckRatings NONE = (file, inspection) -> List.of();
}
