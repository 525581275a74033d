package org.nineones.model.inspection;

import java.time.LocalDate;

/**
 * A closing package (整改回复包) imported into the inspection file, once by its fingerprint: the inspection it answers,
 * the file's name, the findings file it answers (its fingerprint), the enterprise as the package names it, the day it
 * was made, who imported it and when (UTC, as stored).
 */
public record ClosingImport(long id, long inspectionId, String fingerprint, String fileName,
                            String findingsFingerprint, String enterpriseName, String creditCode, LocalDate madeOn,
                            String importedBy, String importedAt) {
}
