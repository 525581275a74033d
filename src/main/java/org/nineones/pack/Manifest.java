package org.nineones.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * {@code manifest.json}, the first entry of every acceptance package: who made it, when, what it holds, and for
 * every other file its path, size and SHA-256, so the inspector's copy of the app can prove it arrived unaltered.
 *
 * <pre>
 * {"format":"nineones-acceptance-package","formatVersion":1,"appVersion":"0.1.0",
 *  "enterprise":{"name":"…","creditCode":"…"},"createdAt":"2026-11-23T17:05:09+08:00",
 *  "counts":{"orgUnits":12,"posts":25,"employees":200,"duties":180,"records":{"letters":200,"training":14}},
 *  "files":[{"path":"registers.xlsx","size":51234,"sha256":"9f2c…"}, …]}
 * </pre>
 */
@JsonPropertyOrder({"format", "formatVersion", "appVersion", "enterprise", "createdAt", "edition", "counts", "files"})
public record Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                       String edition, Counts counts, List<FileEntry> files) {

    /** The entry name of the manifest inside the zip. */
    public static final String FILE_NAME = "manifest.json";
    /** Marks a manifest as ours; anything else is a foreign package. */
    public static final String FORMAT = "nineones-acceptance-package";
    /** The newest format this version writes and reads. */
    public static final int FORMAT_VERSION = 1;

    /** The edition for the county: every ID number masked. Manifests without {@code edition} are of it. */
    public static final String STANDARD = "standard";
    /** The internal edition (内部版): full ID numbers, only ever made on an explicit choice; never for the county. */
    public static final String INTERNAL = "internal";

    public Manifest {
        files = List.copyOf(files);
        edition = edition == null ? STANDARD : edition;
        if (!STANDARD.equals(edition) && !INTERNAL.equals(edition)) {
            throw new IllegalArgumentException("unknown edition " + edition);
        }
    }

    /** A manifest of the standard edition. */
    public Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                    Counts counts, List<FileEntry> files) {
        this(format, formatVersion, appVersion, enterprise, createdAt, STANDARD, counts, files);
    }

    /** True for the internal edition, with full ID numbers. */
    public boolean internal() {
        return INTERNAL.equals(edition);
    }

    @JsonPropertyOrder({"name", "creditCode"})
    public record EnterpriseRef(String name, String creditCode) {
    }

    /**
     * What the package holds: the registers' counts and, by ledger key ({@code letters}, {@code training}…), the rows
     * of every ledger of people's records. Manifests written before the ledgers were counted have no
     * {@code records}; they read as an empty map.
     */
    @JsonPropertyOrder({"orgUnits", "posts", "employees", "duties", "records"})
    public record Counts(int orgUnits, int posts, int employees, int duties, Map<String, Integer> records) {

        public Counts {
            records = Collections.unmodifiableMap(new LinkedHashMap<>(records == null ? Map.of() : records));
        }

        public Counts(int orgUnits, int posts, int employees, int duties) {
            this(orgUnits, posts, employees, duties, Map.of());
        }
    }

    /** {@code createdAt} as a time: with its offset when the manifest gave one (every manifest since 0.1). */
    public CreatedAt created() {
        return CreatedAt.parse(createdAt);
    }

    /** One file of the package: its entry path, its size in bytes and its SHA-256 in lower-case hex. */
    @JsonPropertyOrder({"path", "size", "sha256"})
    public record FileEntry(String path, long size, String sha256) {
    }
}
