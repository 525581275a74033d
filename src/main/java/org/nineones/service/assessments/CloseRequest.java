package org.nineones.service.assessments;

import java.nio.file.Path;
import java.time.LocalDate;

/** Closing an assessment: who assessed, when each party signed, and optionally the scan of the signed form. */
public record CloseRequest(String assessor, LocalDate assessorSignedOn, LocalDate assesseeSignedOn, Path scan) {
}
