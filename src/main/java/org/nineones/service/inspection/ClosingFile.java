package org.nineones.service.inspection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.ZipFile;

import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.Sha256;
import org.nineones.model.problems.MeasureStatus;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageWriter;

/**
 * The closing package (整改回复包, issue 14, point 2): what the enterprise did about each finding of one findings file,
 * with its evidence, for the inspector's inspection file. A zip of the acceptance package's make ({@link PackageWriter}:
 * a SHA-256 manifest first, dated by the day, its fingerprint the SHA-256 of the whole zip) whose manifest has the
 * format {@value Manifest#CLOSING_FORMAT} and names the findings file, the inspection and the package inspected. It
 * holds {@value #JSON} (every finding's measures: text, owner, deadline, status and their days, each evidence file
 * with its SHA-256) and the evidence files under {@code evidence/}. {@link #read} verifies it and gives it back.
 */
public final class ClosingFile {

    static final String JSON = "closing.json";

    private final Messages messages;
    private final ClosingJson json = new ClosingJson();

    public ClosingFile(Messages messages) {
        this.messages = messages;
    }

    /** A closing package's content: whose answer to which findings file, made on which day, finding by finding. */
    public record Content(String findingsFingerprint, String inspectionUid, String packageFingerprint,
                          String enterpriseName, String creditCode, LocalDate date, List<Answer> answers) {

        public Content {
            findingsFingerprint = PackageFingerprint.normalise(findingsFingerprint);
            packageFingerprint = PackageFingerprint.normalise(packageFingerprint);
            Objects.requireNonNull(inspectionUid, "inspectionUid");
            Objects.requireNonNull(date, "date");
            enterpriseName = enterpriseName == null ? "" : enterpriseName;
            creditCode = creditCode == null ? "" : creditCode;
            answers = List.copyOf(answers);
        }
    }

    /** One finding (by its uid, with its line, what was seen and its deadline) and the measures taken. */
    public record Answer(String findingUid, String lineId, String seen, LocalDate deadline,
                         List<MeasureAnswer> measures) {

        public Answer {
            Objects.requireNonNull(findingUid, "findingUid");
            lineId = lineId == null ? "" : lineId;
            seen = seen == null ? "" : seen;
            measures = List.copyOf(measures);
        }

        /** True when it has measures and every one is done or verified. */
        public boolean done() {
            return !measures.isEmpty() && measures.stream().noneMatch(m -> m.status().pending());
        }
    }

    /**
     * A measure as it stands: its text, owner's name, deadline, status, the day it was added, the day it was last
     * marked done and verified (null: not so), and its evidence files.
     */
    public record MeasureAnswer(String text, String owner, LocalDate deadline, MeasureStatus status, LocalDate addedOn,
                                LocalDate doneOn, LocalDate verifiedOn, List<EvidenceFile> evidence) {

        public MeasureAnswer {
            Objects.requireNonNull(status, "status");
            text = text == null ? "" : text;
            owner = owner == null ? "" : owner;
            evidence = List.copyOf(evidence);
        }
    }

    /**
     * An evidence file: its entry in the zip, its own name, what it belongs to (a duty record's day and title, empty
     * for a file given with the measure), its size and SHA-256, and its bytes.
     */
    public record EvidenceFile(String path, String fileName, String what, long size, String sha256, byte[] content) {

        public EvidenceFile {
            what = what == null ? "" : what;
            content = content == null ? null : content.clone();
        }

        /** A file to pack, its SHA-256 and size taken from its bytes. */
        public static EvidenceFile of(String path, String fileName, String what, byte[] content) {
            return new EvidenceFile(path, fileName, what, content.length, Sha256.hex(content), content);
        }

        @Override
        public byte[] content() {
            return content == null ? null : content.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof EvidenceFile e && path.equals(e.path) && sha256.equals(e.sha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(path, sha256);
        }

        @Override
        public String toString() {
            return "EvidenceFile[" + path + ", " + fileName + ", " + size + " bytes]";
        }
    }

