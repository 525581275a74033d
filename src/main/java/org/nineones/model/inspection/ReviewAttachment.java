package org.nineones.model.inspection;

/**
 * A file an inspection keeps (a photo, a scan), without its bytes: the kind of row that owns it and that row's id
 * ({@link #JUDGEMENT}: a judgement of a line), its place among that row's files, its name, SHA-256 and size, who added
 * it and when.
 */
public record ReviewAttachment(long id, String ownerKind, long ownerId, int position, String fileName, String sha256,
                               long size, String addedBy, String addedAt) {

    /** The owner kind of the photos of the inspector's judgement of a line. */
    public static final String JUDGEMENT = "judgement";
}
