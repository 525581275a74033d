package org.nineones.sample;

import java.time.LocalDate;

/** The ways HR types a date into a roster: a true Excel date, or text in one of the usual shapes. */
public enum DateStyle {
    /** A numeric cell with a date format. */
    EXCEL_DATE,
    DOTTED,
    SLASHED,
    CHINESE,
    COMPACT;

    /** The text HR would type for this date; for {@link #EXCEL_DATE} the ISO form (the cell holds the date). */
    public String format(LocalDate date) {
        return switch (this) {
            case EXCEL_DATE -> date.toString();
            case DOTTED -> String.format("%04d.%02d.%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            case SLASHED -> date.getYear() + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
            case CHINESE -> date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
            case COMPACT -> String.format("%04d%02d%02d", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
        };
    }
}
