package org.nineones.service.roster;

import java.util.List;

import org.nineones.excel.ColumnMapping;

/**
 * What an import would do: {@code rows} people rows read ({@code valid} + {@code invalid}), {@code skipped} blank,
 * total (合计) and footer rows, how many people are new and how many will be updated (matched by ID number),
 * the org units (as paths) and posts that will be created, and every row error. {@code people} are the valid rows.
 */
public record RosterPreview(ColumnMapping mapping, int rows, int valid, int invalid, int skipped, int newPeople,
                            int updatedPeople, List<String> newOrgUnits, List<String> newPosts, List<RowError> errors,
                            List<PersonRow> people) {

    public RosterPreview {
        newOrgUnits = List.copyOf(newOrgUnits);
        newPosts = List.copyOf(newPosts);
        errors = List.copyOf(errors);
        people = List.copyOf(people);
    }

    public boolean hasErrors() {
        return invalid > 0;
    }
}
