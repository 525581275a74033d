package org.nineones.service.exchange;

/** What an export wrote: how many posts, how many of them with content, and how many data rows. */
public record ExportResult(int posts, int withContent, int rows) {
}
