package org.nineones.ui;

import org.nineones.model.CreditCode;
import org.nineones.model.IdNumber;

/** Valid (and deliberately invalid) identifiers for tests, computed rather than copied. */
public final class TestData {

    private TestData() {
    }

    /** A valid ID number from 17 digits (region, birth date, sequence). */
    public static String id(String first17) {
        return first17 + IdNumber.checkCharFor(first17);
    }

    /** The same number with a wrong check character. */
    public static String wrongCheck(String first17) {
        char right = IdNumber.checkCharFor(first17);
        return first17 + (right == '1' ? '2' : '1');
    }

    public static String creditCode(String first17) {
        return first17 + CreditCode.checkCharFor(first17);
    }

    public static final String CREDIT_CODE = creditCode("91371600MA3C00001");
}