    /** A closing package as written: where, its manifest and its fingerprint. */
    public record Written(Path file, Manifest manifest, String fingerprint) {
    }

    /** The entry of the {@code n}th evidence file of a measure: plain ASCII, the file's own extension kept. */
    public static String evidencePath(int finding, int measure, int n, String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1);
        ext = ext.matches("[A-Za-z0-9]{1,8}") ? "." + ext : "";
        return "evidence/" + finding + "-" + measure + "-" + n + ext;
    }

    /** Writes the closing package to {@code out} (never over a workspace, an inspection file or a folder). */
    public Written write(Content content, Path out, Path... keep) {
        Path target = SafeFiles.checkOutput(out, keep);
        Manifest manifest = VerifiedZip.write(target, out, "closing-", content.date(), "closing package",
                (work, zone) -> {
                    List<PackageFile> files = new ArrayList<>();
                    files.add(new PackageFile(JSON, Files.write(work.resolve(JSON), json.write(content))));
                    int n = 0;
                    for (Answer a : content.answers()) {
                        for (MeasureAnswer m : a.measures()) {
                            for (EvidenceFile e : m.evidence()) {
                                files.add(new PackageFile(e.path(), Files.write(work.resolve("e" + (n++)),
                                        e.content())));
                            }
                        }
                    }
                    return PackageContent.closingPackage(content.enterpriseName(), content.creditCode(),
                            ClosingJson.reference(content), files);
                });
        return new Written(target, manifest, PackageFingerprint.of(target));
    }

    /**
     * The content of a closing package, after verifying it: every file against its manifest, the manifest a closing
     * package's, {@value #JSON} saying what the manifest says, every evidence file it lists there.
     *
     * @throws InspectionException ALTERED (naming every problem) or NOT_A_PACKAGE (foreign, truncated, another kind
     *                             of zip of ours, newer)
     */
    public Content read(Path zip) {
        Manifest manifest = VerifiedZip.verify(zip, messages, VerifiedZip.CLOSING);
        if (!manifest.closingPackage()) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE, messages.get(
                    manifest.findingsFile() ? "closing.error.isFindings" : "closing.error.isPackage",
                    zip.getFileName()), zip, null);
        }
        try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            Content listed = json.read(VerifiedZip.entry(z, manifest, JSON));
            if (!ClosingJson.reference(listed).equals(manifest.closing())
                    || !listed.enterpriseName().equals(manifest.enterprise().name())
                    || !listed.creditCode().equals(manifest.enterprise().creditCode())) {
                throw new IOException(JSON + " does not say what the manifest says");
            }
            List<Answer> answers = new ArrayList<>();
            for (Answer a : listed.answers()) {
                List<MeasureAnswer> measures = new ArrayList<>();
                for (MeasureAnswer m : a.measures()) {
                    List<EvidenceFile> files = new ArrayList<>();
                    for (EvidenceFile e : m.evidence()) {
                        byte[] bytes = VerifiedZip.entry(z, manifest, e.path());
                        if (!Sha256.hex(bytes).equals(e.sha256())) {
                            throw new IOException(e.path() + " is not the file " + JSON + " lists");
                        }
                        files.add(EvidenceFile.of(e.path(), e.fileName(), e.what(), bytes));
                    }
                    measures.add(new MeasureAnswer(m.text(), m.owner(), m.deadline(), m.status(), m.addedOn(),
                            m.doneOn(), m.verifiedOn(), files));
                }
                answers.add(new Answer(a.findingUid(), a.lineId(), a.seen(), a.deadline(), measures));
            }
            return new Content(listed.findingsFingerprint(), listed.inspectionUid(), listed.packageFingerprint(),
                    listed.enterpriseName(), listed.creditCode(), listed.date(), answers);
        } catch (IOException e) {
            throw new InspectionException(InspectionException.Reason.NOT_A_PACKAGE,
                    messages.get("closing.error.unreadable", zip.getFileName(), JSON), zip, e);
        }
    }
}
