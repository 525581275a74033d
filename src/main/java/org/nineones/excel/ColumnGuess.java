package org.nineones.excel;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.nineones.model.IdNumber;

/**
 * What a column whose header names no field seems to hold, told by its values: ID numbers (18 characters with a
 * right check digit), mobile numbers (11 digits from 13 to 19), dates, or 男/女. Only a suggestion: the caller shows
 * it and the user applies it.
 */
public final class ColumnGuess {

    /** How many values from the top are looked at. */
    static final int SAMPLE = 200;
    /** At least this share of the non-blank values must fit. */
    static final double SHARE = 0.8;
    private static final Pattern MOBILE = Pattern.compile("^1[3-9]\\d{9}$");
    private static final List<String> GENDERS = List.of("男", "女", "男性", "女性");

    private ColumnGuess() {
    }

    /** The field the column's values look like, if any. */
    public static Optional<RosterField> of(List<SheetRow> rows, int column) {
        List<Object> values = rows.stream().limit(SAMPLE).map(r -> r.cell(column)).filter(v -> !CellValues.isBlank(v))
                .toList();
        if (values.isEmpty()) {
            return Optional.empty();
        }
        if (fits(values, v -> IdNumber.check(CellValues.cleanText(v)).valid())) {
            return Optional.of(RosterField.ID_NUMBER);
        }
        if (fits(values, v -> MOBILE.matcher(CellValues.cleanText(v)).matches())) {
            return Optional.of(RosterField.PHONE);
        }
        if (fits(values, v -> GENDERS.contains(CellValues.cleanText(v)))) {
            return Optional.of(RosterField.GENDER);
        }
        if (fits(values, v -> v instanceof LocalDateTime || v instanceof String && ExcelDates.parse(v).isPresent())) {
            return Optional.of(RosterField.HIRE_DATE);
        }
        return Optional.empty();
    }

    private static boolean fits(List<Object> values, Predicate<Object> test) {
        return values.stream().filter(test).count() >= Math.ceil(values.size() * SHARE);
    }
}
