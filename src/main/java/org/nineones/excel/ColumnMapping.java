package org.nineones.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field. Immutable: {@link #with} gives a corrected copy, as the mapping dialog and
 * {@code --map HEADER=FIELD} do. A field is held by at most one column; unmapped columns are ignored.
 */
public final class ColumnMapping {

    private final List<String> headers;
    private final List<RosterField> fields;

    private ColumnMapping(List<String> headers, List<RosterField> fields) {
        this.headers = List.copyOf(headers);
        this.fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** Maps each header to the field it names; the first column naming a field wins. */
    public static ColumnMapping automatic(List<String> headers) {
        return new ColumnMapping(headers, HeaderField.mapColumns(headers, List.of(RosterField.values()),
                RosterField.IGNORE));
    }

    /** A copy in which the column at {@code column} holds {@code field} (and no other column holds it). */
    public ColumnMapping with(int column, RosterField field) {
        List<RosterField> copy = new ArrayList<>(fields);
        if (field != RosterField.IGNORE) {
            for (int i = 0; i < copy.size(); i++) {
                if (copy.get(i) == field) {
                    copy.set(i, RosterField.IGNORE);
                }
            }
        }
        copy.set(column, field);
        return new ColumnMapping(headers, copy);
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
        return o instanceof ColumnMapping other && other.headers.equals(headers) && other.fields.equals(fields);
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
