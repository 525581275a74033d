package org.nineones.service.ledger;

import java.nio.file.Path;

/** What a printout of records made: {@code items} are letters, people, papers or entries printed. */
public record RecordPrintResult(int items, int pages, Path file) {
}
