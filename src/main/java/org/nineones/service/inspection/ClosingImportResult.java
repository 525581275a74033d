package org.nineones.service.inspection;

import java.util.List;

import org.nineones.model.inspection.ClosingImport;
import org.nineones.model.inspection.FindingClosing;
import org.nineones.model.inspection.Inspection;

/**
 * What importing a closing package did: the inspection it answers, the package as recorded (the earlier import when
 * it was imported already: then nothing changed), every finding of the inspection with its state now, one sentence.
 */
public record ClosingImportResult(Inspection inspection, ClosingImport closing, boolean alreadyImported,
                                  List<FindingClosing> findings, String summary) {

    public ClosingImportResult {
        findings = List.copyOf(findings);
    }
}
