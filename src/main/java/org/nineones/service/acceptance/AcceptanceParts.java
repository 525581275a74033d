package org.nineones.service.acceptance;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.ScoreJson;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.records.DutyRecord;
import org.nineones.model.records.RecordAttachment;
import org.nineones.model.records.RecordFilter;
import org.nineones.model.records.RecordPerson;
import org.nineones.pack.PackageFile;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.records.DutyRecordService;
import org.nineones.store.RecordTables;
import org.nineones.store.Workspace;

/**
 * The acceptance parts of the package (issue 12): the checklist template the latest signed self-assessment used
 * (the default when none is signed) as canonical JSON, that self-assessment as JSON and, when a report printer is
 * plugged in, as PDF, the records of duty performance as a list with their files, and the records form the
 * inspector recomputes from ({@link RecomputedRecords}). Every text passes the edition's masker. Each file is
 * written in the work folder; nothing depends on the time of the export, so the same workspace gives the same bytes.
 */
final class AcceptanceParts {

    static final String CHECKLIST = PackageEntries.CHECKLIST;
    static final String SELF_ASSESSMENT = PackageEntries.SELF_ASSESSMENT;
    static final String SELF_ASSESSMENT_PDF = PackageEntries.SELF_ASSESSMENT_PDF;
    static final String DUTY_RECORDS = PackageEntries.DUTY_RECORDS;
    /** The folder of the records' files: {@code duty-records/000012-minutes.pdf}. */
    static final String DUTY_FILES = PackageEntries.DUTY_FILES;
    private static final JsonFactory JSON = new JsonFactory();

    private final Messages messages;
    private final ChecklistService checklists;
    private final SelfAssessmentService selfAssessments;
    private final DutyRecordService dutyRecords;
    private final RecomputedRecords records;
    private volatile SelfAssessmentPdf pdf;

    AcceptanceParts(Messages messages, ChecklistService checklists, SelfAssessmentService selfAssessments,
                    DutyRecordService dutyRecords) {
        this.messages = messages;
        this.checklists = checklists;
        this.selfAssessments = selfAssessments;
        this.dutyRecords = dutyRecords;
        this.records = new RecomputedRecords(messages);
    }

    void usePdf(SelfAssessmentPdf writer) {
        this.pdf = writer;
    }

    /** Writes every acceptance part into {@code work}; returns the files in the order they go into the package. */
    List<PackageFile> write(Workspace workspace, Path work, boolean internal, Progress progress, PackageParts made)
            throws IOException {
        UnaryOperator<String> texts = RecomputedRecords.texts(internal);
        List<PackageFile> files = new ArrayList<>();
        Optional<SelfAssessment> latest = selfAssessments.history(workspace).stream().findFirst();
        ChecklistTemplate template = templateOf(workspace, latest);
        Files.writeString(work.resolve(CHECKLIST), new ChecklistJson().canonical(template), StandardCharsets.UTF_8);
        files.add(new PackageFile(CHECKLIST, work.resolve(CHECKLIST)));
        made.other(CHECKLIST, messages.get("pack.contents.checklist"),
                messages.get("pack.contents.checklistOf", template.name(), template.version(), template.lines().size()));
        if (latest.isPresent()) {
            SelfAssessment signed = latest.get();
            writeAssessment(signed, work.resolve(SELF_ASSESSMENT), texts);
            files.add(new PackageFile(SELF_ASSESSMENT, work.resolve(SELF_ASSESSMENT)));
            String amount = messages.get("pack.contents.assessmentOf", signed.asOf(), signed.score().toPlainString(),
                    signed.signedBy());
            made.other(SELF_ASSESSMENT, messages.get("pack.contents.assessment"), amount);
            SelfAssessmentPdf printer = pdf;
            if (printer != null) {
                progress.checkCancelled();
                printer.write(workspace, signed, work.resolve(SELF_ASSESSMENT_PDF));
                files.add(new PackageFile(SELF_ASSESSMENT_PDF, work.resolve(SELF_ASSESSMENT_PDF)));
                made.other(SELF_ASSESSMENT_PDF, messages.get("pack.contents.assessmentPdf"), amount);
            }
        }
        progress.checkCancelled();
        files.addAll(writeDutyRecords(workspace, work, texts, progress, made));
        progress.checkCancelled();
        RecordTables.Dumped dumped = records.write(workspace, work.resolve(RecomputedRecords.ENTRY), internal, progress);
        files.add(new PackageFile(RecomputedRecords.ENTRY, work.resolve(RecomputedRecords.ENTRY)));
        made.other(RecomputedRecords.ENTRY, messages.get(internal ? "pack.contents.recordsInternal"
                : "pack.contents.records"), messages.get("pack.contents.tables", dumped.rows().size(),
                dumped.rows().values().stream().mapToInt(Integer::intValue).sum()));
        return files;
    }

