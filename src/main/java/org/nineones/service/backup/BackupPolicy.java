package org.nineones.service.backup;

/**
 * How many backups a workspace keeps: the newest {@code keep} and none older than {@code maxAgeDays} days
 * (0 turns either rule off). The newest backup is never removed. Read from the settings file.
 */
public record BackupPolicy(int keep, int maxAgeDays) {

    public static final int DEFAULT_KEEP = 20;
    public static final int DEFAULT_MAX_AGE_DAYS = 90;

    public BackupPolicy {
        if (keep < 0 || maxAgeDays < 0) {
            throw new IllegalArgumentException("backup rotation must not be negative: " + keep + ", " + maxAgeDays);
        }
    }

    public static BackupPolicy defaults() {
        return new BackupPolicy(DEFAULT_KEEP, DEFAULT_MAX_AGE_DAYS);
    }
}
