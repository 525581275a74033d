package org.nineones.service.inspection;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

import org.nineones.excel.ReproducibleXlsx;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageWriter;

/**
 * The findings file (检查发现问题清单) the inspector leaves with the enterprise (issue 13, point 7): a zip of the same
 * make as the acceptance package ({@link PackageWriter}: a SHA-256 manifest first, entries dated by the day, the
 * fingerprint the SHA-256 of the whole zip), whose manifest names the package's fingerprint, the checklist template and
 * the inspection. It holds {@value #JSON} (for the enterprise's copy of the app to import), {@value #XLSX} (the same
 * findings for people) and, when given, the acceptance opinion {@value #OPINION}. The same content gives the same
 * bytes. {@code verify-package} verifies it like a package; {@link #read} verifies it and gives the content back.
 */
public final class FindingsFile {

    static final String JSON = "findings.json";
    static final String XLSX = "findings.xlsx";
    static final String OPINION = "opinion.pdf";

    private final Messages messages;
    private final FindingsJson json = new FindingsJson();

    public FindingsFile(Messages messages) {
        this.messages = messages;
    }

    /**
     * What a findings file holds: the inspection (its uid, the enterprise, the package's fingerprint), the template
     * it was scored against, the inspector, its day, the score and the conclusion, the findings in the order given,
     * and the acceptance opinion as PDF bytes (null: none).
     */
    public record Content(String inspectionUid, String enterpriseName, String creditCode, String packageFingerprint,
                          String templateName, String templateVersion, String inspector, LocalDate date,
                          BigDecimal score, Conclusion conclusion, List<InspectionFinding> findings,
                          byte[] opinionPdf) {

        public Content {
            Objects.requireNonNull(inspectionUid, "inspectionUid");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(conclusion, "conclusion");
            enterpriseName = enterpriseName == null ? "" : enterpriseName;
            creditCode = creditCode == null ? "" : creditCode;
            packageFingerprint = PackageFingerprint.normalise(packageFingerprint);
            templateName = templateName == null ? "" : templateName;
            templateVersion = templateVersion == null ? "" : templateVersion;
            inspector = inspector == null ? "" : inspector.strip();
            findings = List.copyOf(findings);
            opinionPdf = opinionPdf == null ? null : opinionPdf.clone();
        }

        /** From the inspection, its scored review (the template's name and version, the score and conclusion). */
        public static Content of(Inspection inspection, ChecklistScore review, String inspector, LocalDate date,
                                 List<InspectionFinding> findings, byte[] opinionPdf) {
            return new Content(inspection.uid(), inspection.enterpriseName(), inspection.creditCode(),
                    inspection.packageFingerprint(), review.templateName(), review.templateVersion(), inspector, date,
                    review.score(), review.conclusion(), findings, opinionPdf);
        }

        /** The opinion's bytes, when the file holds one. */
        public Optional<byte[]> opinion() {
            return Optional.ofNullable(opinionPdf).map(byte[]::clone);
        }

        /** The same content with the opinion's bytes (null: none). */
        Content withOpinion(byte[] pdf) {
            return new Content(inspectionUid, enterpriseName, creditCode, packageFingerprint, templateName,
                    templateVersion, inspector, date, score, conclusion, findings, pdf);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Content c && inspectionUid.equals(c.inspectionUid)
                    && enterpriseName.equals(c.enterpriseName) && creditCode.equals(c.creditCode)
                    && packageFingerprint.equals(c.packageFingerprint) && templateName.equals(c.templateName)
                    && templateVersion.equals(c.templateVersion) && inspector.equals(c.inspector)
                    && date.equals(c.date) && score.compareTo(c.score) == 0 && conclusion == c.conclusion
                    && findings.equals(c.findings) && Arrays.equals(opinionPdf, c.opinionPdf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(inspectionUid, packageFingerprint, date, conclusion, findings)
                    + Arrays.hashCode(opinionPdf);
        }

        @Override
        public String toString() {
            return "FindingsFile.Content[" + inspectionUid + ", " + enterpriseName + ", " + date + ", " + score + " "
                    + conclusion + ", " + findings.size() + " findings" + (opinionPdf == null ? "" : ", opinion") + "]";
        }
    }

    /** A findings file as written: where, its manifest and its fingerprint (the SHA-256 of the whole zip). */
    public record Written(Path file, Manifest manifest, String fingerprint) {
    }

    /**
     * Writes the findings file to {@code out}. Refused, with nothing written: a finding without a deadline; an output
     * that is a workspace or an inspection file (or one of their companions), a folder, or one of {@code keep} (the
     * package the inspection opened).
     */
    public Written write(Content content, Path out, Path... keep) {
        Path target = SafeFiles.checkOutput(out, keep);
        check(content);
        Manifest manifest = VerifiedZip.write(target, out, "findings-", content.date(), "findings file",
                (work, zone) -> {
                    List<PackageFile> files = new ArrayList<>();
                    files.add(new PackageFile(JSON, Files.write(work.resolve(JSON), json.write(content))));
                    Path xlsx = work.resolve(XLSX);
                    new FindingsSheet(messages).write(content, xlsx);
                    ReproducibleXlsx.normalise(xlsx, content.date().atStartOfDay(zone).toOffsetDateTime());
                    files.add(new PackageFile(XLSX, xlsx));
                    if (content.opinionPdf() != null) {
                        files.add(new PackageFile(OPINION, Files.write(work.resolve(OPINION), content.opinionPdf())));
                    }
                    return PackageContent.findingsFile(content.enterpriseName(), content.creditCode(),
                            FindingsJson.reference(content), files);
                });
        return new Written(target, manifest, PackageFingerprint.of(target));
    }

    /** Every finding needs a deadline, and an id of its own. */
    private void check(Content content) {
        Set<String> uids = new HashSet<>();
        for (InspectionFinding f : content.findings()) {
            String which = f.lineId().isEmpty() ? messages.get("findings.manual") : f.lineId();
            if (f.deadline() == null) {
                throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                        messages.get("findings.error.noDeadline", which, f.seen()), null, null);
            }
            if (f.uid() == null || f.uid().isBlank() || !uids.add(f.uid())) {
                throw new InspectionException(InspectionException.Reason.BAD_INPUT,
                        messages.get("findings.error.uid", which, f.seen()), null, null);
            }
        }
    }

