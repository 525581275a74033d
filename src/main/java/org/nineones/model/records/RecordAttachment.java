package org.nineones.model.records;

/** One file of a duty record as listed: what it is, never its bytes (they are read one file at a time). */
public record RecordAttachment(long id, String fileName, String mediaType, long size, String sha256) {
}
