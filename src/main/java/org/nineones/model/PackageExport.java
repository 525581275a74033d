package org.nineones.model;

import java.util.List;

/**
 * One acceptance package exported from the workspace (移交记录): when ({@code exportedAt}, ISO-8601 with the local
 * offset; its manifest states only the day), the file, its fingerprint (SHA-256 of the whole zip) and what it held.
 * {@code id} is null before it is recorded.
 */
public record PackageExport(Long id, String exportedAt, String fileName, String filePath, long fileSize,
                            String fingerprint, String enterpriseName, String creditCode, String appVersion,
                            List<Count> counts) {

    public PackageExport {
        counts = List.copyOf(counts);
    }

    /** One thing the package held: its key ({@code employees}, {@code letters}…), label, number and unit. */
    public record Count(String item, String label, int quantity, String unit) {
    }

    /** The number of this item, or 0 when the package did not count it. */
    public int quantity(String item) {
        return counts.stream().filter(c -> c.item().equals(item)).mapToInt(Count::quantity).findFirst().orElse(0);
    }
}
