package org.nineones.service.acceptance.checklist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.checklist.ChecklistSheet;
import org.nineones.excel.checklist.ChecklistSheetReader;
import org.nineones.excel.checklist.ChecklistSheetWriter;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.StoredChecklist;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.backup.BackupHook;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The acceptance checklists of a workspace (验收标准), versioned: the default that ships in the jar
 * ({@value #DEFAULT_RESOURCE}, available without import) and every version imported, by name and version, with the
 * SHA-256 of its canonical JSON. A version never changes: importing a name and version again with other content is
 * refused, with the same content changes nothing. Import and export as JSON or as the Excel sheet a county fills in.
 */
public final class ChecklistService {

    /** The default checklist on the class path (sample-data is copied into the jar). */
    public static final String DEFAULT_RESOURCE = "/sample-data/checklists/default-checklist.json";
    static final String ENTITY = "checklist_template";

    private static final Logger LOG = LoggerFactory.getLogger(ChecklistService.class);
    private static volatile ChecklistTemplate bundled;

    private final Messages messages;
    private final ChecklistJson json = new ChecklistJson();
    private final ChecklistValidator validator;
    private final BackupHook beforeImport;

    /** @param beforeImport backs the workspace up before an import stores a new version */
    public ChecklistService(Messages messages, BackupHook beforeImport) {
        this.messages = messages;
        this.validator = new ChecklistValidator(messages);
        this.beforeImport = beforeImport;
    }

    /** The scorer (pure), for the assessment that scores a workspace's findings against a template. */
    public ChecklistScorer scorer() {
        return new ChecklistScorer(messages);
    }

    /** The validator, for front ends that check a template before offering it. */
    public ChecklistValidator validator() {
        return validator;
    }

    /** The default checklist that ships with the app, read and checked once. */
    public ChecklistTemplate defaultTemplate() {
        ChecklistTemplate template = bundled;
        if (template == null) {
            try (InputStream in = ChecklistService.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) {
                    throw new ChecklistException(messages.get("checklist.service.defaultBroken", DEFAULT_RESOURCE));
                }
                template = json.read(in);
            } catch (IOException e) {
                throw new ChecklistException(messages.get("checklist.service.defaultBroken", e.getMessage()), e);
            }
            List<ChecklistProblem> errors = validator.errors(template);
            if (!errors.isEmpty()) {
                throw new ChecklistException(messages.get("checklist.service.defaultBroken",
                        errors.get(0).message()));
            }
            bundled = template;
        }
        return template;
    }

    /** Every version available: the built-in default first (no id, no import time), then those imported, in order. */
    public List<StoredChecklist> versions(Workspace workspace) {
        ChecklistTemplate standard = defaultTemplate();
        List<StoredChecklist> stored = workspace.read(store -> store.checklists().all());
        List<StoredChecklist> all = new ArrayList<>();
        all.add(new StoredChecklist(null, standard.name(), standard.version(), json.sha256(standard), "",
                json.canonical(standard)));
        all.addAll(stored);
        return all;
    }

    /**
     * The template of this name and version; with {@code version} null, the last imported of that name (the default
     * when that is its name and none was imported).
     *
     * @throws ChecklistException when there is none, naming those there are
     */
    public ChecklistTemplate get(Workspace workspace, String name, String version) {
        List<StoredChecklist> versions = versions(workspace);
        Optional<StoredChecklist> found = versions.stream()
                .filter(v -> v.name().equals(name.strip()) && (version == null || v.version().equals(version.strip())))
                .reduce((first, second) -> second);
        if (found.isEmpty()) {
            String available = versions.stream().map(v -> v.name() + " " + v.version())
                    .collect(Collectors.joining("、"));
            throw new ChecklistException(version == null
                    ? messages.get("checklist.service.noVersion", name, available)
                    : messages.get("checklist.service.notFound", name, version, available));
        }
        return found.get().builtIn() ? defaultTemplate() : parse(found.get());
    }

    /**
     * Imports a template: refused when its check finds errors, or when its name and version are stored (or are the
     * default's) with other content; the same content again changes nothing. One transaction with its audit entry.
     */
    public ImportOutcome importTemplate(Workspace workspace, ChecklistTemplate template) {
        List<ChecklistProblem> problems = validator.check(template);
        List<String> errors = problems.stream().filter(p -> !p.warning()).map(ChecklistProblem::message).toList();
        if (!errors.isEmpty()) {
            throw new ChecklistException(messages.get("checklist.service.invalid", template.name(),
                    String.join(" ", errors)));
        }
        List<String> warnings = problems.stream().filter(ChecklistProblem::warning).map(ChecklistProblem::message)
                .toList();
        String sha = json.sha256(template);
        ChecklistTemplate standard = defaultTemplate();
        if (standard.name().equals(template.name()) && standard.version().equals(template.version())) {
            if (!json.sha256(standard).equals(sha)) {
                throw new ChecklistException(messages.get("checklist.service.defaultConflict", template.name(),
                        template.version()));
            }
            return new ImportOutcome(standard, false, versions(workspace).get(0), warnings);
        }
        Optional<StoredChecklist> before = workspace.read(store -> store.checklists().find(template.name(),
                template.version()));
        if (before.isEmpty()) {
            beforeImport.backUp(workspace);
        }
        return workspace.write(store -> {
            Optional<StoredChecklist> existing = store.checklists().find(template.name(), template.version());
            if (existing.isPresent()) {
                if (!existing.get().sha256().equals(sha)) {
                    throw new ChecklistException(messages.get("checklist.service.conflict", template.name(),
                            template.version()));
                }
                return new ImportOutcome(template, false, existing.get(), warnings);
            }
            StoredChecklist stored = store.checklists().insert(template.name(), template.version(), sha,
                    json.canonical(template));
            store.audit().record("import", ENTITY, stored.id(),
                    messages.get("checklist.audit.import", template.name(), template.version(), sha));
            return new ImportOutcome(template, true, stored, warnings);
        });
    }

    /** Reads a template from a JSON file (the shipped form). */
    public ChecklistTemplate readJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return json.read(in);
        } catch (IOException e) {
            LOG.info("not a checklist file {}: {}", file, e.toString());
            throw new ChecklistException(messages.get("checklist.service.notAChecklist", name(file),
                    e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("")), e);
        }
    }

    /** Writes a template as JSON (indented), beside the target first. */
    public void writeJson(ChecklistTemplate template, Path out) {
        Path target = out.toAbsolutePath();
        try {
            Path temp = SafeFiles.tempBeside(target);
            try {
                Files.writeString(temp, json.pretty(template) + "\n", StandardCharsets.UTF_8);
                SafeFiles.moveIntoPlace(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    /** Writes a template as the checklist workbook; reading it back gives the same template. */
    public void exportExcel(ChecklistTemplate template, Path out) {
        write(new ChecklistWorkbook(messages).of(template), out);
    }

    /** Writes the blank workbook a county fills in: the header block, the headers, the kinds of finding. */
    public void writeBlank(Path out) {
        write(new ChecklistWorkbook(messages).blank(), out);
    }

    /**
     * Reads a checklist workbook through the import pipeline and checks it; nothing is written. The name and version
     * come from the header block above the table (标准名称, 版本) unless given here.
     *
     * @throws ChecklistException when the file is not a checklist sheet at all
     */
    public ChecklistSheetPreview previewExcel(Path file, String name, String version, Progress progress) {
        ChecklistSheet sheet;
        try {
            sheet = new ChecklistSheetReader(new SpreadsheetReader()).read(file, progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.info("cannot read checklist sheet {}: {}", file, e.toString());
            throw new ChecklistException(messages.get("checklist.file." + e.reason().name(), name(file)), e);
        }
        return new ChecklistSheetParser(messages).parse(file, sheet, name, version);
    }

    /** Imports what a preview without errors holds. */
    public ImportOutcome commit(Workspace workspace, ChecklistSheetPreview preview) {
        if (preview.hasErrors() || preview.template() == null) {
            List<String> all = new ArrayList<>(preview.templateErrors());
            preview.errors().forEach(e -> all.add(messages.get("checklist.cli.rowError", e.row(), e.message())));
            throw new ChecklistException(messages.get("checklist.service.invalid",
                    preview.file().getFileName(), String.join(" ", all)));
        }
        return importTemplate(workspace, preview.template());
    }

    /** Writes the rows with errors as they were, offending cells filled, like every import's error report. */
    public void writeErrorReport(ChecklistSheetPreview preview, Path out) {
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(preview.table().rows(),
                preview.errors(), RowProblem::row, RowProblem::columnIndex,
                p -> p.column().isEmpty() ? p.message() : p.column() + "：" + p.message(),
                row -> messages.get("checklist.report.rowPrefix", row));
        try {
            new ErrorReportWriter().write(out, messages.get("checklist.report.sheet"), preview.table().headers(),
                    messages.get("checklist.report.messageHeader"), rows);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    private void write(ChecklistSheetWriter.Content content, Path out) {
        try {
            new ChecklistSheetWriter().write(out, content);
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    private ChecklistTemplate parse(StoredChecklist stored) {
        try {
            return json.read(stored.body());
        } catch (IOException e) {
            throw new IllegalStateException("stored checklist " + stored.name() + " " + stored.version()
                    + " cannot be read", e);
        }
    }

    private ChecklistException cannotWrite(Path out, IOException e) {
        LOG.warn("cannot write {}", out, e);
        return new ChecklistException(messages.get("checklist.service.cannotWrite", out), e);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
