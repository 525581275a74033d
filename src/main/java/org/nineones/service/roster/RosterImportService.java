package org.nineones.service.roster;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterReader;
import org.nineones.excel.RosterSheet;
import org.nineones.excel.SpreadsheetException;
import org.nineones.excel.SpreadsheetReader;
import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.Post;
import org.nineones.model.SafeFiles;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.backup.BackupHook;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports the enterprise's own roster spreadsheet (花名册): read → (correct the mapping) → preview → commit in one
 * transaction. Also writes the error report and the blank template.
 */
public final class RosterImportService {

    /** More data rows than this are refused as a whole. */
    public static final int MAX_DATA_ROWS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(RosterImportService.class);

    private final Messages messages;
    private final PostCatalog catalog;
    private final RosterCommitter committer;
    private final RosterFiles files;
    private final BackupHook beforeImport;

    public RosterImportService(Messages messages) {
        this(messages, BackupHook.NONE);
    }

    /** With the backup taken right before an import writes (decision 0017). */
    public RosterImportService(Messages messages, BackupHook beforeImport) {
        this.messages = messages;
        this.beforeImport = beforeImport;
        this.catalog = PostCatalog.bundled();
        this.committer = new RosterCommitter(messages, catalog);
        this.files = new RosterFiles(messages, catalog);
    }

    public Messages messages() {
        return messages;
    }

    /** The name of a field as the mapping dialog shows it ("身份证号"; "（不导入）" for {@code IGNORE}). */
    public String fieldLabel(RosterField field) {
        return messages.get("roster.field." + field.key());
    }

    /** The post keyword table and default duties (for screens that show them). */
    public PostCatalog catalog() {
        return catalog;
    }

