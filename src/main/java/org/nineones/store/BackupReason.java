package org.nineones.store;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup of a workspace was taken; the slug is part of the backup's file name. */
public enum BackupReason {
    BEFORE_MIGRATION("before-migration"),
    BEFORE_IMPORT("before-import"),
    DAILY("daily"),
    MANUAL("manual"),
    BEFORE_RESTORE("before-restore");

    private final String slug;

    BackupReason(String slug) {
        this.slug = slug;
    }

    /** The reason as it appears in the file name, e.g. {@code before-import}. */
    public String slug() {
        return slug;
    }

    public static Optional<BackupReason> ofSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
