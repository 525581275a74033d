package org.nineones.model.county;

/** A batch on the county desk: the list of enterprises a county is to accept, imported from a sheet. */
public record DeskBatch(String uid, String name, String fileName, String sha256, int enterprises, String importedBy,
                        String importedAt) {
}
