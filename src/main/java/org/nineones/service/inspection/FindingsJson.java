package org.nineones.service.inspection;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.pack.Manifest;

/**
 * {@value FindingsFile#JSON}, the findings file's content for the enterprise's copy of the app: what it is about (as
 * its manifest says too) and every finding with its unique id. Pretty-printed UTF-8, fields always in one order, so
 * the same findings give the same bytes.
 *
 * <pre>
 * {"format":"nineones-findings","formatVersion":1,"enterprise":{"name":"…","creditCode":"…"},
 *  "packageFingerprint":"9f2c…","template":{"name":"…","version":"…"},
 *  "inspection":{"uid":"…","inspector":"…","date":"2026-12-07","score":78.5,"conclusion":"RECTIFY"},
 *  "findings":[{"uid":"…","lineId":"1.1","source":"DEDUCTION","seen":"…","requirement":"…",
 *               "deadline":"2027-01-31","responsible":"…","createdBy":"…","createdAt":"…"}]}
 * </pre>
 */
final class FindingsJson {

    @JsonPropertyOrder({"format", "formatVersion", "enterprise", "packageFingerprint", "template", "inspection",
            "findings"})
    record Document(String format, int formatVersion, Manifest.EnterpriseRef enterprise, String packageFingerprint,
                    Manifest.TemplateRef template, Manifest.InspectionRef inspection, List<Row> findings) {
    }

    @JsonPropertyOrder({"uid", "lineId", "source", "seen", "requirement", "deadline", "responsible", "createdBy",
            "createdAt"})
    record Row(String uid, String lineId, String source, String seen, String requirement, String deadline,
               String responsible, String createdBy, String createdAt) {
    }

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What the manifest says of this content. */
    static Manifest.FindingsRef reference(FindingsFile.Content c) {
        return new Manifest.FindingsRef(c.packageFingerprint(),
                new Manifest.TemplateRef(c.templateName(), c.templateVersion()),
                new Manifest.InspectionRef(c.inspectionUid(), c.inspector(), c.date().toString(), c.score(),
                        c.conclusion().name()),
                c.findings().size());
    }

    byte[] write(FindingsFile.Content c) {
        Manifest.FindingsRef ref = reference(c);
        List<Row> rows = c.findings().stream().map(f -> new Row(f.uid(), f.lineId(), f.source().name(), f.seen(),
                f.requirement(), f.deadline().toString(), f.responsible(), f.createdBy(), f.createdAt())).toList();
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(Manifest.FINDINGS_FORMAT,
                    Manifest.FORMAT_VERSION, new Manifest.EnterpriseRef(c.enterpriseName(), c.creditCode()),
                    ref.packageFingerprint(), ref.template(), ref.inspection(), rows));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write findings.json", e);
        }
    }

    /**
     * The content as written, without the opinion.
     *
     * @throws IOException when it is no JSON of this shape (a field missing, a date or kind that does not read)
     */
    FindingsFile.Content read(byte[] json) throws IOException {
        Document d = mapper.readValue(json, Document.class);
        if (d == null || !Manifest.FINDINGS_FORMAT.equals(d.format()) || d.enterprise() == null
                || d.template() == null || d.inspection() == null || d.findings() == null
                || d.inspection().score() == null) {
            throw new IOException("not a findings document");
        }
        try {
            List<InspectionFinding> findings = d.findings().stream().map(r -> new InspectionFinding(r.uid(),
                    r.lineId(), InspectionFinding.Source.valueOf(r.source()), r.seen(), r.requirement(),
                    LocalDate.parse(r.deadline()), r.responsible(), r.createdBy(), r.createdAt())).toList();
            Manifest.InspectionRef i = d.inspection();
            return new FindingsFile.Content(i.uid(), d.enterprise().name(), d.enterprise().creditCode(),
                    d.packageFingerprint(), d.template().name(), d.template().version(), i.inspector(),
                    LocalDate.parse(i.date()), i.score(), Conclusion.valueOf(i.conclusion()), findings, null);
        } catch (RuntimeException e) {
            throw new IOException("not a findings document: " + e.getMessage(), e);
        }
    }
}
