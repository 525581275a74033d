package org.nineones.service.inspection.print;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.Points;
import org.nineones.model.inspection.Inspection;

/**
 * The words and shapes the four printouts share: texts from the {@code inspectionPrint} bundle, rows of a section
 * (maps keyed by the template's field names), the basics every printout starts with, and the common parameters.
 */
final class PrintTexts {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;

    PrintTexts(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get("inspectionPrint." + key, args);
    }

    /** A row of {@code section}, with the section's heading (key {@code <printout>.section.<section>}). */
    Map<String, Object> row(String printout, String section) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("sectionTitle", get(printout + ".section." + section));
        return row;
    }

    /** A label and its value in the section's two-column table. */
    Map<String, Object> info(String printout, String section, String label, String value) {
        Map<String, Object> row = row(printout, section);
        row.put("kind", "info");
        row.put("label", label);
        row.put("value", orDash(value));
        return row;
    }

    /** The one row of a section with nothing to list, saying so (key {@code <printout>.empty.<section>}). */
    Map<String, Object> empty(String printout, String section) {
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
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", title);
        p.put("RUNNING", get("running", orDash(inspection.enterpriseName()), title, day));
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

    String points(BigDecimal value) {
        return value == null ? get("none") : Points.text(value);
    }

    String minute(LocalDateTime time) {
        return time == null ? get("none") : MINUTE.format(time);
    }

    String orDash(String text) {
        return blank(text) ? get("none") : text.strip();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
