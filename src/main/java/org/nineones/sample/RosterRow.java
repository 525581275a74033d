package org.nineones.sample;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import org.nineones.model.Gender;

/**
 * One data row of a generated roster, as written. {@code idNumber} is the text in the cell (for a
 * {@link InvalidKind#SCIENTIFIC_NOTATION} row the cell is numeric and holds {@link #idAsNumber()}).
 * {@code invalid} is null for a valid row.
 */
public record RosterRow(int sequence, String name, Gender gender, String idNumber, String employeeNumber,
                        String department, String team, String post, LocalDate hireDate, DateStyle hireDateStyle,
                        String phone, String certificateNumber, LocalDate certificateExpiry, DateStyle expiryStyle,
                        String remark, InvalidKind invalid) {

    /** The number Excel would have made of the ID: its first 15 significant digits, the rest zeros. */
    public double idAsNumber() {
        return new BigDecimal(idNumber.substring(0, 17)).movePointRight(1).round(new MathContext(15)).doubleValue();
    }

    public boolean isSpecialOperation() {
        return !certificateNumber.isEmpty();
    }
}
