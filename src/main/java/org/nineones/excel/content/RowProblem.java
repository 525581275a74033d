package org.nineones.excel.content;

/**
 * One problem in one row of a content sheet: {@code row} is the number Excel shows, {@code column} the header of
 * the offending column ({@code columnIndex} 0-based; -1 when the sheet has no such column), {@code message} the
 * sentence.
 */
public record RowProblem(int row, String column, int columnIndex, String message) {
}
