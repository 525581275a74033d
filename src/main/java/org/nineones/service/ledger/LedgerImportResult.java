package org.nineones.service.ledger;

/** What an import wrote: records written, rows left out because they had errors. */
public record LedgerImportResult(int written, int skippedRows) {
}
