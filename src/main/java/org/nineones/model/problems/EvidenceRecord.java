package org.nineones.model.problems;

import java.time.LocalDate;

/** A record of duty performance named as evidence of a measure: its id, day and title. */
public record EvidenceRecord(long id, LocalDate date, String title) {
}
