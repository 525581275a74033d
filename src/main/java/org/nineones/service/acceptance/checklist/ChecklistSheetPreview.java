package org.nineones.service.acceptance.checklist;

import java.nio.file.Path;
import java.util.List;

import org.nineones.excel.HeaderTable;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.acceptance.ChecklistTemplate;

/**
 * What importing a checklist sheet would do: the table read, the template (null when anything is wrong), the row
 * errors with Excel's row numbers, the errors of the template as a whole (its name, version, thresholds) and the
 * warnings (points not summing to 100).
 */
public record ChecklistSheetPreview(Path file, HeaderTable table, ChecklistTemplate template, List<RowProblem> errors,
                                    List<String> templateErrors, List<String> warnings) {

    public ChecklistSheetPreview {
        errors = List.copyOf(errors);
        templateErrors = List.copyOf(templateErrors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty() || !templateErrors.isEmpty();
    }

    /** How many rows have errors. */
    public long invalidRows() {
        return errors.stream().mapToInt(RowProblem::row).distinct().count();
    }
}
