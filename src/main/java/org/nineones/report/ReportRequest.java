package org.nineones.report;

import java.util.Collection;
import java.util.Map;

/**
 * One report to run: the compiled template's name ({@code /reports/<template>.jasper}), one row per detail band
 * (maps keyed by field name, or beans with getters), the template's parameters, and the PDF's document title.
 * A new register is a new template plus a request like this, not a new class.
 */
public record ReportRequest(String template, Collection<?> rows, Map<String, ?> parameters, String title) {

    public ReportRequest {
        rows = rows == null ? java.util.List.of() : rows;
        parameters = parameters == null ? Map.of() : parameters;
        title = title == null ? template : title;
    }
}
