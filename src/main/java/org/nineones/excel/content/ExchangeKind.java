package org.nineones.excel.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.nineones.model.content.ContentKind;

/**
 * The four post content spreadsheets: their command-line key, the content they hold, their columns in order and the
 * columns an import cannot do without. Every one is read through the same pipeline; a kind is data, not a class.
 */
public enum ExchangeKind {
    DUTIES("duties", ContentKind.DUTY_LIST,
            List.of(ContentColumn.UNIT, ContentColumn.POST, ContentColumn.NUMBER, ContentColumn.CATEGORY,
                    ContentColumn.DUTY, ContentColumn.RESPONSIBLE, ContentColumn.SCOPE, ContentColumn.STANDARD,
                    ContentColumn.BASIS, ContentColumn.FORM, ContentColumn.VERSION),
            List.of(ContentColumn.DUTY)),
    PROCEDURES("procedures", ContentKind.PROCEDURE,
            List.of(ContentColumn.UNIT, ContentColumn.POST, ContentColumn.SECTION, ContentColumn.NUMBER,
                    ContentColumn.CONTENT, ContentColumn.VERSION),
            List.of(ContentColumn.SECTION, ContentColumn.CONTENT)),
    RISK_CARDS("risk-cards", ContentKind.RISK_CARD,
            List.of(ContentColumn.UNIT, ContentColumn.POST, ContentColumn.RISK_LEVEL, ContentColumn.HAZARDS,
                    ContentColumn.ACCIDENT_TYPES, ContentColumn.CONSEQUENCES, ContentColumn.CONTROLS,
                    ContentColumn.CONTACTS, ContentColumn.VERSION),
            List.of(ContentColumn.RISK_LEVEL)),
    EMERGENCY_CARDS("emergency-cards", ContentKind.EMERGENCY_CARD,
            List.of(ContentColumn.UNIT, ContentColumn.POST, ContentColumn.SCENARIO, ContentColumn.STEP_NUMBER,
                    ContentColumn.STEP, ContentColumn.CONTACT, ContentColumn.PHONE, ContentColumn.VERSION),
            List.of(ContentColumn.SCENARIO));

    private final String key;
    private final ContentKind contentKind;
    private final List<ContentColumn> columns;
    private final List<ContentColumn> required;

    ExchangeKind(String key, ContentKind contentKind, List<ContentColumn> columns, List<ContentColumn> requiredCells) {
        this.key = key;
        this.contentKind = contentKind;
        this.columns = columns;
        this.required = requiredCells;
    }

    /** The command-line name: duties, procedures, risk-cards, emergency-cards. */
    public String key() {
        return key;
    }

    public ContentKind contentKind() {
        return contentKind;
    }

    /** The columns in the order the export writes them. */
    public List<ContentColumn> columns() {
        return columns;
    }

    /** The columns a file must have: the post's org unit and name, and the cells every line needs. */
    public List<ContentColumn> requiredColumns() {
        List<ContentColumn> all = new ArrayList<>(List.of(ContentColumn.UNIT, ContentColumn.POST));
        all.addAll(required);
        return List.copyOf(all);
    }

    /** The cells a line cannot be without (besides the post). */
    List<ContentColumn> requiredCells() {
        return required;
    }

    /** The columns that hold content: a row with all of them blank is no line (e.g. a post exported empty). */
    List<ContentColumn> contentColumns() {
        return columns.stream().filter(c -> c != ContentColumn.UNIT && c != ContentColumn.POST
                && c != ContentColumn.VERSION && c != ContentColumn.NUMBER && c != ContentColumn.STEP_NUMBER).toList();
    }

    public static Optional<ExchangeKind> byKey(String key) {
        String wanted = key == null ? "" : key.strip();
        return Arrays.stream(values()).filter(k -> k.key.equalsIgnoreCase(wanted)).findFirst();
    }

    /** Every key, for help texts and messages: "duties|procedures|risk-cards|emergency-cards". */
    public static String keys() {
        return String.join("|", Arrays.stream(values()).map(ExchangeKind::key).toList());
    }
}
