package org.nineones.service.inspection.print;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Points;
import org.nineones.model.inspection.Inspection;
import org.nineones.report.ReportException;
import org.nineones.service.CancelledException;
import org.nineones.service.print.PrintException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words and shapes the four printouts share: texts from the {@code inspectionPrint} bundle, rows of a section
 * (maps keyed by the template's field names), the basics every printout starts with, and the common parameters.
 * Other printouts made of sections (the county summary) use it with their own bundle's prefix.
 */
public final class PrintTexts {

    private static final Logger LOG = LoggerFactory.getLogger(PrintTexts.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final String prefix;

    PrintTexts(Messages messages) {
        this(messages, "inspectionPrint.");
    }

    /** Texts under {@code prefix} (e.g. {@code "county.print."}); the shared ones ({@code print.}) as they are. */
    public PrintTexts(Messages messages, String prefix) {
        this.messages = messages;
        this.prefix = prefix;
    }

    public Messages messages() {
        return messages;
    }

    public String get(String key, Object... args) {
        return messages.get(prefix + key, args);
    }

    /** A row of {@code section}, with the section's heading (key {@code <printout>.section.<section>}). */
    public Map<String, Object> row(String printout, String section) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("sectionTitle", get(printout + ".section." + section));
        return row;
    }

    /** A label and its value in the section's two-column table. */
    public Map<String, Object> info(String printout, String section, String label, String value) {
        Map<String, Object> row = row(printout, section);
        row.put("kind", "info");
        row.put("label", label);
        row.put("value", orDash(value));
        return row;
    }

    /** The one row of a section with nothing to list, saying so (key {@code <printout>.empty.<section>}). */
    public Map<String, Object> empty(String printout, String section) {
        Map<String, Object> row = row(printout, section);
        row.put("empty", get(printout + ".empty." + section));
        return row;
    }

    /** The enterprise and its package, as every printout names them. */
    void inspectionRows(List<Map<String, Object>> rows, String printout, String section, Inspection inspection) {
        rows.add(info(printout, section, get("enterprise"), inspection.enterpriseName()));
        rows.add(info(printout, section, get("creditCode"), inspection.creditCode()));
        String packageName = orDash(inspection.packageName());
        rows.add(info(printout, section, get("package"), blank(inspection.packageCreatedAt()) ? packageName
                : get("packageValue", packageName, inspection.packageCreatedAt())));
        rows.add(info(printout, section, get("fingerprint"), inspection.packageFingerprint()));
    }

    /** The parameters every template takes: page numbers, the running head, the continued mark. */
    Map<String, Object> parameters(String title, Inspection inspection, String day) {
        return parameters(title, get("running", orDash(inspection.enterpriseName()), title, day));
    }

    /** The parameters every template takes, with the running head given. */
    public Map<String, Object> parameters(String title, String running) {
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", title);
        p.put("RUNNING", running);
        p.put("L_CONTINUED", messages.get("print.continued"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        p.put("L_DATE_BLANK", get("dateBlank"));
        return p;
    }

    String template(String name, String version) {
        if (blank(name)) {
            return get("none");
        }
        return blank(version) ? name : get("templateValue", name, version);
    }

    String names(List<String> names) {
        List<String> given = names.stream().filter(n -> !blank(n)).map(String::strip).toList();
        return given.isEmpty() ? "" : get("inspectorsNamed", String.join("、", given));
    }

    /**
     * What a failed fill or write becomes: cancelled, or a {@link PrintException} with the sentence to show (the file
     * could not be written, a text would be cut, else {@code <prefix>failed} naming the printout), logged.
     */
    public RuntimeException failure(ReportException e, String template, Path out, String name) {
        if (e.reason() == ReportException.Reason.CANCELLED) {
            return new CancelledException();
        }
        LOG.error("printing {} to {} failed", template, out, e);
        return new PrintException(switch (e.reason()) {
            case WRITE -> messages.get("print.error.write", out);
            case TEXT_CUT_OFF -> messages.get("print.error.textCutOff");
            default -> get("failed", name);
        }, e);
    }

    public String points(BigDecimal value) {
        return value == null ? get("none") : Points.text(value);
    }

    String minute(LocalDateTime time) {
        return time == null ? get("none") : MINUTE.format(time);
    }

    public String orDash(String text) {
        return blank(text) ? get("none") : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
