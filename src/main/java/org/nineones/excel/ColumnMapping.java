package org.nineones.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which column holds which field. Immutable: {@link #with} gives a corrected copy, as the mapping dialog and
 * {@code --map HEADER=FIELD} do. A field is held by at most one column; unmapped columns are not imported, and those
 * the user said to leave out ({@link #ignoring}, {@code --ignore HEADER}, or choosing 不导入) are remembered as such.
 */
public final class ColumnMapping {

    private final List<String> headers;
    private final List<RosterField> fields;
    private final Set<Integer> ignored;

    private ColumnMapping(List<String> headers, List<RosterField> fields, Set<Integer> ignored) {
        this.headers = List.copyOf(headers);
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
        this.ignored = Collections.unmodifiableSet(new TreeSet<>(ignored));
    }

    /** Maps each header to the field it names; the first column naming a field wins. */
    public static ColumnMapping automatic(List<String> headers) {
        return new ColumnMapping(headers, HeaderField.mapColumns(headers, List.of(RosterField.values()),
                RosterField.IGNORE), Set.of());
    }

    /**
     * Maps each header to the field it names; when several columns name the same field, the first that has a value
     * in any of {@code rows} wins over its empty twins (the first column when none has a value).
     */
    public static ColumnMapping automatic(List<String> headers, List<SheetRow> rows) {
        List<RosterField> named = new ArrayList<>();
        for (String header : headers) {
            named.add(RosterField.byHeader(header).orElse(RosterField.IGNORE));
        }
        List<RosterField> fields = new ArrayList<>(Collections.nCopies(headers.size(), RosterField.IGNORE));
        for (RosterField field : RosterField.values()) {
            List<Integer> columns = new ArrayList<>();
            for (int i = 0; i < named.size(); i++) {
                if (named.get(i) == field && field != RosterField.IGNORE) {
                    columns.add(i);
                }
            }
            if (!columns.isEmpty()) {
                int chosen = columns.stream().filter(c -> filled(rows, c)).findFirst().orElse(columns.get(0));
                fields.set(chosen, field);
            }
        }
        return new ColumnMapping(headers, fields, Set.of());
    }

    /** True when some row has a value in the column. */
    public static boolean filled(List<SheetRow> rows, int column) {
        return rows.stream().anyMatch(r -> !CellValues.isBlank(r.cell(column)));
    }

    /** A copy in which the column at {@code column} is left out because the user said so. */
    public ColumnMapping ignoring(int column) {
        List<RosterField> copy = new ArrayList<>(fields);
        copy.set(column, RosterField.IGNORE);
        Set<Integer> now = new TreeSet<>(ignored);
        now.add(column);
        return new ColumnMapping(headers, copy, now);
    }

    /** True when the user said to leave the column out (not merely that no field was found for it). */
    public boolean isIgnoredByUser(int column) {
        return ignored.contains(column);
    }

    /**
     * A copy in which the column at {@code column} holds {@code field} (and no other column holds it); choosing
     * {@code IGNORE} is the user saying to leave the column out.
     */
    public ColumnMapping with(int column, RosterField field) {
        if (field == RosterField.IGNORE) {
            return ignoring(column);
        }
        List<RosterField> copy = new ArrayList<>(fields);
        for (int i = 0; i < copy.size(); i++) {
            if (copy.get(i) == field) {
                copy.set(i, RosterField.IGNORE);
            }
        }
        copy.set(column, field);
        Set<Integer> now = new TreeSet<>(ignored);
        now.remove(column);
        return new ColumnMapping(headers, copy, now);
    }

    /** The column whose header (compared loosely) is {@code header}, if any. */
    public Optional<Integer> columnOfHeader(String header) {
        String wanted = HeaderText.normalise(header);
        for (int i = 0; i < headers.size(); i++) {
            if (HeaderText.normalise(headers.get(i)).equals(wanted)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public List<String> headers() {
        return headers;
    }

    public RosterField fieldOf(int column) {
        return column >= 0 && column < fields.size() ? fields.get(column) : RosterField.IGNORE;
    }

    /** The 0-based column of a field, or -1 when no column holds it. */
    public int columnOf(RosterField field) {
        return field == RosterField.IGNORE ? -1 : fields.indexOf(field);
    }

    public boolean has(RosterField field) {
        return columnOf(field) >= 0;
    }

    /** The header text of a field's column, or the empty text. */
    public String headerOf(RosterField field) {
        int column = columnOf(field);
        return column < 0 ? "" : headers.get(column);
    }

    /** Field by column, for display: only mapped columns. */
    public Map<RosterField, Integer> mapped() {
        Map<RosterField, Integer> map = new EnumMap<>(RosterField.class);
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) != RosterField.IGNORE) {
                map.put(fields.get(i), i);
            }
        }
        return map;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && other.headers.equals(headers) && other.fields.equals(fields)
                && other.ignored.equals(ignored);
    }

    @Override
    public int hashCode() {
        return headers.hashCode() * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return mapped().toString();
    }
}
