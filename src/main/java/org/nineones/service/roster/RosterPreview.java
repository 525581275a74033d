package org.nineones.service.roster;

import java.util.List;

import org.nineones.excel.ColumnMapping;

/**
 * What an import would do: {@code rows} people rows read ({@code valid} + {@code invalid}), {@code skipped} blank,
 * total (合计) and footer rows, how many people are new and how many will be updated (matched by ID number),
 * the org units (as paths) and posts that will be created, and every row error. {@code people} are the valid rows.
 * {@code unusedColumns} names every column that will not be imported and why; {@code notes} are the sentences that
 * say so (and how a two-row header was read); {@code warnings} are what was stored differently from the cell (a
 * month-only date stored as the 1st) without stopping the row.
 */
public record RosterPreview(ColumnMapping mapping, int rows, int valid, int invalid, int skipped, int newPeople,
                            int updatedPeople, List<String> newOrgUnits, List<String> newPosts, List<RowError> errors,
                            List<PersonRow> people, List<UnusedColumn> unusedColumns, List<String> notes,
                            List<RowError> warnings) {

    public RosterPreview {
        newOrgUnits = List.copyOf(newOrgUnits);
        newPosts = List.copyOf(newPosts);
        errors = List.copyOf(errors);
        people = List.copyOf(people);
        unusedColumns = List.copyOf(unusedColumns);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return invalid > 0;
    }

    /** The columns that look like org units or posts and are neither imported nor ignored by the user. */
    public List<UnusedColumn> blocking() {
        return unusedColumns.stream().filter(UnusedColumn::blocks).toList();
    }
}
