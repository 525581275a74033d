package org.nineones.service.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nineones.excel.ColumnGuess;
import org.nineones.excel.ColumnMapping;
import org.nineones.excel.RosterField;
import org.nineones.excel.RosterSheet;
import org.nineones.model.Messages;

/** Works out, for every column a mapping leaves out, why, and the sentence that says so. */
final class UnusedColumns {

    private final Messages messages;

    UnusedColumns(Messages messages) {
        this.messages = messages;
    }

    List<UnusedColumn> of(RosterSheet sheet, ColumnMapping mapping) {
        List<UnusedColumn> unused = new ArrayList<>();
        List<String> headers = sheet.headers();
        int width = Math.max(headers.size(), sheet.rows().stream().mapToInt(r -> r.width()).max().orElse(0));
        for (int c = 0; c < width; c++) {
            if (mapping.fieldOf(c) != RosterField.IGNORE) {
                continue;
            }
            String header = c < headers.size() ? headers.get(c) : "";
            boolean filled = ColumnMapping.filled(sheet.rows(), c);
            if (header.isBlank() && !filled) {
                continue;
            }
            unused.add(column(sheet, mapping, c, header, filled));
        }
        return unused;
    }

    private UnusedColumn column(RosterSheet sheet, ColumnMapping mapping, int c, String header, boolean filled) {
        String shown = header.isBlank() ? messages.get("roster.column.noHeader") : header;
        int number = c + 1;
        if (mapping.isIgnoredByUser(c)) {
            return new UnusedColumn(c, header, UnusedColumn.Why.IGNORED, null, -1,
                    messages.get("roster.column.ignored", shown, number));
        }
        Optional<RosterField> named = RosterField.byHeader(header);
        int twin = named.map(mapping::columnOf).orElse(-1);
        if (twin >= 0 && !filled) {
            return new UnusedColumn(c, header, UnusedColumn.Why.EMPTY_TWIN, null, twin, messages.get(
                    "roster.column.emptyTwin", shown, number, label(named.get()), mapping.headers().get(twin), twin + 1));
        }
        Optional<RosterField> orgOrPost = named.filter(RosterField::isOrgOrPost)
                .or(() -> RosterField.orgOrPostLike(header));
        if (filled && orgOrPost.isPresent()) {
            RosterField suggestion = suggestion(mapping, orgOrPost.get());
            String kind = messages.get(orgOrPost.get() == RosterField.POST ? "roster.column.kind.post"
                    : "roster.column.kind.org");
            return new UnusedColumn(c, header, UnusedColumn.Why.ORG_OR_POST, suggestion, twin, messages.get(
                    "roster.column.blocking", shown, number, kind, label(suggestion)));
        }
        if (twin >= 0) {
            return new UnusedColumn(c, header, UnusedColumn.Why.TWIN, null, twin, messages.get("roster.column.twin",
                    shown, number, label(named.get()), mapping.headers().get(twin), twin + 1));
        }
        Optional<RosterField> guess = filled ? ColumnGuess.of(sheet.rows(), c).filter(f -> !mapping.has(f))
                : Optional.empty();
        if (guess.isPresent()) {
            return new UnusedColumn(c, header, UnusedColumn.Why.UNKNOWN, guess.get(), -1, messages.get(
                    "roster.column.looksLike", shown, number, label(guess.get())));
        }
        return new UnusedColumn(c, header, UnusedColumn.Why.UNKNOWN, null, -1,
                messages.get(filled ? "roster.column.unknown" : "roster.column.empty", shown, number));
    }

    /**
     * The field an org or post column would be imported as: posts as the post; org units at the first free level,
     * or as the team (the deepest level) when every level is taken.
     */
    private static RosterField suggestion(ColumnMapping mapping, RosterField like) {
        if (like == RosterField.POST) {
            return RosterField.POST;
        }
        for (RosterField level : List.of(RosterField.DEPARTMENT, RosterField.WORKSHOP, RosterField.TEAM)) {
            if (!mapping.has(level)) {
                return level;
            }
        }
        return RosterField.TEAM;
    }

    private String label(RosterField field) {
        return messages.get("roster.field." + field.key());
    }
}
