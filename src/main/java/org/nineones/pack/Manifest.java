package org.nineones.pack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 *
 * The inspector's findings file (检查发现问题清单, issue 13) is a zip of the same make: its manifest has the format
 * {@value #FINDINGS_FORMAT}, no {@code counts}, and {@code findings} naming the package it was found in (its
 * fingerprint), the checklist template and the inspection ({@link FindingsRef}). The acceptance package's manifest has
 * no {@code findings}, so its bytes are as they always were.
 */
@JsonPropertyOrder({"format", "formatVersion", "appVersion", "enterprise", "createdAt", "edition", "counts", "findings",
        "closing", "files"})
public record Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                       String edition, @JsonInclude(JsonInclude.Include.NON_NULL) Counts counts,
                       @JsonInclude(JsonInclude.Include.NON_NULL) FindingsRef findings,
                       @JsonInclude(JsonInclude.Include.NON_NULL) ClosingRef closing, List<FileEntry> files) {

    /** The entry name of the manifest inside the zip. */
    public static final String FILE_NAME = "manifest.json";
    /** Marks a manifest as ours; anything else is a foreign package. */
    public static final String FORMAT = "nineones-acceptance-package";
    /** Marks a manifest as that of an inspector's findings file. */
    public static final String FINDINGS_FORMAT = "nineones-findings";
    /** Marks a manifest as that of an enterprise's closing package (整改回复包, issue 14, point 2). */
    public static final String CLOSING_FORMAT = "nineones-closing";
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
        if (!FORMAT.equals(format) && !FINDINGS_FORMAT.equals(format) && !CLOSING_FORMAT.equals(format)) {
            throw new IllegalArgumentException("unknown format " + format);
        }
        boolean shaped = switch (format) {
            case FINDINGS_FORMAT -> findings != null && counts == null && closing == null;
            case CLOSING_FORMAT -> closing != null && counts == null && findings == null;
            default -> counts != null && findings == null && closing == null;
        };
        if (!shaped) {
            throw new IllegalArgumentException("a package has counts, a findings file names its inspection, a closing "
                    + "package its findings file");
        }
    }

    /** A manifest of a package or a findings file (no closing). */
    public Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                    String edition, Counts counts, FindingsRef findings, List<FileEntry> files) {
        this(format, formatVersion, appVersion, enterprise, createdAt, edition, counts, findings, null, files);
    }

    /** The manifest of an acceptance package. */
    public Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                    String edition, Counts counts, List<FileEntry> files) {
        this(format, formatVersion, appVersion, enterprise, createdAt, edition, counts, null, files);
    }

    /** A manifest of the standard edition. */
    public Manifest(String format, int formatVersion, String appVersion, EnterpriseRef enterprise, String createdAt,
                    Counts counts, List<FileEntry> files) {
        this(format, formatVersion, appVersion, enterprise, createdAt, STANDARD, counts, files);
    }

    /** True for an inspector's findings file (检查发现问题清单), false for an acceptance package (验收资料包). */
    public boolean findingsFile() {
        return FINDINGS_FORMAT.equals(format);
    }

    /** True for an enterprise's closing package (整改回复包). */
    public boolean closingPackage() {
        return CLOSING_FORMAT.equals(format);
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

    /**
     * What a findings file is about: the fingerprint of the acceptance package the inspection opened, the checklist
     * template it was scored against, the inspection, and how many findings it holds.
     */
    @JsonPropertyOrder({"packageFingerprint", "template", "inspection", "count"})
    public record FindingsRef(String packageFingerprint, TemplateRef template, InspectionRef inspection, int count) {
    }

    /** A checklist template by its name and version. */
    @JsonPropertyOrder({"name", "version"})
    public record TemplateRef(String name, String version) {
    }

    /**
     * An inspection: its unique id, the inspector, its day ({@code 2026-12-07}), the score (one decimal) and the
     * conclusion ({@code PASS}, {@code RECTIFY}, {@code FAIL}).
     */
    @JsonPropertyOrder({"uid", "inspector", "date", "score", "conclusion"})
    public record InspectionRef(String uid, String inspector, String date, java.math.BigDecimal score,
                                String conclusion) {
    }

    /**
     * What a closing package answers: the findings file (its fingerprint), the inspection (its uid), the package
     * inspected (its fingerprint) and how many findings it answers.
     */
    @JsonPropertyOrder({"findingsFingerprint", "inspectionUid", "packageFingerprint", "count"})
    public record ClosingRef(String findingsFingerprint, String inspectionUid, String packageFingerprint, int count) {
    }
}
