package org.nineones.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRTextElement;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.ExporterInputItem;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleExporterInputItem;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

import org.nineones.model.SafeFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one report runner: loads a compiled template from the class path (once), fills it with rows and parameters,
 * refuses a result in which any text was cut off, and writes the PDF to a temporary file that is moved into place
 * only when complete. Every text uses the bundled CJK font, embedded ({@value #FONT_FAMILY}, font extension in
 * {@code fonts/fonts.xml}). The same pages always give the same bytes ({@link ReproduciblePdfExporter}). Fixed-grid
 * templates (cards) are filled in chunks on a second thread while the PDF is
 * being written. Thread-safe; build one and share it.
 */
public final class ReportRunner {

    /** The font family every template uses (its default style) and the default for anything that names none. */
    public static final String FONT_FAMILY = "Noto Sans CJK SC";

    private static final Logger LOG = LoggerFactory.getLogger(ReportRunner.class);
    /** Pages per chunk for fixed-grid templates: small enough to start writing early, large enough to be cheap. */
    private static final int PAGES_PER_CHUNK = 40;
    /** Filled chunks that may wait for the exporter. */
    private static final int LOOKAHEAD = 2;

    private SimpleJasperReportsContext context;
    private final Map<String, JasperReport> templates = new ConcurrentHashMap<>();

    /** JasperReports starts with the first report, not with the application (a command or window that prints nothing). */
    synchronized JasperReportsContext context() {
        if (context == null) {
            SimpleJasperReportsContext c = new SimpleJasperReportsContext();
            c.setProperty("net.sf.jasperreports.default.font.name", FONT_FAMILY);
            c.setProperty("net.sf.jasperreports.default.pdf.embedded", "true");
            c.setProperty("net.sf.jasperreports.default.pdf.encoding", "Identity-H");
            c.setProperty("net.sf.jasperreports.awt.ignore.missing.font", "false");
            // keep the whole text on a cut element and mark where it was cut, so TextCutCheck can find it
            c.setProperty(JRTextElement.PROPERTY_PRINT_KEEP_FULL_TEXT, "true");
            context = c;
        }
        return context;
    }

    /** The compiled template {@code /reports/<name>.jasper}, loaded once. */
    JasperReport template(String name) throws ReportException {
        JasperReport cached = templates.get(name);
        if (cached != null) {
            return cached;
        }
        String resource = "/reports/" + name + ".jasper";
        try (InputStream in = ReportRunner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException(ReportException.Reason.TEMPLATE, "compiled report not on the class path: " + resource);
            }
            JasperReport report = (JasperReport) JRLoader.loadObject(context(), in);
            templates.putIfAbsent(name, report);
            return report;
        } catch (IOException | JRException | ClassCastException e) {
            throw new ReportException(ReportException.Reason.TEMPLATE, "cannot load " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Measures texts the way they will be laid out in the text element with this key in the template's detail band. */
    public TextFitter textFitter(String templateName, String elementKey) throws ReportException {
        return TextFitter.forElement(this, template(templateName), elementKey);
    }

    /** How many rows each page of a fixed-grid template holds (e.g. cards per sheet), or 0 if it is not one. */
    public int rowsPerPage(String templateName) throws ReportException {
        return ReportGrid.rowsPerPage(template(templateName));
    }

    /**
     * Fills the template and writes the PDF to {@code out}, replacing it only once the new file is complete.
     * On failure or cancellation nothing is left behind (an existing {@code out} is untouched).
     *
     * @return the number of pages written
     */
    public int writePdf(ReportRequest request, Path out, ReportMonitor monitor) throws ReportException {
        SafeFiles.checkOutput(out); // refused before the fill, not after it
        long start = System.nanoTime();
        if (request.rows().isEmpty()) {
            throw new ReportException(ReportException.Reason.EMPTY, "no rows for " + request.template());
        }
        JasperReport report = template(request.template());
        List<?> rows = request.rows() instanceof List<?> list ? list : new ArrayList<>(request.rows());
        int perPage = ReportGrid.rowsPerPage(report);
        long expectedPages = perPage == 0 ? 0 : (rows.size() + perPage - 1) / perPage;
        RunTracker tracker = new RunTracker(monitor, rows.size(), expectedPages);
        int chunkRows = perPage == 0 ? rows.size() : perPage * PAGES_PER_CHUNK;
        Map<String, Object> parameters = new HashMap<>(request.parameters());
        try (ChunkedFill fill = new ChunkedFill(rows, chunkRows, LOOKAHEAD,
                (chunk, firstRow) -> fill(report, parameters, chunk, tracker))) {
            export(new SimpleExporterInput(fill.items()), request.title(), out, tracker);
        }
        long pages = tracker.pagesWritten();
        LOG.info("report {}: {} rows, {} pages in {} ms", request.template(), rows.size(), pages,
                (System.nanoTime() - start) / 1_000_000);
        return (int) pages;
    }

    /**
     * Fills the template without writing anything, for a document made of several parts (see {@link FilledReport}).
     * Text that would be cut off is refused as in {@link #writePdf(ReportRequest, Path, ReportMonitor)}.
     */
    public FilledReport fill(ReportRequest request, ReportMonitor monitor) throws ReportException {
        if (request.rows().isEmpty()) {
            throw new ReportException(ReportException.Reason.EMPTY, "no rows for " + request.template());
        }
        JasperReport report = template(request.template());
        List<?> rows = request.rows() instanceof List<?> list ? list : new ArrayList<>(request.rows());
        RunTracker tracker = new RunTracker(monitor, rows.size(), 0);
        return new FilledReport(fill(report, new HashMap<>(request.parameters()), rows, tracker));
    }

    /**
     * Writes filled parts, in order, as one PDF to {@code out}, replacing it only once the new file is complete.
     *
     * @return the number of pages written
     */
    public int writePdf(List<FilledReport> parts, String title, Path out, ReportMonitor monitor) throws ReportException {
        SafeFiles.checkOutput(out);
        if (parts.isEmpty()) {
            throw new ReportException(ReportException.Reason.EMPTY, "no parts for " + title);
        }
        long start = System.nanoTime();
        long pages = parts.stream().mapToLong(FilledReport::pages).sum();
        RunTracker tracker = new RunTracker(monitor, 1, pages);
        tracker.rowFilled(1);
        List<ExporterInputItem> items = new ArrayList<>();
        for (FilledReport part : parts) {
            items.add(new SimpleExporterInputItem(part.print()));
        }
        export(new SimpleExporterInput(items), title, out, tracker);
        LOG.info("report {}: {} parts, {} pages in {} ms", title, parts.size(), tracker.pagesWritten(),
                (System.nanoTime() - start) / 1_000_000);
        return (int) tracker.pagesWritten();
    }

    private JasperPrint fill(JasperReport report, Map<String, Object> parameters, List<?> rows, RunTracker tracker)
            throws ReportException {
        JasperPrint print;
        try {
            print = JasperFillManager.getInstance(context()).fill(report, new HashMap<>(parameters),
                    new MonitoredDataSource(rows, tracker));
        } catch (JRException | RuntimeException e) {
            if (tracker.isCancelled()) {
                throw cancelled();
            }
            throw new ReportException(ReportException.Reason.FILL, "filling " + report.getName() + " failed: " + e.getMessage(), e);
        }
        TextCutCheck.requireNothingCut(print);
        if (print.getPages().isEmpty()) {
            throw new ReportException(ReportException.Reason.EMPTY, report.getName() + " produced no pages");
        }
        tracker.chunkFilled(print.getPages().size());
        return print;
    }

    private void export(SimpleExporterInput input, String title, Path out, RunTracker tracker)
            throws ReportException {
        Path target = SafeFiles.checkOutput(out); // the one rule: no workspace, no folder, before any work
        Path temp = null;
        PdfFontRelease.exportStarted();
        try {
            temp = SafeFiles.tempBeside(target);
            try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                exporter(input, title, tracker, os).exportReport();
            }
            if (tracker.isCancelled()) {
                throw cancelled();
            }
            SafeFiles.moveIntoPlace(temp, target);
            temp = null;
            tracker.finished();
        } catch (ChunkedFill.FillFailed e) {
            throw e.failure();
        } catch (ExportCancelled e) {
            throw cancelled();
        } catch (IOException e) {
            throw new ReportException(ReportException.Reason.WRITE, "cannot write " + target + ": " + e.getMessage(), e);
        } catch (JRException | RuntimeException e) {
            if (tracker.isCancelled()) {
                throw cancelled();
            }
            throw new ReportException(ReportException.Reason.WRITE, "PDF export to " + target + " failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
            PdfFontRelease.exportEnded();
        }
    }

    private JRPdfExporter exporter(SimpleExporterInput input, String title, RunTracker tracker, OutputStream os) {
        SimplePdfReportConfiguration pageConfig = new SimplePdfReportConfiguration();
        // lines break where the fill measured them: a text the fill found to fit is never laid out again by the PDF
        // library, whose own breaks could need one more line than the cell has (a long id broken at a hyphen)
        pageConfig.setForceLineBreakPolicy(true);
        pageConfig.setProgressMonitor(() -> {
            if (tracker.isCancelled()) {
                throw new ExportCancelled();
            }
            tracker.pageWritten();
        });
        SimplePdfExporterConfiguration fileConfig = new SimplePdfExporterConfiguration();
        fileConfig.setCompressed(true);
        fileConfig.setMetadataTitle(title);
        fileConfig.setDisplayMetadataTitle(true);
        fileConfig.setMetadataCreator("nineones");
        JRPdfExporter exporter = new ReproduciblePdfExporter(context());
        exporter.setExporterInput(input);
        exporter.setConfiguration(pageConfig);
        exporter.setConfiguration(fileConfig);
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(os));
        return exporter;
    }


    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("could not remove the unfinished file {}", temp, e);
        }
    }

    private static ReportException cancelled() {
        return new ReportException(ReportException.Reason.CANCELLED, "cancelled");
    }

    /** Thrown from the exporter's page callback to stop the export. */
    private static final class ExportCancelled extends RuntimeException {
        ExportCancelled() {
            super("export cancelled", null, false, false);
        }
    }
}
