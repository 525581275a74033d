package org.nineones.service.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nineones.model.problems.MeasureStatus;
import org.nineones.pack.Manifest;

/**
 * {@value ClosingFile#JSON}, the closing package's content: what it answers (as its manifest says too) and, finding
 * by finding, the measures with their evidence files. Pretty-printed UTF-8, fields always in one order.
 *
 * <pre>
 * {"format":"nineones-closing","formatVersion":1,"enterprise":{"name":"…","creditCode":"…"},
 *  "findingsFingerprint":"…","inspectionUid":"…","packageFingerprint":"…","date":"2027-01-20",
 *  "findings":[{"uid":"…","lineId":"3.1","seen":"…","deadline":"2027-01-31",
 *    "measures":[{"text":"…","owner":"张三","deadline":"2027-01-15","status":"DONE","addedOn":"2026-12-10",
 *                 "doneOn":"2027-01-12","verifiedOn":null,
 *                 "evidence":[{"path":"evidence/1-1-1.jpg","fileName":"照片.jpg","what":"","size":1234,"sha256":"…"}]}]}]}
 * </pre>
 */
final class ClosingJson {

    @JsonPropertyOrder({"format", "formatVersion", "enterprise", "findingsFingerprint", "inspectionUid",
            "packageFingerprint", "date", "findings"})
    record Document(String format, int formatVersion, Manifest.EnterpriseRef enterprise, String findingsFingerprint,
                    String inspectionUid, String packageFingerprint, String date, List<FindingRow> findings) {
    }

    @JsonPropertyOrder({"uid", "lineId", "seen", "deadline", "measures"})
    record FindingRow(String uid, String lineId, String seen, String deadline, List<MeasureRow> measures) {
    }

    @JsonPropertyOrder({"text", "owner", "deadline", "status", "addedOn", "doneOn", "verifiedOn", "evidence"})
    record MeasureRow(String text, String owner, String deadline, String status, String addedOn, String doneOn,
                      String verifiedOn, List<FileRow> evidence) {
    }

    @JsonPropertyOrder({"path", "fileName", "what", "size", "sha256"})
    record FileRow(String path, String fileName, String what, long size, String sha256) {
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What the manifest says of this content. */
    static Manifest.ClosingRef reference(ClosingFile.Content c) {
        return new Manifest.ClosingRef(c.findingsFingerprint(), c.inspectionUid(), c.packageFingerprint(),
                c.answers().size());
    }

    byte[] write(ClosingFile.Content c) {
        List<FindingRow> rows = c.answers().stream().map(a -> new FindingRow(a.findingUid(), a.lineId(), a.seen(),
                text(a.deadline()), a.measures().stream().map(m -> new MeasureRow(m.text(), m.owner(),
                        text(m.deadline()), m.status().name(), text(m.addedOn()), text(m.doneOn()),
                        text(m.verifiedOn()), m.evidence().stream().map(e -> new FileRow(e.path(), e.fileName(),
                                e.what(), e.size(), e.sha256())).toList())).toList())).toList();
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(Manifest.CLOSING_FORMAT,
                    Manifest.FORMAT_VERSION, new Manifest.EnterpriseRef(c.enterpriseName(), c.creditCode()),
                    c.findingsFingerprint(), c.inspectionUid(), c.packageFingerprint(), c.date().toString(), rows));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write closing.json", e);
        }
    }

    /**
     * The content as written; each evidence file without its bytes.
     *
     * @throws IOException when it is no JSON of this shape
     */
    ClosingFile.Content read(byte[] json) throws IOException {
        Document d = mapper.readValue(json, Document.class);
        if (d == null || !Manifest.CLOSING_FORMAT.equals(d.format()) || d.enterprise() == null
                || d.findings() == null || d.inspectionUid() == null) {
            throw new IOException("not a closing document");
        }
        try {
            List<ClosingFile.Answer> answers = d.findings().stream().map(f -> new ClosingFile.Answer(f.uid(),
                    f.lineId(), f.seen(), date(f.deadline()), f.measures().stream().map(m ->
                            new ClosingFile.MeasureAnswer(m.text(), m.owner(), date(m.deadline()),
                                    MeasureStatus.valueOf(m.status()), date(m.addedOn()), date(m.doneOn()),
                                    date(m.verifiedOn()), m.evidence().stream().map(e -> new ClosingFile.EvidenceFile(
                                            e.path(), e.fileName(), e.what(), e.size(), e.sha256(), null))
                                    .toList())).toList())).toList();
            return new ClosingFile.Content(d.findingsFingerprint(), d.inspectionUid(), d.packageFingerprint(),
                    d.enterprise().name(), d.enterprise().creditCode(), LocalDate.parse(d.date()), answers);
        } catch (RuntimeException e) {
            throw new IOException("not a closing document: " + e.getMessage(), e);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }
}
