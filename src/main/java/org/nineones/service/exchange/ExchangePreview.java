package org.nineones.service.exchange;

import java.util.List;

import org.nineones.excel.content.ContentSheet;
import org.nineones.excel.content.ExchangeKind;
import org.nineones.excel.content.RowProblem;

/**
 * What an import would do, worked out without writing: the sheet read, how many rows hold lines, the row errors
 * (ordered by row), the posts whose content would become a new draft, how many posts the file leaves as they are,
 * and how many posts are left out because one of their rows has an error.
 */
public record ExchangePreview(ExchangeKind kind, ContentSheet sheet, int rows, List<RowProblem> errors,
                              int invalidRows, List<PostChange> changes, int unchanged, int invalidPosts) {

    public ExchangePreview {
        errors = List.copyOf(errors);
        changes = List.copyOf(changes);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
