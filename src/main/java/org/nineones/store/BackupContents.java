package org.nineones.store;

/**
 * What a backup holds, read from the backup itself: the enterprise's name and how many org units, posts, people
 * and people's records (letters, training, attendance, exam results, rewards and penalties, assessments,
 * interviews) it has, and its schema version.
 */
public record BackupContents(String enterpriseName, int orgUnits, int posts, int people, int records,
                             int schemaVersion) {
}
