package org.nineones.store;

import static org.nineones.store.jooq.Tables.ATTACHMENT;

import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.records.RecordAttachment;

/**
 * The files kept with records (V3's {@code attachment}: final, never deleted): stored once with their SHA-256, read
 * one at a time. Lists of records select only what this describes ({@link RecordAttachment}), never the bytes.
 */
public final class AttachmentRepository {

    private final DSLContext dsl;
    private final String actor;

    AttachmentRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    /** Stores a file's bytes as they were read; returns its id. */
    public long insert(String fileName, String mediaType, String sha256, byte[] content) {
        dsl.insertInto(ATTACHMENT)
                .set(ATTACHMENT.FILE_NAME, fileName)
                .set(ATTACHMENT.MEDIA_TYPE, mediaType)
                .set(ATTACHMENT.SHA256, sha256)
                .set(ATTACHMENT.SIZE, content.length)
                .set(ATTACHMENT.CONTENT, content)
                .set(ATTACHMENT.RECORDED_BY, actor)
                .execute();
        return Ids.lastInserted(dsl);
    }

    /** What a stored file is, without its bytes. */
    public Optional<RecordAttachment> find(long id) {
        return dsl.select(ATTACHMENT.ID, ATTACHMENT.FILE_NAME, ATTACHMENT.MEDIA_TYPE, ATTACHMENT.SIZE, ATTACHMENT.SHA256)
                .from(ATTACHMENT).where(ATTACHMENT.ID.eq((int) id))
                .fetchOptional(r -> new RecordAttachment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    /** A stored file's bytes, exactly as they were recorded. */
    public Optional<byte[]> content(long id) {
        return dsl.select(ATTACHMENT.CONTENT).from(ATTACHMENT).where(ATTACHMENT.ID.eq((int) id))
                .fetchOptional(ATTACHMENT.CONTENT);
    }

    /** How many files are stored (every record's). */
    public int count() {
        return dsl.fetchCount(ATTACHMENT);
    }
}
