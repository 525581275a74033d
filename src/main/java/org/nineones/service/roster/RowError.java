package org.nineones.service.roster;

/**
 * One problem in one row: {@code row} is the row number Excel shows, {@code column} the header text of the
 * offending column ({@code columnIndex} is 0-based, -1 for the row as a whole), {@code message} the sentence.
 */
public record RowError(int row, String column, String message, int columnIndex) {
}
