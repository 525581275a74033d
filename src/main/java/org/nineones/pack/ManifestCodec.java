package org.nineones.pack;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes {@code manifest.json} and reads one back, refusing any manifest that is not of our shape. */
final class ManifestCodec {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    /** Why a manifest was refused: the problem to report. */
    static final class Rejected extends Exception {
        private final transient PackageProblem problem;

        Rejected(PackageProblem problem) {
            super(problem.kind() + " " + problem.args());
            this.problem = problem;
        }

        PackageProblem problem() {
            return problem;
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();

    /** Pretty-printed UTF-8 JSON, so an inspector can read it in any text editor. */
    byte[] write(Manifest manifest) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write manifest", e);
        }
    }

    Manifest read(byte[] json) throws Rejected {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (IOException e) {
            throw foreign("JSON");
        }
        if (root == null || !root.isObject()) {
            throw foreign("JSON");
        }
        String format = root.path("format").asText(null);
        if (!Manifest.FORMAT.equals(format) && !Manifest.FINDINGS_FORMAT.equals(format)
                && !Manifest.CLOSING_FORMAT.equals(format)) {
            throw foreign("format");
        }
        boolean findingsFile = Manifest.FINDINGS_FORMAT.equals(format);
        boolean closing = Manifest.CLOSING_FORMAT.equals(format);
        JsonNode version = root.path("formatVersion");
        if (!version.isInt() || version.intValue() < 1) {
            throw foreign("formatVersion");
        }
        if (version.intValue() > Manifest.FORMAT_VERSION) {
            throw new Rejected(PackageProblem.of(PackageProblem.Kind.NEWER_FORMAT, Manifest.FILE_NAME, version.intValue()));
        }
        JsonNode enterprise = root.path("enterprise");
        JsonNode counts = root.path("counts");
        return new Manifest(format, version.intValue(), text(root, "appVersion"),
                new Manifest.EnterpriseRef(text(enterprise, "name"), text(enterprise, "creditCode")),
                text(root, "createdAt"), edition(root.path("edition")),
                findingsFile || closing ? null : new Manifest.Counts(count(counts, "orgUnits"), count(counts, "posts"),
                        count(counts, "employees"), count(counts, "duties"), records(counts.path("records"))),
                findingsFile ? findings(root.path("findings")) : null,
                closing ? closing(root.path("closing")) : null,
                files(root.path("files")));
    }

    /** What a findings file is about; every field must be there. */
    private static Manifest.FindingsRef findings(JsonNode findings) throws Rejected {
        JsonNode template = findings.path("template");
        JsonNode inspection = findings.path("inspection");
        String fingerprint = text(findings, "packageFingerprint");
        if (!SHA256_HEX.matcher(fingerprint).matches()) {
            throw foreign("findings.packageFingerprint");
        }
        JsonNode score = inspection.path("score");
        if (!score.isNumber()) {
            throw foreign("findings.inspection.score");
        }
        return new Manifest.FindingsRef(fingerprint,
                new Manifest.TemplateRef(text(template, "name"), text(template, "version")),
                new Manifest.InspectionRef(text(inspection, "uid"), text(inspection, "inspector"),
                        text(inspection, "date"), score.decimalValue(), text(inspection, "conclusion")),
                count(findings, "count"));
    }

    /** What a closing package answers; every field must be there. */
    private static Manifest.ClosingRef closing(JsonNode closing) throws Rejected {
        String findings = text(closing, "findingsFingerprint");
        String pack = text(closing, "packageFingerprint");
        if (!SHA256_HEX.matcher(findings).matches()) {
            throw foreign("closing.findingsFingerprint");
        }
        if (!SHA256_HEX.matcher(pack).matches()) {
            throw foreign("closing.packageFingerprint");
        }
        return new Manifest.ClosingRef(findings, text(closing, "inspectionUid"), pack, count(closing, "count"));
    }

    private static List<Manifest.FileEntry> files(JsonNode files) throws Rejected {
        if (!files.isArray()) {
            throw foreign("files");
        }
        List<Manifest.FileEntry> result = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < files.size(); i++) {
            JsonNode f = files.get(i);
            String where = "files[" + i + "]";
            String path = f.path("path").asText(null);
            if (!f.path("path").isTextual() || !EntryNames.isSafe(path) || path.endsWith("/")
                    || Manifest.FILE_NAME.equals(path) || !paths.add(path)) {
                throw foreign(where + ".path");
            }
            JsonNode size = f.path("size");
            if (!size.canConvertToLong() || !size.isIntegralNumber() || size.longValue() < 0) {
                throw foreign(where + ".size");
            }
            String sha = f.path("sha256").asText("");
            if (!SHA256_HEX.matcher(sha).matches()) {
                throw foreign(where + ".sha256");
            }
            result.add(new Manifest.FileEntry(path, size.longValue(), sha));
        }
        return result;
    }

    /** The edition; absent in manifests written before there was an internal one (they are standard). */
    private static String edition(JsonNode edition) throws Rejected {
        if (edition.isMissingNode()) {
            return Manifest.STANDARD;
        }
        if (!edition.isTextual() || !(Manifest.STANDARD.equals(edition.textValue())
                || Manifest.INTERNAL.equals(edition.textValue()))) {
            throw foreign("edition");
        }
        return edition.textValue();
    }

    private static String text(JsonNode node, String field) throws Rejected {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw foreign(field);
        }
        return value.textValue();
    }

    private static int count(JsonNode counts, String field) throws Rejected {
        JsonNode value = counts.path(field);
        if (!value.isInt() || value.intValue() < 0) {
            throw foreign("counts." + field);
        }
        return value.intValue();
    }

    /** The rows of each ledger; absent in manifests written before they were counted. */
    private static Map<String, Integer> records(JsonNode records) throws Rejected {
        Map<String, Integer> result = new LinkedHashMap<>();
        if (records.isMissingNode()) {
            return result;
        }
        if (!records.isObject()) {
            throw foreign("counts.records");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = records.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (!entry.getValue().isInt() || entry.getValue().intValue() < 0) {
                throw foreign("counts.records." + entry.getKey());
            }
            result.put(entry.getKey(), entry.getValue().intValue());
        }
        return result;
    }

    private static Rejected foreign(String field) {
        return new Rejected(PackageProblem.of(PackageProblem.Kind.FOREIGN_MANIFEST, Manifest.FILE_NAME, field));
    }
}