    /**
     * Reads a roster: the named sheet (hidden ones too), or the visible sheet with the best header row.
     *
     * @throws ImportException when the file cannot be used as a roster (its message says what to do)
     */
    public RosterSheet read(Path file, String sheetNameOrNull, Progress progress) throws ImportException {
        progress.update(0, 1, messages.get("roster.progress.reading", name(file)));
        try {
            RosterSheet sheet = new RosterReader(new SpreadsheetReader(), MAX_DATA_ROWS)
                    .read(file, sheetNameOrNull, progress::isCancelled);
            progress.update(1, 1, messages.get("roster.progress.read", sheet.rows().size()));
            return sheet;
        } catch (SpreadsheetException e) {
            if (e.reason() == SpreadsheetException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.info("cannot read roster {}: {}", file, e.getMessage());
            throw new ImportException(reasonOf(e.reason()), messages.get("roster.file." + e.reason().name(), name(file),
                    sheetNameOrNull == null ? "" : sheetNameOrNull, MAX_DATA_ROWS), e);
        }
    }

    /**
     * Corrects one column of a mapping, as {@code --map HEADER=FIELD} does.
     *
     * @throws ImportException when no column has that header or the field key is unknown
     */
    public ColumnMapping remap(ColumnMapping mapping, String header, String fieldKey) throws ImportException {
        int column = columnOf(mapping, header);
        RosterField field = RosterField.byKey(fieldKey).orElseThrow(() -> new ImportException(
                ImportException.Reason.UNKNOWN_FIELD, messages.get("roster.map.unknownField", fieldKey, RosterField.keys())));
        return mapping.with(column, field);
    }

    /**
     * Leaves out the column with that header because the user says so, as {@code --ignore HEADER} does (a column
     * that looks like org units or posts stops the import otherwise).
     *
     * @throws ImportException when no column has that header
     */
    public ColumnMapping ignore(ColumnMapping mapping, String header) throws ImportException {
        return mapping.ignoring(columnOf(mapping, header));
    }

    private int columnOf(ColumnMapping mapping, String header) throws ImportException {
        return mapping.columnOfHeader(header).orElseThrow(() -> new ImportException(
                ImportException.Reason.UNKNOWN_HEADER,
                messages.get("roster.map.unknownHeader", header, String.join("、", mapping.headers()))));
    }

    /**
     * Checks every row and works out what an import would create and change; writes nothing. Names every column
     * that will not be imported ({@link RosterPreview#unusedColumns()}); those that look like org units or posts
     * make {@link RosterPreview#blocking()} non-empty, and {@link #commit} refuses until they are mapped or ignored.
     *
     * @throws ImportException when the mapping has no name or no ID number column, or the sheet has no people
     */
    public RosterPreview preview(Workspace workspace, RosterSheet sheet, ColumnMapping mapping) throws ImportException {
        for (RosterField required : List.of(RosterField.NAME, RosterField.ID_NUMBER)) {
            if (!mapping.has(required)) {
                throw new ImportException(ImportException.Reason.MISSING_COLUMN, messages.get("roster.map.missing",
                        messages.get("roster.field." + required.key()), required.key()));
            }
        }
        RowValidator validator = new RowValidator(messages, mapping);
        List<RowValidator.Outcome> checked = new ArrayList<>();
        int skipped = 0;
        for (var row : sheet.rows()) {
            RowValidator.Outcome outcome = validator.check(row);
            if (outcome.skipped()) {
                skipped++;
            } else {
                checked.add(outcome);
            }
        }
        if (checked.isEmpty()) {
            throw new ImportException(ImportException.Reason.NO_PEOPLE, messages.get("roster.noPeople",
                    name(sheet.file()), sheet.sheetName(), sheet.headerRowNumber()));
        }
        List<UnusedColumn> unused = new UnusedColumns(messages).of(sheet, mapping);
        List<String> notes = new ArrayList<>();
        if (sheet.firstHeaderRowNumber() < sheet.headerRowNumber()) {
            notes.add(messages.get("roster.header.twoRows", sheet.firstHeaderRowNumber(), sheet.headerRowNumber()));
        }
        unused.forEach(u -> notes.add(u.note()));
        List<RowError> warnings = new ArrayList<>();
        Map<String, List<Integer>> rowsById = new HashMap<>();
        checked.stream().filter(o -> o.idNumber() != null).forEach(o -> rowsById.computeIfAbsent(
                o.idNumber().value(), k -> new ArrayList<>()).add(rowOf(o)));
        List<PersonRow> people = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Set<Integer> invalidRows = new HashSet<>();
        for (RowValidator.Outcome outcome : checked) {
            int row = rowOf(outcome);
            List<Integer> same = outcome.idNumber() == null ? List.of() : rowsById.get(outcome.idNumber().value());
            errors.addAll(outcome.errors());
            if (same.size() > 1) {
                String others = String.join("、", same.stream().filter(r -> r != row).map(String::valueOf).toList());
                errors.add(validator.error(row, RosterField.ID_NUMBER, messages.get("roster.row.duplicateId", others)));
            }
            if (outcome.person() != null && same.size() <= 1) {
                people.add(outcome.person());
                warnings.addAll(outcome.warnings());
            } else {
                invalidRows.add(row);
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row).thenComparingInt(RowError::columnIndex));
        int skippedRows = skipped;
        return workspace.read(store -> {
            Enterprise enterprise = store.enterprise().get();
            OrgResolver resolver = new OrgResolver(enterprise.name(), store.orgUnits().all(), store.posts().all(),
                    catalog, new SimulatedSink());
            people.forEach(resolver::place);
            Set<String> existing = store.employees().idsByIdNumber().keySet();
            int updated = (int) people.stream().filter(p -> existing.contains(p.idNumber().value())).count();
            List<String> posts = resolver.createdPosts().stream().map(p -> RosterCommitter.describe(messages, p, resolver)).toList();
            return new RosterPreview(mapping, people.size() + invalidRows.size(), people.size(), invalidRows.size(),
                    skippedRows, people.size() - updated, updated, resolver.createdUnits(), posts, errors, people, unused,
                    notes, warnings);
        });
    }

    /**
     * Writes the valid rows in one transaction: creates missing org units and posts (with default duties), inserts
     * new people and updates those matched by ID number, and records one audit entry.
     *
     * @throws ImportException when a column that looks like org units or posts is neither imported nor ignored, or
     *                         the preview has invalid rows and {@code skipInvalid} is false (nothing written)
     */
    public ImportResult commit(Workspace workspace, RosterPreview preview, boolean skipInvalid, Progress progress)
            throws ImportException {
        if (!preview.blocking().isEmpty()) {
            throw new ImportException(ImportException.Reason.UNUSED_COLUMN, preview.blocking().get(0).note());
        }
        if (preview.hasErrors() && !skipInvalid) {
            throw new ImportException(ImportException.Reason.INVALID_ROWS,
                    messages.get("roster.commit.invalidRows", preview.invalid()));
        }
        progress.checkCancelled();
        beforeImport.backUp(workspace);
        return committer.commit(workspace, preview, progress);
    }

    /** Writes the rows that have errors, as they were, with the offending cells highlighted and a message column. */
    public void writeErrorReport(RosterSheet sheet, RosterPreview preview, Path out) throws ImportException {
        if (SafeFiles.sameFile(sheet.file(), out)) {
            throw new ImportException(ImportException.Reason.CANNOT_WRITE,
                    messages.get("roster.report.overRoster", name(out)));
        }
        try {
            files.writeErrorReport(sheet, preview, out);
        } catch (IOException e) {
            LOG.warn("cannot write error report {}", out, e);
            throw new ImportException(ImportException.Reason.CANNOT_WRITE, messages.get("roster.cannotWrite", name(out)), e);
        }
    }

    /** Writes a blank import template with instructions, drop-down lists and an example row. */
    public void writeTemplate(Path out) throws ImportException {
        try {
            files.writeTemplate(out);
        } catch (IOException e) {
            LOG.warn("cannot write template {}", out, e);
            throw new ImportException(ImportException.Reason.CANNOT_WRITE, messages.get("roster.cannotWrite", name(out)), e);
        }
    }

    private static int rowOf(RowValidator.Outcome outcome) {
        return outcome.person() != null ? outcome.person().rowNumber() : outcome.errors().get(0).row();
    }

    private static ImportException.Reason reasonOf(SpreadsheetException.Reason reason) {
        return reason == SpreadsheetException.Reason.CANCELLED ? ImportException.Reason.CORRUPT
                : ImportException.Reason.valueOf(reason.name());
    }

    private static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** A preview's stand-in for the database: hands out temporary ids, writes nothing. */
    private static final class SimulatedSink implements OrgResolver.Sink {
        private long next = -1;

        @Override
        public OrgUnit createUnit(OrgUnit unit) {
            return unit.withId(next--);
        }

        @Override
        public Post createPost(Post post) {
            return post.withId(next--);
        }
    }
}
