package org.nineones.excel.checklist;

import java.util.Map;

import org.nineones.excel.HeaderTable;

/**
 * A checklist sheet as read: the table below its header row, and the header block above it (标准名称, 版本…): each
 * label, normalised as headers are, with its value's text and its Excel row number.
 */
public record ChecklistSheet(HeaderTable table, Map<String, BlockEntry> block) {

    /** One row of the header block. */
    public record BlockEntry(String label, Object value, int rowNumber) {
    }

    public ChecklistSheet {
        block = Map.copyOf(block);
    }
}
