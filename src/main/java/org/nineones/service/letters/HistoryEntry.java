package org.nineones.service.letters;

import org.nineones.store.LetterRepository.Signature;

/**
 * One row of a person's signing history: an original signature or a correction, with the version it names.
 *
 * @param inForce true when it is the row in force for its year
 * @param fileName the attached scan's file name, or ""
 */
public record HistoryEntry(Signature signature, int versionNumber, boolean inForce, String fileName) {
}
