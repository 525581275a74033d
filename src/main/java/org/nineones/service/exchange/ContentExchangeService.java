package org.nineones.service.exchange;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.ErrorReportWriter;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.excel.content.ContentColumn;
import org.nineones.excel.content.ContentParser;
import org.nineones.excel.content.ContentSheet;
import org.nineones.excel.content.ContentSheetReader;
import org.nineones.excel.content.ContentWorkbookWriter;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.excel.content.ParsedContent;
import org.nineones.excel.content.PostBlock;
import org.nineones.excel.content.PostEntry;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.SafeFiles;
import org.nineones.model.content.ContentVersion;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.backup.BackupHook;
import org.nineones.store.Store;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Excel round trip of the four kinds of post content. Export writes, for every post, the version being edited
 * (the draft, else the newest approved one). Import goes through the one import pipeline: read and find the header →
 * map columns → check every row → preview → commit every post's new draft in one transaction, with audit entries →
 * error report. Approved versions are never changed: a post whose content differs gets a draft (a new one over an
 * approved version); a post whose content is the same as the version being edited is left alone.
 */
public final class ContentExchangeService {

    /** More data rows than this are refused as a whole. */
    public static final int MAX_DATA_ROWS = 100_000;
    static final String ENTITY = "post_content_version";
    private static final Logger LOG = LoggerFactory.getLogger(ContentExchangeService.class);

    private final Messages messages;
    private final BackupHook beforeImport;

    public ContentExchangeService(Messages messages) {
        this(messages, BackupHook.NONE);
    }

    /** With the backup taken right before an import writes (decision 0017). */
    public ContentExchangeService(Messages messages, BackupHook beforeImport) {
        this.messages = messages;
        this.beforeImport = beforeImport;
    }

    /** Writes every post's content of one kind to {@code out}, post by post in org tree order. */
    public ExportResult export(Workspace workspace, ExchangeKind kind, Path out, Progress progress)
            throws ExchangeException {
        progress.update(0, 2, messages.get("exchange.progress.collecting"));
        List<PostEntry> entries = workspace.read(store -> {
            PostDirectory directory = new PostDirectory(store.orgUnits().all(), store.posts().all());
            List<PostEntry> list = new ArrayList<>();
            for (Post post : directory.posts()) {
                Optional<ContentVersion> base = store.content().editingBase(post.id(), kind.contentKind());
                list.add(new PostEntry(directory.unitPath(post), post.name(), base.map(this::versionInfo).orElse(""),
                        base.map(ContentVersion::body).orElse(null)));
            }
            return list;
        });
        progress.checkCancelled();
        progress.update(1, 2, messages.get("exchange.progress.writing", name(out)));
        try {
            int rows = new ContentWorkbookWriter(messages).write(out, kind, entries);
            progress.update(2, 2, messages.get("exchange.progress.written", name(out)));
            int withContent = (int) entries.stream().filter(e -> e.body() != null && !e.body().isEmpty()).count();
            return new ExportResult(entries.size(), withContent, rows);
        } catch (IOException e) {
            LOG.warn("cannot write export {}", out, e);
            throw new ExchangeException(ExchangeException.Reason.CANNOT_WRITE,
                    messages.get("exchange.cannotWrite", name(out)), e);
        }
    }

    /**
     * Writes every post's content of every kind as it counts on {@code day} (the version in force, else the draft),
     * one sheet per kind, for the acceptance package; returns the number of data rows.
     */
    public int exportForPackage(Workspace workspace, Path out, LocalDate day) throws ExchangeException {
        Map<ExchangeKind, List<PostEntry>> kinds = workspace.read(store -> {
            PostDirectory directory = new PostDirectory(store.orgUnits().all(), store.posts().all());
            Map<ExchangeKind, List<PostEntry>> all = new EnumMap<>(ExchangeKind.class);
            for (ExchangeKind kind : ExchangeKind.values()) {
                Map<Long, ContentVersion> counting = store.content().counting(kind.contentKind(), day);
                List<PostEntry> list = new ArrayList<>();
                for (Post post : directory.posts()) {
                    ContentVersion version = counting.get(post.id());
                    list.add(new PostEntry(directory.unitPath(post), post.name(),
                            version == null ? "" : versionInfo(version), version == null ? null : version.body()));
                }
                all.put(kind, list);
            }
            return all;
        });
        try {
            return new ContentWorkbookWriter(messages).write(out, kinds);
        } catch (IOException e) {
            LOG.warn("cannot write the content workbook {}", out, e);
            throw new ExchangeException(ExchangeException.Reason.CANNOT_WRITE,
                    messages.get("exchange.cannotWrite", name(out)), e);
        }
    }

