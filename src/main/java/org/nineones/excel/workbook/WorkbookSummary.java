package org.nineones.excel.workbook;

/** What a written register workbook holds: the record counts a package manifest states. */
public record WorkbookSummary(int orgUnits, int posts, int employees, int duties) {
}
