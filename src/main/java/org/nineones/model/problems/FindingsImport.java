package org.nineones.model.problems;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.nineones.model.acceptance.Conclusion;

/**
 * A findings file the enterprise imported, once by its fingerprint (the SHA-256 of the whole zip): the inspection it
 * came from, the package inspected, the checklist, the inspector, the day, the score and conclusion, how many findings
 * it held, who imported it and when (UTC, as stored).
 */
public record FindingsImport(long id, String fingerprint, String fileName, String inspectionUid,
                             String packageFingerprint, String templateName, String templateVersion, String inspector,
                             LocalDate inspectedOn, BigDecimal score, Conclusion conclusion, int findings,
                             String importedBy, String importedAt) {
}
