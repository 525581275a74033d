package org.nineones.service.inspection.print;

import org.nineones.model.inspection.Inspection;

/**
 * One of the inspector's printouts (issue 13, point 6): what {@link InspectionPrints} writes to a PDF. Each is plain
 * data the caller assembles (the review, the spot check, the findings); nothing here reads a file or a workspace.
 */
public sealed interface InspectionPrintout permits ScoringSheet, SpotCheckSheet, OnSiteSheet, AcceptanceOpinion {

    /** The inspection it belongs to: the enterprise as its package names it and the package's fingerprint. */
    Inspection inspection();
}
