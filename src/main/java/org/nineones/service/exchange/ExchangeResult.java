package org.nineones.service.exchange;

/**
 * What an import wrote: drafts started (over an approved version or for a post that had none), drafts updated,
 * posts whose content was already the same, and posts left out because of invalid rows.
 */
public record ExchangeResult(int newDrafts, int updatedDrafts, int unchanged, int skippedPosts) {
}