    /** The template the self-assessment was scored against, or the default when none is signed (or it is gone). */
    private ChecklistTemplate templateOf(Workspace workspace, Optional<SelfAssessment> latest) {
        if (latest.isEmpty()) {
            return checklists.defaultTemplate();
        }
        try {
            return checklists.get(workspace, latest.get().templateName(), latest.get().templateVersion());
        } catch (ChecklistException e) {
            return checklists.defaultTemplate();
        }
    }

    private static void writeAssessment(SelfAssessment s, Path out, UnaryOperator<String> texts) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out));
             JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeNumberField("id", s.id());
            g.writeStringField("asOf", s.asOf().toString());
            g.writeObjectFieldStart("template");
            g.writeStringField("name", s.templateName());
            g.writeStringField("version", s.templateVersion());
            g.writeStringField("sha256", s.templateSha256());
            g.writeEndObject();
            g.writeStringField("score", s.score().toPlainString());
            g.writeStringField("maxScore", s.maxScore().toPlainString());
            g.writeStringField("conclusion", s.conclusion().name());
            g.writeStringField("signedBy", texts.apply(s.signedBy()));
            g.writeStringField("signedAt", s.signedAt());
            g.writeFieldName("result");
            g.writeRawValue(texts.apply(new ScoreJson().write(s.result())));
            g.writeEndObject();
        }
    }

    /** The list of every duty record (corrections too, oldest first) and each of their files once. */
    private List<PackageFile> writeDutyRecords(Workspace workspace, Path work, UnaryOperator<String> texts,
                                               Progress progress, PackageParts made) throws IOException {
        List<DutyRecord> all = new ArrayList<>(dutyRecords.list(workspace, RecordFilter.ALL));
        all.sort(Comparator.comparingLong(DutyRecord::id));
        TreeMap<Long, RecordAttachment> files = new TreeMap<>();
        all.forEach(r -> r.attachments().forEach(a -> files.putIfAbsent(a.id(), a)));
        List<PackageFile> result = new ArrayList<>();
        Path list = work.resolve(DUTY_RECORDS);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(list));
             JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8).useDefaultPrettyPrinter()) {
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (DutyRecord r : all) {
                writeRecord(g, r, texts);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        result.add(new PackageFile(DUTY_RECORDS, list));
        made.other(DUTY_RECORDS, messages.get("pack.contents.dutyRecords"),
                messages.get("pack.contents.dutyRecordsOf", all.size(), files.size()));
        if (!files.isEmpty()) {
            Files.createDirectories(work.resolve(DUTY_FILES));
        }
        for (RecordAttachment file : files.values()) {
            progress.checkCancelled();
            String entry = entryName(file);
            Path target = work.resolve(entry);
            Files.write(target, dutyRecords.files().content(workspace, file));
            result.add(new PackageFile(entry, target));
            made.other(entry, texts.apply(file.fileName()), "");
        }
        return result;
    }

    private static void writeRecord(JsonGenerator g, DutyRecord r, UnaryOperator<String> texts) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", r.id());
        g.writeStringField("kind", r.kind().name());
        g.writeStringField("title", texts.apply(r.title()));
        g.writeStringField("date", r.date().toString());
        g.writeNumberField("item", r.item().number());
        g.writeStringField("note", texts.apply(r.note()));
        g.writeStringField("orgUnit", texts.apply(r.orgUnitPath()));
        g.writeStringField("status", r.status().name());
        if (r.correctsId() != null) {
            g.writeNumberField("corrects", r.correctsId());
            g.writeStringField("correctionReason", texts.apply(r.correctionReason()));
        }
        g.writeStringField("recordedBy", texts.apply(r.recordedBy()));
        g.writeStringField("recordedAt", r.recordedAt());
        g.writeArrayFieldStart("people");
        for (RecordPerson p : r.people()) {
            g.writeStartObject();
            g.writeStringField("employeeNumber", texts.apply(p.employeeNumber()));
            g.writeStringField("name", texts.apply(p.name()));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("files");
        for (RecordAttachment a : r.attachments()) {
            g.writeStartObject();
            g.writeStringField("path", entryName(a));
            g.writeStringField("name", texts.apply(a.fileName()));
            g.writeStringField("mediaType", a.mediaType());
            g.writeNumberField("size", a.size());
            g.writeStringField("sha256", a.sha256());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * A file's entry in the package: its number, then the plain-ASCII letters of its name (zip tools differ on other
     * names; the list gives the original), e.g. {@code duty-records/000012-minutes.pdf}, {@code 000013-file.jpg}.
     */
    static String entryName(RecordAttachment file) {
        String name = file.fileName() == null ? "" : file.fileName();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String stem = (dot < 0 ? name : name.substring(0, dot)).replaceAll("[^A-Za-z0-9_-]+", "_")
                .replaceAll("^[_-]+|[_-]+$", "");
        if (stem.length() > 40) {
            stem = stem.substring(0, 40);
        }
        StringBuilder entry = new StringBuilder(DUTY_FILES).append(String.format("%06d", file.id())).append('-')
                .append(stem.isEmpty() ? "file" : stem);
        if (ext.matches("[a-z0-9]{1,8}")) {
            entry.append('.').append(ext);
        }
        return entry.toString();
    }
}
