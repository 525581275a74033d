package org.nineones.service.acceptance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.nineones.model.acceptance.Finding;
import org.nineones.store.Workspace;

/**
 * Where the automatic lines of a checklist get what costs points: every finding the workspace's records show on a
 * day, by kind ({@link org.nineones.model.acceptance.FindingKinds}). Only the records as they were on {@code asOf}
 * count (versions approved by then, people employed then, letters signed by then…), so that the score of a past
 * month can be computed from today's file. Every kind the source knows is a key of the map, with an empty list when
 * the records show nothing of it.
 */
public interface FindingSource {

    Map<String, List<Finding>> findings(Workspace workspace, LocalDate asOf);

    /**
     * Starts finding what {@link #findings} finds, for a caller with other work to do first: the findings come when
     * the supplier is asked, once. A source that can work beside the caller starts now; by default nothing starts
     * before the supplier is asked.
     */
    default Supplier<Map<String, List<Finding>>> begin(Workspace workspace, LocalDate asOf) {
        return () -> findings(workspace, asOf);
    }
}
