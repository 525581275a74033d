package org.nineones.service.acceptance.checklist;

import org.nineones.excel.checklist.ChecklistColumn;

/**
 * One thing wrong with a checklist template: the 0-based index of its line (-1 for the template as a whole), the
 * column at fault (null when none), the sentence naming the line, and whether it is only a warning.
 */
public record ChecklistProblem(int line, ChecklistColumn column, String message, boolean warning) {
}
