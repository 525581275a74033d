package org.nineones.service.acceptance;

import org.nineones.model.AppTemp;
import org.nineones.model.SafeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.nineones.excel.ReproducibleXlsx;
import org.nineones.excel.workbook.RegisterData;
import org.nineones.excel.workbook.RegisterWorkbookWriter;
import org.nineones.excel.workbook.WorkbookSummary;
import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.ContentsList;
import org.nineones.pack.Manifest;
import org.nineones.pack.PackageContent;
import org.nineones.pack.PackageException;
import org.nineones.pack.PackageFile;
import org.nineones.pack.PackageFingerprint;
import org.nineones.pack.PackageVerifier;
import org.nineones.pack.PackageWriter;
import org.nineones.pack.VerificationResult;
import org.nineones.report.ReportRunner;
import org.nineones.service.Beside;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.cards.CardPrintService;
import org.nineones.service.records.DutyRecordService;
import org.nineones.service.exchange.ContentExchangeService;
import org.nineones.service.ledger.Ledger;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.Features;
import org.nineones.service.ledger.Ledgers;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintResult;
import org.nineones.service.ledger.RecordPrints;
import org.nineones.service.exchange.ExchangeException;
import org.nineones.service.print.PrintException;
import org.nineones.service.print.PrintKind;
import org.nineones.service.print.PrintService;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports the acceptance package (验收资料包), keeps it in the export history with its fingerprint, prints its cover
 * letter (资料移交单), and verifies one. The package is one zip: its contents list ({@code 目录.txt}), the register workbook
 * ({@value #WORKBOOK}), the post content workbook ({@value #CONTENT}: a sheet per kind), the PDFs (responsibility
 * cards {@value #CARDS}, the duty-list book, the people register, risk and emergency cards; each as it counts on the
 * day), the acceptance parts when made with them ({@link AcceptanceParts}: {@code checklist.json},
 * {@code self-assessment.json} and its PDF, {@code duty-records.json} with the files under {@code duty-records/},
 * and the records form {@value RecomputedRecords#ENTRY}) and {@code manifest.json}. Nothing is half-written: the
 * parts are made in a temp folder that is always removed, and the zip appears at its target only when complete,
 * so a failure or a cancel leaves no package (an older package at the target stays as it was).
 */
public final class PackageService {

    static final String WORKBOOK = "registers.xlsx";
    static final String CARDS = "cards.pdf";
    /** Every post's duty list, procedure, risk card and emergency card as they count on the day: a sheet each. */
    static final String CONTENT = "post-content.xlsx";
    /** The other printouts, each left out when there is nothing of its kind to print. */
    static final Map<PrintKind, String> PRINTOUTS = printouts();
    private static final Logger LOG = LoggerFactory.getLogger(PackageService.class);
    /** The cards take most of the time: they report within this share of the whole (in percent). */
    static final int CARDS_FROM = 15;
    static final int CARDS_TO = 70;
    static final int PRINTOUTS_TO = 85;
    static final int LEDGERS_TO = 92;
    static final int ZIP_FROM = 95;

    private final Messages messages;
    private final CardPrintService cards;
    private final PrintService print;
    private final ContentExchangeService content;
    private final Ledgers ledgers;
    private final RecordPrints recordPrints;
    /** The printouts of people's records that go into the package, by key, with their file names. */
    private final Map<String, String> recordPrintouts;
    private final Path tempRoot;
    private final Clock clock;
    private final ExportHistory history;
    private final CoverLetter coverLetter;
    /** The acceptance parts (checklist, self-assessment, duty records, records form); null: a package without them. */
    private final AcceptanceParts acceptance;

    public PackageService(Messages messages, CardPrintService cards, PrintService print,
                          ContentExchangeService content, Features features) {
        this(messages, cards, print, content, features, null, Clock.systemDefaultZone());
    }

    /**
     * With the acceptance parts: the checklist used, the latest signed self-assessment, the records of duty
     * performance with their files and the records form the inspector recomputes from.
     */
    public PackageService(Messages messages, CardPrintService cards, PrintService print,
                          ContentExchangeService content, Features features, ChecklistService checklists,
                          SelfAssessmentService selfAssessments, DutyRecordService dutyRecords) {
        this(messages, cards, print, content, features, null, Clock.systemDefaultZone(),
                new AcceptanceParts(messages, checklists, selfAssessments, dutyRecords));
    }

    /** With the folder to make working files in ({@code null}: the system's temp folder). */
    PackageService(Messages messages, CardPrintService cards, PrintService print, ContentExchangeService content,
                   Features features, Path tempRoot) {
        this(messages, cards, print, content, features, tempRoot, Clock.systemDefaultZone());
    }

    /** With the clock that dates the package (its zone gives the day) and its entry in the history (with the offset). */
    PackageService(Messages messages, CardPrintService cards, PrintService print, ContentExchangeService content,
                   Features features, Path tempRoot, Clock clock) {
        this(messages, cards, print, content, features, tempRoot, clock, null);
    }

    PackageService(Messages messages, CardPrintService cards, PrintService print, ContentExchangeService content,
                   Features features, Path tempRoot, Clock clock, AcceptanceParts acceptance) {
        this.acceptance = acceptance;
        this.clock = clock;
        this.history = new ExportHistory(messages);
        this.coverLetter = new CoverLetter(messages, new ReportRunner());
        this.messages = messages;
        this.cards = cards;
        this.print = print;
        this.content = content;
        this.ledgers = features.ledgers();
        this.recordPrints = features.recordPrints();
        this.recordPrintouts = features.packagedPrints();
        this.tempRoot = tempRoot;
    }

    /**
     * The hook for the self-assessment report (自评报告): with a printer plugged in, the package holds the latest
     * signed self-assessment as {@value AcceptanceParts#SELF_ASSESSMENT_PDF} beside its JSON. Without one, only the
     * JSON. Does nothing on a service made without the acceptance parts.
     */
    public void useSelfAssessmentPdf(SelfAssessmentPdf printer) {
        if (acceptance != null) {
            acceptance.usePdf(printer);
        }
    }

    /** The file name of a ledger in the package. */
    static String ledgerFile(Ledger ledger) {
        return "ledger-" + ledger.key() + ".xlsx";
    }

    private static Map<PrintKind, String> printouts() {
        Map<PrintKind, String> files = new EnumMap<>(PrintKind.class);
        files.put(PrintKind.DUTY_BOOK, "duty-book.pdf");
        files.put(PrintKind.REGISTER, "people-register.pdf");
        files.put(PrintKind.RISK_CARDS, "risk-cards.pdf");
        files.put(PrintKind.EMERGENCY_CARDS, "emergency-cards.pdf");
        return Collections.unmodifiableMap(files);
    }

    /**
     * Exports the workspace's acceptance package to {@code out}.
     *
     * @throws org.nineones.service.CancelledException when the user cancelled (no package was written)
     * @throws PackageException when a file cannot be written (no package was written)
     */
    public ExportedPackage export(Workspace workspace, Path out, Progress progress) {
        return export(workspace, out, false, progress);
    }

    /**
     * Exports the package; {@code internal} makes the internal edition (内部版), with full ID numbers in the records
     * form and the other acceptance parts, marked so in the manifest and the contents list. Only ever on a user's
     * explicit choice: the edition for the county is the other one.
     */
    public ExportedPackage export(Workspace workspace, Path out, boolean internal, Progress progress) {
        SafeFiles.checkOutput(out, workspace.file()); // before any work: never the workspace, nor a folder
        long start = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDate today = now.toLocalDate();
        PackageParts made = new PackageParts(messages);
        made.internal(internal);
        progress.update(0, 100, messages.get("pack.progress.reading"));
        RegisterData data = workspace.read(store -> new RegisterData(store.enterprise().get(), store.orgUnits().all(),
                store.posts().all(), store.employees().all(), store.posts().allDuties()));
        long read = System.nanoTime();
        progress.checkCancelled();
        Path work = createWorkFolder(out);
        try {
            progress.update(5, 100, messages.get("pack.progress.workbook"));
            BackgroundPart<WorkbookSummary> workbook = new BackgroundPart<>("workbook",
                    () -> new RegisterWorkbookWriter(messages).write(data, work.resolve(WORKBOOK)));
            BackgroundPart<Void> records = new BackgroundPart<>("ledgers", () -> {
                writeLedgers(workspace, work, out, quiet(progress), made);
                return null;
            });
            BackgroundPart<Void> recordPrintouts = new BackgroundPart<>("record-printouts", () -> {
                printRecords(workspace, work, today, quiet(progress), made);
                return null;
            });
            BackgroundPart<List<PackageFile>> acceptanceParts = new BackgroundPart<>("acceptance", () ->
                    acceptance == null ? List.<PackageFile>of()
                            : acceptance.write(workspace, work, internal, quiet(progress), made));
            List<PackageFile> acceptanceFiles = null;
            WorkbookSummary summary = null;
            boolean recordsDone = false;
            try {
                progress.update(CARDS_FROM, 100, messages.get("pack.progress.cards"));
                progress.checkCancelled();
                made.cards(CARDS, cards.printCards(workspace, work.resolve(CARDS),
                        new StepProgress(progress, CARDS_FROM, CARDS_TO)));
                printOthers(workspace, work, today, progress, made);
                progress.update(PRINTOUTS_TO, 100, messages.get("pack.progress.records"));
                records.await();
                recordPrintouts.await();
                recordsDone = true;
                progress.update(LEDGERS_TO, 100, messages.get("pack.progress.content"));
                made.content(CONTENT, writeContent(workspace, work, today, out));
                progress.update(LEDGERS_TO + 2, 100, messages.get("pack.progress.acceptance"));
                progress.checkCancelled();
                acceptanceFiles = acceptanceParts.await();
                summary = workbook.await();
                made.workbook(WORKBOOK, summary);
            } finally {
                if (acceptanceFiles == null) {
                    acceptanceParts.finishQuietly();
                }
                if (!recordsDone) {
                    records.finishQuietly();
                    recordPrintouts.finishQuietly();
                }
                if (summary == null) {
                    workbook.finishQuietly();
                }
            }
            long partsDone = System.nanoTime();
            progress.checkCancelled();

            progress.update(ZIP_FROM, 100, messages.get("pack.progress.zip"));
            List<PackageFile> parts = parts(work);
            datedByTheDay(parts, today.atStartOfDay().atOffset(now.getOffset())); // not the records' own files
            parts.addAll(acceptanceFiles);
            Manifest.Counts counts = new Manifest.Counts(summary.orgUnits(), summary.posts(), summary.employees(),
                    summary.duties(), made.ledgerRows(ledgers.packaged()));
            ContentsList.write(work.resolve(ContentsList.FILE_NAME), made.contentsLines(data.enterprise(), today,
                    parts));
            parts.add(0, new PackageFile(ContentsList.FILE_NAME, work.resolve(ContentsList.FILE_NAME)));
            Manifest manifest = new PackageWriter(Clock.fixed(now.toInstant(), now.getOffset())).write(
                    new PackageContent(data.enterprise().name(), data.enterprise().creditCode(), counts, parts,
                            internal ? Manifest.INTERNAL : Manifest.STANDARD), out);
            long zipped = System.nanoTime();
            String fingerprint = PackageFingerprint.of(out);
            PackageExport recorded = history.record(workspace, out, now, manifest, fingerprint,
                    made.historyCounts(counts, ledgers.packaged(), parts.size() + 1));
            progress.update(100, 100, messages.get("pack.progress.done"));
            LOG.info("exported package {} ({} people): read {} ms, workbook and cards {} ms, zip {} ms", out,
                    summary.employees(), ms(start, read), ms(read, partsDone), ms(partsDone, zipped));
            return new ExportedPackage(out, manifest, fingerprint, recorded);
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot write package parts for " + out + ": " + e.getMessage(), e);
        } finally {
            deleteFolder(work);
        }
    }

    /** The duty-list book, the register, the risk and emergency cards; a kind with nothing to print is left out. */
    private void printOthers(Workspace workspace, Path work, LocalDate day, Progress progress, PackageParts made) {
        int step = (PRINTOUTS_TO - CARDS_TO) / PRINTOUTS.size();
        int from = CARDS_TO;
        for (Map.Entry<PrintKind, String> printout : PRINTOUTS.entrySet()) {
            progress.checkCancelled();
            progress.update(from, 100, messages.get("pack.progress.printout", messages.of(printout.getKey())));
            try {
                PrintResult result = print.print(workspace, printout.getKey(), work.resolve(printout.getValue()),
                        null, day, new StepProgress(progress, from, from + step));
                made.printout(printout.getValue(), messages.of(printout.getKey()), printout.getKey(), result.items(),
                        result.pages());
            } catch (PrintException e) {
                if (!e.nothingToPrint()) {
                    throw e;
                }
                LOG.info("package without {}: {}", printout.getValue(), e.getMessage());
            }
            from += step;
        }
    }

    /** Reports nothing (the caller's thread does), but is cancelled with the export. */
    private static Progress quiet(Progress progress) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // the cards, on the caller's thread, report the progress of the export
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    /** Every ledger of people's records; on its own thread, beside the cards. */
    private void writeLedgers(Workspace workspace, Path work, Path out, Progress progress, PackageParts made) {
        for (Ledger ledger : ledgers.packaged()) {
            progress.checkCancelled();
            progress.update(PRINTOUTS_TO, 100, messages.get("pack.progress.ledger", messages.get(ledger.titleKey())));
            long from = System.nanoTime();
            try {
                int rows = ledger.export(workspace, work.resolve(ledgerFile(ledger)), progress);
                made.ledger(ledgerFile(ledger), ledger, rows);
                LOG.info("package ledger {}: {} rows in {} ms", ledger.key(), rows, ms(from, System.nanoTime()));
            } catch (LedgerException e) {
                throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                        "cannot write the ledger " + ledger.key() + ": " + e.getMessage(), e);
            }
        }
    }

    /** The printouts of people's records that belong in the package; on its own thread, beside the cards. */
    private void printRecords(Workspace workspace, Path work, LocalDate day, Progress progress, PackageParts made) {
        for (Map.Entry<String, String> printout : recordPrintouts.entrySet()) {
            RecordPrint record = recordPrints.byKey(printout.getKey()).orElse(null);
            if (record == null) {
                continue;
            }
            progress.checkCancelled();
            progress.update(LEDGERS_TO, 100, messages.get("pack.progress.printout", messages.get(record.titleKey())));
            long from = System.nanoTime();
            try {
                RecordPrintResult result = record.print(workspace, RecordPrintRequest.all(day),
                        work.resolve(printout.getValue()), new StepProgress(progress, LEDGERS_TO, LEDGERS_TO + 3));
                made.recordPrintout(printout.getValue(), messages.get(record.titleKey()), result.items(),
                        result.pages());
                LOG.info("package printout {} in {} ms", printout.getValue(), ms(from, System.nanoTime()));
            } catch (PrintException e) {
                if (!e.nothingToPrint()) {
                    throw e;
                }
                LOG.info("package without {}: {}", printout.getValue(), e.getMessage());
            }
        }
    }

    private int writeContent(Workspace workspace, Path work, LocalDate day, Path out) {
        try {
            return content.exportForPackage(workspace, work.resolve(CONTENT), day);
        } catch (ExchangeException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot write the post content workbook: " + e.getMessage(), e);
        }
    }

    /**
     * Dates the workbooks made for the package by its day rather than the time they were written (POI stamps it), so
     * the same workspace on the same day gives the same bytes. The PDFs are so as they are written (the report
     * runner). Never the files of the records of duty performance (an attached workbook stays the enterprise's own).
     */
    private static void datedByTheDay(List<PackageFile> parts, OffsetDateTime day) throws IOException {
        for (PackageFile part : parts) {
            if (part.path().endsWith(".xlsx")) {
                ReproducibleXlsx.normalise(part.source(), day);
            }
        }
    }

    /** The parts made in the work folder; a PDF is absent when there was nothing of its kind to print. */
    private List<PackageFile> parts(Path work) {
        List<PackageFile> parts = new ArrayList<>();
        parts.add(new PackageFile(WORKBOOK, work.resolve(WORKBOOK)));
        parts.add(new PackageFile(CONTENT, work.resolve(CONTENT)));
        for (Ledger ledger : ledgers.packaged()) {
            parts.add(new PackageFile(ledgerFile(ledger), work.resolve(ledgerFile(ledger))));
        }
        List<String> pdfs = new ArrayList<>(List.of(CARDS));
        pdfs.addAll(PRINTOUTS.values());
        pdfs.addAll(recordPrintouts.values());
        for (String pdf : pdfs) {
            if (Files.isRegularFile(work.resolve(pdf))) {
                parts.add(new PackageFile(pdf, work.resolve(pdf)));
            }
        }
        return parts;
    }

    /** Verifies a package against its manifest. */
    public VerificationResult verify(Path zip) {
        return new PackageVerifier().verify(zip);
    }

    /**
     * Verifies a package against its manifest and, when the enterprise's fingerprint is given (from its cover
     * letter; blank: not given), the whole file against that fingerprint.
     */
    public Verification verify(Path zip, String expectedFingerprint) {
        // the whole file's hash on a second core while the entries are checked: a 10,000-person package is tens of
        // megabytes, hashed twice (each entry, then the zip)
        Beside<String> whole = Beside.start("package-fingerprint", () -> fingerprint(zip));
        VerificationResult result = verify(zip);
        if (!result.intact() && (expectedFingerprint == null || expectedFingerprint.isBlank())) {
            whole.cancel();
            return new Verification(result, "", expectedFingerprint);
        }
        return new Verification(result, whole.join(), expectedFingerprint);
    }

    /**
     * Prints the cover letter (资料移交单) of an export, from its entry in the export history.
     *
     * @return the number of pages
     */
    public int printCoverLetter(PackageExport export, Path out, Progress progress) {
        return coverLetter.print(export, out, LocalDate.now(clock), progress);
    }

    /** The file name to offer for the cover letter of an export. */
    public String coverLetterFileName(PackageExport export) {
        return coverLetter.fileName(export);
    }

    /** What an export held, in one line for people: 组织机构 6 个，岗位 5 个，人员 5 人，…… */
    public String describeCounts(PackageExport export) {
        return history.describeCounts(export);
    }

    /** The export history of the workspace (移交记录), the latest first. */
    public List<PackageExport> history(Workspace workspace) {
        return history.list(workspace);
    }

    /** The SHA-256 of the whole package file, to compare with the one the enterprise handed over. */
    public String fingerprint(Path zip) {
        return PackageFingerprint.of(zip);
    }

    private Path createWorkFolder(Path out) {
        try {
            return tempRoot == null ? AppTemp.workFolder("package-")
                    : Files.createTempDirectory(tempRoot, "nineones-package-");
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, out,
                    "cannot create a temp folder: " + e.getMessage(), e);
        }
    }

    private static void deleteFolder(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("could not remove temp file {}", p, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("could not clean up temp folder {}", folder, e);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