    /**
     * The content of a findings file, after verifying it: every file against its manifest, the manifest a findings
     * file's, {@value #JSON} saying what the manifest says. The enterprise's side imports it from this.
     *
     * @throws InspectionException naming every problem: altered, missing or extra files, truncated, not a findings
     *                             file (an acceptance package is named as one), written by a newer version
     */
    public Content read(Path zip) {
        Manifest manifest = VerifiedZip.verify(zip, messages, VerifiedZip.FINDINGS);
        if (!manifest.findingsFile()) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, messages.get(manifest.closingPackage()
                    ? "closing.error.isClosing" : "findings.error.isPackage", zip.getFileName()), zip, null);
        }
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Content content = json.read(entry(z, manifest, JSON));
            if (!FindingsJson.reference(content).equals(manifest.findings())
                    || !content.enterpriseName().equals(manifest.enterprise().name())
                    || !content.creditCode().equals(manifest.enterprise().creditCode())) {
                throw new IOException(JSON + " does not say what the manifest says");
            }
            boolean withOpinion = manifest.files().stream().anyMatch(f -> f.path().equals(OPINION));
            return content.withOpinion(withOpinion ? entry(z, manifest, OPINION) : null);
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("findings.error.unreadable", zip.getFileName(), JSON), zip, e);
        }
    }

    private static byte[] entry(ZipFile z, Manifest manifest, String path) throws IOException {
        return VerifiedZip.entry(z, manifest, path);
    }
}
