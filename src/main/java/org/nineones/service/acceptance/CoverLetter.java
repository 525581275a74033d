package org.nineones.service.acceptance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.PackageExport;
import org.nineones.pack.CreatedAt;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.print.PrintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 资料移交单 ({@code cover-letter}): one A4 page the enterprise hands over with a package, from its entry in the
 * export history: the enterprise, the file, when it was exported, its size and fingerprint, what it holds, and the
 * signature, date and seal blocks of the one who hands it over and the one who receives it.
 */
public final class CoverLetter {

    static final String TEMPLATE = "cover-letter";
    private static final Logger LOG = LoggerFactory.getLogger(CoverLetter.class);

    private final Messages messages;
    private final ReportRunner reports;

    public CoverLetter(Messages messages, ReportRunner reports) {
        this.messages = messages;
        this.reports = reports;
    }

    /** The file name the save dialog offers: the enterprise, the title and the day of the export. */
    public String fileName(PackageExport export) {
        CreatedAt at = CreatedAt.parse(export.exportedAt());
        String day = at.local() == null ? export.exportedAt() : at.local().toLocalDate().toString();
        return messages.get("pack.cover.fileName", export.enterpriseName(), day);
    }

    /** The fingerprint in groups of eight, as it is printed: easier to read aloud and to compare by eye. */
    public static String grouped(String fingerprint) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fingerprint.length(); i += 8) {
            if (i > 0) {
                b.append(' ');
            }
            b.append(fingerprint, i, Math.min(fingerprint.length(), i + 8));
        }
        return b.toString();
    }

    /**
     * Prints the cover letter of this export to {@code out} (replaced only when complete).
     *
     * @return the number of pages written
     * @throws PrintException when it cannot be written
     */
    public int print(PackageExport export, Path out, LocalDate printedOn, Progress progress) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PackageExport.Count c : export.counts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", c.label());
            row.put("quantity", c.unit().isEmpty() ? String.valueOf(c.quantity()) : c.quantity() + " " + c.unit());
            rows.add(row);
        }
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", messages.get("pack.cover.title"));
        p.put("L_SUBTITLE", messages.get("pack.cover.subtitle"));
        p.put("L_ENTERPRISE", messages.get("pack.cover.enterprise"));
        p.put("ENTERPRISE", export.enterpriseName());
        p.put("L_CREDIT_CODE", messages.get("pack.cover.creditCode"));
        p.put("CREDIT_CODE", export.creditCode());
        p.put("L_FILE", messages.get("pack.cover.file"));
        p.put("FILE", export.fileName());
        p.put("L_EXPORTED_AT", messages.get("pack.cover.exportedAt"));
        p.put("EXPORTED_AT", CreatedAt.parse(export.exportedAt()).display());
        p.put("L_SIZE", messages.get("pack.cover.size"));
        p.put("SIZE", messages.get("pack.cover.sizeValue", String.format(java.util.Locale.ROOT, "%.1f",
                export.fileSize() / 1048576.0), String.format(java.util.Locale.ROOT, "%,d", export.fileSize())));
        p.put("L_FINGERPRINT", messages.get("pack.cover.fingerprint"));
        p.put("FINGERPRINT", grouped(export.fingerprint()));
        p.put("L_CONTENTS", messages.get("pack.cover.contents"));
        p.put("L_ITEM", messages.get("pack.cover.item"));
        p.put("L_QUANTITY", messages.get("pack.cover.quantity"));
        p.put("NOTE", messages.get("pack.cover.note"));
        p.put("L_GIVER", messages.get("pack.cover.giver"));
        p.put("L_RECEIVER", messages.get("pack.cover.receiver"));
        p.put("L_DATE", messages.get("pack.cover.date"));
        p.put("L_GIVER_UNIT", messages.get("pack.cover.giverUnit"));
        p.put("L_RECEIVER_UNIT", messages.get("pack.cover.receiverUnit"));
        p.put("PRINTED", messages.get("pack.cover.printed", printedOn.toString()));
        ReportMonitor monitor = progress.reportMonitor(messages.get("pack.cover.title"));
        try {
            return reports.writePdf(new ReportRequest(TEMPLATE, rows, p,
                    export.enterpriseName() + " " + messages.get("pack.cover.title")), out, monitor);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.error("printing the cover letter to {} failed", out, e);
            throw new PrintException(e.reason() == ReportException.Reason.WRITE
                    ? messages.get("pack.cover.cannotWrite", out) : messages.get("pack.cover.failed"), e);
        }
    }
}