    /**
     * Reads and checks a sheet of one kind and works out what an import would change; writes nothing.
     *
     * @throws ExchangeException when the file cannot be read as such a sheet or lacks a needed column
     */
    public ExchangePreview preview(Workspace workspace, ExchangeKind kind, Path file, Progress progress)
            throws ExchangeException {
        progress.update(0, 2, messages.get("exchange.progress.reading", name(file)));
        ContentSheet sheet = read(kind, file, progress);
        List<ContentColumn> missing = sheet.missingColumns();
        if (!missing.isEmpty()) {
            throw new ExchangeException(ExchangeException.Reason.MISSING_COLUMN, messages.get("exchange.missingColumns",
                    name(file), String.join("、", missing.stream().map(c -> messages.get("exchange.column." + c.key()))
                            .toList()), messages.get("exchange.sheet." + kind.key())));
        }
        progress.update(1, 2, messages.get("exchange.progress.checking", sheet.table().rows().size()));
        ParsedContent parsed = new ContentParser(messages).parse(sheet);
        ExchangePreview preview = workspace.read(store -> compare(store, kind, sheet, parsed));
        progress.update(2, 2, messages.get("exchange.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private ExchangePreview compare(Store store, ExchangeKind kind, ContentSheet sheet, ParsedContent parsed) {
        PostDirectory directory = new PostDirectory(store.orgUnits().all(), store.posts().all());
        List<RowProblem> errors = new ArrayList<>(parsed.problems());
        List<PostChange> changes = new ArrayList<>();
        Set<Integer> invalid = new HashSet<>();
        parsed.problems().forEach(p -> invalid.add(p.row()));
        int unchanged = 0;
        int invalidPosts = 0;
        for (PostBlock block : parsed.posts()) {
            Optional<Post> post = directory.post(block.unitPath(), block.postName());
            if (post.isEmpty()) {
                String message = directory.unit(block.unitPath()).isEmpty()
                        ? messages.get("exchange.row.unknownUnit", block.unitPath(), block.postName())
                        : messages.get("exchange.row.unknownPost", block.unitPath(), block.postName());
                for (int row : block.rows()) {
                    errors.add(new RowProblem(row, sheet.headerOf(ContentColumn.POST), sheet.indexOf(ContentColumn.POST),
                            message));
                    invalid.add(row);
                }
                invalidPosts++;
                continue;
            }
            if (block.rows().stream().anyMatch(invalid::contains)) {
                invalidPosts++;
                continue;
            }
            Optional<ContentVersion> base = store.content().editingBase(post.get().id(), kind.contentKind());
            if (base.isPresent() && base.get().body().equals(block.body())) {
                unchanged++;
            } else {
                changes.add(new PostChange(post.get().id(), label(directory.unitPath(post.get()), post.get().name()),
                        block.body(), base.map(ContentVersion::number).orElse(0),
                        base.map(ContentVersion::isDraft).orElse(false)));
            }
        }
        errors.sort(Comparator.comparingInt(RowProblem::row).thenComparingInt(RowProblem::columnIndex));
        return new ExchangePreview(kind, sheet, parsed.lines(), errors, invalid.size(), changes, unchanged,
                invalidPosts);
    }

    /**
     * Saves every changed post's content as its draft in one transaction, with an audit entry per draft and one for
     * the import; a post whose content has meanwhile become the same is left alone.
     *
     * @throws ExchangeException when the preview has row errors and {@code skipInvalid} is false (nothing written)
     */
    public ExchangeResult commit(Workspace workspace, ExchangePreview preview, boolean skipInvalid, Progress progress)
            throws ExchangeException {
        if (preview.hasErrors() && !skipInvalid) {
            throw new ExchangeException(ExchangeException.Reason.INVALID_ROWS,
                    messages.get("exchange.invalidRows", preview.invalidRows()));
        }
        progress.checkCancelled();
        beforeImport.backUp(workspace);
        int total = preview.changes().size();
        return workspace.write(store -> {
            int created = 0;
            int updated = 0;
            int same = preview.unchanged();
            for (PostChange change : preview.changes()) {
                progress.update(created + updated + 1L, total, messages.get("exchange.progress.saving", change.label()));
                Optional<ContentVersion> base = store.content().editingBase(change.postId(), preview.kind().contentKind());
                if (base.isPresent() && base.get().body().equals(change.body())) {
                    same++;
                    continue;
                }
                boolean draft = base.map(ContentVersion::isDraft).orElse(false);
                ContentVersion saved = store.content().saveDraft(change.postId(), change.body(),
                        base.map(ContentVersion::templateName).orElse(null),
                        base.map(ContentVersion::templateVersion).orElse(0));
                store.audit().record("import-draft", ENTITY, saved.id(),
                        change.label() + " " + saved.kind() + " v" + saved.number());
                if (draft) {
                    updated++;
                } else {
                    created++;
                }
            }
            store.audit().record("import", ENTITY, null, preview.kind().key() + " "
                    + name(preview.sheet().table().file()) + ": " + created + " new, " + updated + " updated, "
                    + same + " unchanged");
            return new ExchangeResult(created, updated, same, preview.invalidPosts());
        });
    }

    /** Writes the rows that have errors, as they were, with the offending cells highlighted and a message column. */
    public void writeErrorReport(ExchangePreview preview, Path out) throws ExchangeException {
        Path input = preview.sheet().table().file();
        if (SafeFiles.sameFile(input, out)) {
            throw new ExchangeException(ExchangeException.Reason.CANNOT_WRITE,
                    messages.get("exchange.report.overInput", name(out)));
        }
        List<ErrorReportWriter.ReportRow> rows = ErrorReportWriter.rowsWithErrors(preview.sheet().table().rows(),
                preview.errors(), RowProblem::row, RowProblem::columnIndex,
                p -> p.column().isEmpty() ? p.message() : p.column() + "：" + p.message(),
                row -> messages.get("exchange.report.rowPrefix", row));
        try {
            new ErrorReportWriter().write(out, messages.get("exchange.report.sheet"), preview.sheet().table().headers(),
                    messages.get("exchange.report.messageHeader"), rows);
        } catch (IOException e) {
            LOG.warn("cannot write error report {}", out, e);
            throw new ExchangeException(ExchangeException.Reason.CANNOT_WRITE,
                    messages.get("exchange.cannotWrite", name(out)), e);
        }
    }

    /** The name of a kind as the user sees it (岗位安全生产责任清单…). */
    public String kindName(ExchangeKind kind) {
        return messages.of(kind.contentKind());
    }

    private ContentSheet read(ExchangeKind kind, Path file, Progress progress) throws ExchangeException {
        try {
            return new ContentSheetReader(messages, new SpreadsheetReader(), MAX_DATA_ROWS)
                    .read(file, kind, progress::isCancelled);
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            // a refusal: the front end logs it with its causes (app.FailureLog)
            LOG.info("cannot read {} sheet {}: {}", kind.key(), file, e.toString());
            throw new ExchangeException(ExchangeException.Reason.UNREADABLE, messages.get("exchange.file."
                    + e.reason().name(), name(file), messages.get("exchange.sheet." + kind.key()), MAX_DATA_ROWS), e);
        }
    }

    private String versionInfo(ContentVersion version) {
        String info = messages.get("exchange.version", version.number(), messages.of(version.status()));
        return version.effectiveFrom() == null ? info
                : info + messages.get("exchange.effectiveFrom", version.effectiveFrom().toString());
    }

    private String label(String unitPath, String postName) {
        return messages.get("exchange.post", unitPath, postName);
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
