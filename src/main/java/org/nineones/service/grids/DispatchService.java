package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nineones.excel.LedgerSheetWriter;
import org.nineones.excel.grids.DispatchColumn;
import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridArea;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.MeasureDraft;
import org.nineones.model.problems.ProblemDraft;
import org.nineones.model.records.RecordAttachment;
import org.nineones.service.attachments.AttachmentFile;
import org.nineones.service.attachments.FileType;
import org.nineones.service.problems.ProblemService;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The monthly dispatch of the grid (每月调度, issue 15, point 3): one report per area and month — checked on a day of
 * that month, by whom, what was found, what was done, settled on the spot or not, photos —, entered one by one
 * ({@link #record}) or from the sheet the grid inspectors fill ({@link #importSheet}), and the month as it stands
 * ({@link #overview}). What was found and not settled on the spot becomes, in the same transaction, a problem of the
 * problem list ({@link ProblemService}) with a first measure owned by the area's specific responsible person (by
 * default) and due at the end of the next month. A refusal is a {@link DispatchException} (or the photo's own
 * refusal, from the attachment rules the duty records use) and writes nothing.
 */
public final class DispatchService {

    /** The audit entity of a report. */
    static final String ENTITY = "dispatch";

    private final Messages messages;
    private final ProblemService problems;
    private final long maxPhotoBytes;
    private final Clock clock;

    public DispatchService(Messages messages, ProblemService problems, long maxPhotoBytes, Clock clock) {
        this.messages = messages;
        this.problems = problems;
        this.maxPhotoBytes = maxPhotoBytes;
        this.clock = clock;
    }

    /** An area a report may be for: its id, level path, and its specific responsible person's name (may be empty). */
    public record AreaChoice(long id, String path, String responsible) {
    }

    /** A report of the month with its area's path and, when it was not settled, its problem as it stands. */
    public record ReportLine(DispatchReport report, String area, ListedProblem problem) {
    }

    /**
     * A month of the dispatch on a day: the areas expected to report, the reports (by the grid's order), the paths of
     * the expected areas without a report, and the problems the month's reports made.
     */
    public record MonthOverview(YearMonth month, LocalDate asOf, int expected, int reported, List<ReportLine> reports,
                                List<String> notReported) {

        public MonthOverview {
            reports = List.copyOf(reports);
            notReported = List.copyOf(notReported);
        }

        /** Problems found and not settled on the spot. */
        public int found() {
            return (int) reports.stream().filter(r -> r.problem() != null).count();
        }

        /** Of those, the ones whose measures are all done or verified. */
        public int closed() {
            return (int) reports.stream().filter(r -> r.problem() != null && closed(r.problem())).count();
        }

        /** Of those, the ones with a measure past its deadline and not done on {@code asOf}. */
        public int overdue() {
            return (int) reports.stream().filter(r -> r.problem() != null && !r.problem().overdue(asOf).isEmpty())
                    .count();
        }

        static boolean closed(ListedProblem p) {
            return !p.measures().isEmpty() && p.measures().stream().noneMatch(m -> m.status().pending());
        }
    }

    /** What an import wrote: the reports and how many problems they made. */
    public record ImportResult(int reports, int problems) {
    }

    Messages messages() {
        return messages;
    }

    /** Today, by the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Reads a month as the command line and sheets write it ({@code 2026-11}).
     *
     * @throws DispatchException BAD_CELL when it is not a month
     */
    public YearMonth month(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw refusal(DispatchException.Reason.BAD_CELL, "dispatch.error.badMonth", text);
        }
    }

    /** Every area of the grid a report may be for, in the grid's order. */
    public List<AreaChoice> areas(Workspace workspace) {
        return workspace.read(store -> {
            DispatchAreas known = DispatchAreas.read(store, null);
            return known.areas().stream().map(a -> new AreaChoice(a.id(), known.path(a.id()),
                    known.name(a.responsibleId()))).toList();
        });
    }

    /**
     * Records one area's report.
     *
     * @throws DispatchException FUTURE_MONTH, UNKNOWN_AREA, NO_DAY, DAY_OUTSIDE_MONTH, FUTURE_DAY, NO_CHECKER,
     *                           ALREADY_REPORTED, NOTHING_FOUND, NO_OWNER, NOT_AN_IMAGE
     * @throws org.nineones.service.attachments.AttachmentRefusedException a photo missing, too large, unreadable
     */
    public DispatchReport record(Workspace workspace, DispatchDraft draft) {
        DispatchAreas known = workspace.read(store -> DispatchAreas.read(store, draft.month()));
        Checked checked = check(draft, known, Set.of());
        return workspace.write(store -> insert(store, checked));
    }

    /**
     * Imports the month's sheet (one row per area): the whole sheet is read and checked first — every row's
     * refusal named with its row number —, then every report is written in one transaction.
     *
     * @throws DispatchException SHEET (the file cannot be read, has no dispatch table or no rows), ROWS (rows in
     *                           error), FUTURE_MONTH
     */
    public ImportResult importSheet(Workspace workspace, YearMonth month, Path file) {
        if (month.isAfter(YearMonth.from(today()))) {
            throw refusal(DispatchException.Reason.FUTURE_MONTH, "dispatch.error.futureMonth", month.toString());
        }
        DispatchAreas known = workspace.read(store -> DispatchAreas.read(store, month));
        List<Checked> all = new DispatchSheet(this, known).read(file, month);
        return workspace.write(store -> {
            int made = 0;
            for (Checked c : all) {
                if (insert(store, c).problemId() != null) {
                    made++;
                }
            }
            return new ImportResult(all.size(), made);
        });
    }

    /**
     * Writes the month's blank sheet for the grid inspectors: a title with how to fill it, the header the import
     * reads, and one row per area expected to report and not reported yet, its level path filled in (a row left with
     * only its area is not imported). Returns the number of rows.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public int writeTemplate(Workspace workspace, YearMonth month, Path out) {
        List<List<?>> rows = workspace.read(store -> {
            DispatchAreas known = DispatchAreas.read(store, month);
            Set<Long> reported = known.reported();
            return known.expected().stream().filter(a -> !reported.contains(a.id()))
                    .<List<?>>map(a -> java.util.Arrays.asList(known.path(a.id()), null, null, null, null, null, null))
                    .toList();
        });
        List<DispatchColumn> columns = DispatchColumn.known();
        try {
            new LedgerSheetWriter().writeAll(out, List.of(new LedgerSheetWriter.SheetContent(
                    messages.get("dispatch.template.sheet", month.toString()),
                    messages.get("dispatch.template.title", month.toString()),
                    columns.stream().map(DispatchColumn::header).toList(),
                    columns.stream().map(DispatchColumn::width).toList(), rows)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows.size();
    }

    /**
     * Read-only copies of a report's photos for the system's viewer, each under its own name in a new folder of this
     * run's temporary folder, made as the problem list opens a measure's evidence ({@code RecordFiles#openableCopy}:
     * the bytes checked against their SHA-256, the stored file never handed out).
     *
     * @throws java.io.IOException when a copy cannot be written
     */
    public List<Path> openablePhotos(Workspace workspace, DispatchReport report) throws java.io.IOException {
        List<RecordAttachment> photos = workspace.read(store -> report.photoIds().stream().map(id -> store
                .attachments().find(id).orElseThrow(() -> refusal(DispatchException.Reason.PHOTO_GONE,
                        "dispatch.error.photoGone", String.valueOf(id)))).toList());
        List<Path> copies = new ArrayList<>();
        for (RecordAttachment photo : photos) {
            copies.add(problems.files().openableCopy(workspace, photo));
        }
        return copies;
    }

    /** The month on {@code asOf}: what was reported, what is missing, and where its problems stand. */
    public MonthOverview overview(Workspace workspace, YearMonth month, LocalDate asOf) {
        return workspace.read(store -> {
            DispatchAreas known = DispatchAreas.read(store, month);
            Set<Long> reported = known.reported();
            List<GridArea> expected = known.expected();
            Map<Long, List<Measure>> measures = store.problems().measuresByProblem();
            List<ReportLine> lines = new ArrayList<>();
            for (GridArea a : known.areas()) {
                known.reports().stream().filter(r -> r.areaId() == a.id()).findFirst().ifPresent(r ->
                        lines.add(new ReportLine(r, known.path(a.id()), r.problemId() == null ? null
                                : problem(store, r.problemId(), measures))));
            }
            List<String> missing = expected.stream().filter(a -> !reported.contains(a.id()))
                    .map(a -> known.path(a.id())).toList();
            int done = (int) expected.stream().filter(a -> reported.contains(a.id())).count();
            return new MonthOverview(month, asOf, expected.size(), done, lines, missing);
        });
    }

    private static ListedProblem problem(Store store, long id, Map<Long, List<Measure>> measures) {
        return store.problems().findProblem(id).map(p -> new ListedProblem(p,
                measures.getOrDefault(p.id(), List.of()))).orElse(null);
    }

    // ---- the rules of a report, shared by the form and the sheet

    /** A report that passed every check, with its photos read and the owner of its measure. */
    record Checked(DispatchDraft draft, GridArea area, String path, List<AttachmentFile> photos, Employee owner,
                   String responsible) {
    }

    /**
     * Checks a report against the grid, the month's reports and the areas earlier rows of a sheet report
     * ({@code inSheet}); reads its photos.
     */
    Checked check(DispatchDraft d, DispatchAreas known, Set<Long> inSheet) {
        YearMonth month = d.month();
        LocalDate today = today();
        if (month.isAfter(YearMonth.from(today))) {
            throw refusal(DispatchException.Reason.FUTURE_MONTH, "dispatch.error.futureMonth", month.toString());
        }
        GridArea area = known.area(d.areaId());
        if (area == null) {
            throw refusal(DispatchException.Reason.UNKNOWN_AREA, "dispatch.error.unknownArea",
                    String.valueOf(d.areaId()));
        }
        String path = known.path(area.id());
        if (d.checkedOn() == null) {
            throw refusal(DispatchException.Reason.NO_DAY, "dispatch.error.noDay", path);
        }
        if (!YearMonth.from(d.checkedOn()).equals(month)) {
            throw refusal(DispatchException.Reason.DAY_OUTSIDE_MONTH, "dispatch.error.dayOutsideMonth",
                    d.checkedOn().toString(), month.toString());
        }
        if (d.checkedOn().isAfter(today)) {
            throw refusal(DispatchException.Reason.FUTURE_DAY, "dispatch.error.futureDay", d.checkedOn().toString(),
                    today.toString());
        }
        if (d.checkedBy().isEmpty()) {
            throw refusal(DispatchException.Reason.NO_CHECKER, "dispatch.error.noChecker", path);
        }
        Optional<DispatchReport> earlier = known.reports().stream()
                .filter(r -> r.areaId() == area.id() && r.month().equals(month)).findFirst();
        if (earlier.isPresent()) {
            throw refusal(DispatchException.Reason.ALREADY_REPORTED, "dispatch.error.alreadyReported", path,
                    month.toString(), earlier.get().checkedOn().toString(), earlier.get().checkedBy());
        }
        if (inSheet.contains(area.id())) {
            throw refusal(DispatchException.Reason.ALREADY_REPORTED, "dispatch.error.twiceInSheet", path);
        }
        Employee owner = null;
        if (!d.settled()) {
            if (d.found().isEmpty()) {
                throw refusal(DispatchException.Reason.NOTHING_FOUND, "dispatch.error.nothingFound", path);
            }
            owner = known.employee(d.ownerId() != null ? d.ownerId() : area.responsibleId());
            if (owner == null || owner.status() == EmployeeStatus.LEFT) {
                throw refusal(DispatchException.Reason.NO_OWNER, d.ownerId() != null ? "dispatch.error.ownerGone"
                        : "dispatch.error.noResponsible", path, owner == null ? "" : owner.name());
            }
        }
        return new Checked(d, area, path, photos(d.photos()), owner, known.name(area.responsibleId()));
    }

    /** Reads the photos by the attachment rules of the duty records, refusing any file that is not an image. */
    private List<AttachmentFile> photos(List<Path> files) {
        List<AttachmentFile> read = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path p : files) {
            if (!seen.add(p.toAbsolutePath().normalize())) {
                continue;
            }
            FileType type = AttachmentFile.precheck(p, maxPhotoBytes, messages);
            if (!type.mediaType().startsWith("image/")) {
                throw refusal(DispatchException.Reason.NOT_AN_IMAGE, "dispatch.error.notAnImage",
                        p.getFileName() == null ? p.toString() : p.getFileName().toString());
            }
            read.add(AttachmentFile.read(p, maxPhotoBytes, messages));
        }
        return read;
    }

    /** Writes a checked report inside the caller's transaction: photos, the problem when not settled, the audit. */
    private DispatchReport insert(Store store, Checked c) {
        DispatchDraft d = c.draft();
        if (store.grids().report(c.area().id(), d.month()).isPresent()) {
            throw refusal(DispatchException.Reason.ALREADY_REPORTED, "dispatch.error.twiceInSheet", c.path());
        }
        List<Long> photoIds = new ArrayList<>();
        for (AttachmentFile f : c.photos()) {
            photoIds.add(store.attachments().insert(f.fileName(), f.mediaType(), f.sha256(), f.content()));
        }
        Long problemId = null;
        boolean settled = d.settled() || d.found().isEmpty();
        if (!settled) {
            LocalDate deadline = d.month().plusMonths(1).atEndOfMonth();
            String seen = messages.get("dispatch.problem.seen", c.path(), d.month().toString(), d.found());
            String responsible = c.responsible().isEmpty() ? c.owner().name() : c.responsible();
            ListedProblem made = problems.addWithMeasure(store, new ProblemDraft("", seen,
                    messages.get("dispatch.problem.requirement", deadline.toString()), deadline, responsible),
                    new MeasureDraft(messages.get("dispatch.problem.measure", d.found()), c.owner().id(), deadline));
            problemId = made.problem().id();
        }
        DispatchReport written = store.grids().insertReport(new DispatchReport(null, c.area().id(), d.month(),
                d.checkedOn(), d.checkedBy(), d.found(), d.done(), settled, problemId, photoIds, null, null));
        store.audit().record("add", ENTITY, written.id(), messages.get(settled ? "dispatch.audit.settled"
                : "dispatch.audit.problem", c.path(), d.month().toString(), d.checkedOn().toString(), d.checkedBy(),
                String.valueOf(photoIds.size()), String.valueOf(problemId)));
        return written;
    }

    DispatchException refusal(DispatchException.Reason reason, String key, Object... args) {
        return new DispatchException(reason, messages.get(key, args));
    }
}
