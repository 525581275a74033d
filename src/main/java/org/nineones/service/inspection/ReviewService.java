package org.nineones.service.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Points;
import org.nineones.pack.CreatedAt;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.VerificationResult;
import org.nineones.service.acceptance.ReadinessService;
import org.nineones.service.acceptance.RecomputeException;
import org.nineones.service.acceptance.PackageEntries;
import org.nineones.service.acceptance.RecomputedRecords;
import org.nineones.service.acceptance.checklist.ChecklistException;

/**
 * The inspector's recomputed review of a package (issue 13, point 8): the package verified, its records form loaded,
 * the checklist the enterprise used (or a checklist file the inspector names) scored from those records by the
 * enterprise side's own code on the day the enterprise's self-assessment was scored (the package's day when it has
 * none), beside the enterprise's signed self-score of each line. Nothing is written.
 */
public final class ReviewService {

    /** The entries of the package this reads (written by the enterprise side's {@code AcceptanceParts}). */
    static final String CHECKLIST = PackageEntries.CHECKLIST;
    static final String SELF_ASSESSMENT = PackageEntries.SELF_ASSESSMENT;

    private final Messages messages;
    private final ReadinessService readiness;
    private final RecomputedRecords records;

    public ReviewService(Messages messages, ReadinessService readiness) {
        this.messages = messages;
        this.readiness = readiness;
        this.records = new RecomputedRecords(messages);
    }

    /** The enterprise's signed self-assessment as the package holds it: totals, signature and each line's score. */
    public record SelfScore(LocalDate asOf, BigDecimal score, BigDecimal maxScore, Conclusion conclusion,
                            String signedBy, String signedAt, Map<String, BigDecimal> lines) {
        public SelfScore {
            lines = Map.copyOf(lines);
        }
    }

    /** The recomputed score of {@code template} on {@code asOf}, and the enterprise's self-assessment if signed. */
    public record Review(ChecklistTemplate template, LocalDate asOf, ChecklistScore score, Optional<SelfScore> self) {

        /** The enterprise's score of a line, or {@code null} without a self-assessment or when it has no such line. */
        public BigDecimal selfScore(String lineId) {
            return self.map(s -> s.lines().get(lineId)).orElse(null);
        }
    }

    /**
     * Reviews a package.
     *
     * @param checklistFile a checklist file (.json, .xlsx) to score instead of the package's, or {@code null}
     * @throws InspectionException ALTERED when the package does not verify; NOT_A_PACKAGE when it is not one or lacks
     *                             a readable part; BAD_INPUT when the checklist file is not a checklist
     */
    public Review review(Path zip, Path checklistFile) {
        if (checklistFile != null && !looksLikeChecklist(checklistFile)) {
            throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                    messages.get("review.error.templateFile", checklistFile.getFileName()), checklistFile, null);
        }
        VerificationResult verified = PackageGate.intact(new PackageVerifier().verify(zip), zip, messages);
        ChecklistTemplate packaged = checklist(zip);
        Optional<SelfScore> self = selfScore(zip);
        LocalDate day = self.map(SelfScore::asOf).orElseGet(() -> createdDay(zip, verified.manifest().createdAt()));
        try (RecomputedRecords.Loaded loaded = records.open(zip, verified)) {
            ChecklistTemplate template = packaged;
            if (checklistFile != null) {
                try {
                    template = readiness.template(loaded.workspace(), checklistFile.toString());
                } catch (ChecklistException e) {
                    throw new InspectionException(InspectionException.Reason.BAD_INPUT, e.getMessage(),
                            checklistFile, e);
                }
            }
            return new Review(template, day, RecomputedRecords.recompute(loaded, readiness, template, day), self);
        } catch (RecomputeException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, e.getMessage(), zip, e);
        }
    }

    static boolean looksLikeChecklist(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    /** The checklist the enterprise scored against, as the package holds it. */
    private ChecklistTemplate checklist(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = file.getEntry(CHECKLIST);
            if (entry != null) {
                try (InputStream in = file.getInputStream(entry)) {
                    return new ChecklistJson().read(in);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(zip, CHECKLIST, e);
        }
        throw unreadable(zip, CHECKLIST, null);
    }

    /** The signed self-assessment in the package, if any. */
    private Optional<SelfScore> selfScore(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = file.getEntry(SELF_ASSESSMENT);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(selfScore(in));
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(zip, SELF_ASSESSMENT, e);
        }
    }

    /** The signed self-assessment as a package's {@value #SELF_ASSESSMENT} (or its copy) holds it. */
    static SelfScore selfScore(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(in);
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        for (JsonNode line : root.path("result").path("lines")) {
            lines.put(line.get("id").asText(), decimal(line.get("score")));
        }
        return new SelfScore(LocalDate.parse(root.get("asOf").asText()), decimal(root.get("score")),
                decimal(root.get("maxScore")), Conclusion.valueOf(root.get("conclusion").asText()),
                root.path("signedBy").asText(""), root.path("signedAt").asText(""), lines);
    }

    /** A number written as a number or as text ({@code "87.5"}). */
    private static BigDecimal decimal(JsonNode node) {
        return Points.normal(node.isNumber() ? node.decimalValue() : new BigDecimal(node.asText()));
    }

    /** The day the package was made: its manifest states the day (or, in older ones, the time). */
    private LocalDate createdDay(Path zip, String createdAt) {
        return createdDay(createdAt).orElseThrow(() -> unreadable(zip, "manifest.json", null));
    }

    /** The day a package was made, from its manifest's {@code createdAt}; empty when that says no day. */
    static Optional<LocalDate> createdDay(String createdAt) {
        String text = createdAt == null ? "" : createdAt.strip();
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            CreatedAt created = CreatedAt.parse(text);
            return created.local() == null ? Optional.empty() : Optional.of(created.local().toLocalDate());
        }
    }

    private InspectionException unreadable(Path zip, String entry, Exception cause) {
        return new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                messages.get("review.error.part", zip.getFileName(), entry), zip, cause);
    }
}
