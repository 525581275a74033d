package org.nineones.ui.roster;

import org.nineones.excel.RosterField;

/**
 * One column of the roster as the mapping table shows it: its header, an example value, the field it fills, and a
 * short note when it is not imported (why, or the field its values suggest).
 */
public record MappingRow(int column, String header, String example, RosterField field, String note) {
}
