package org.nineones.sample;

import java.time.LocalDate;
import java.util.Random;

import org.nineones.model.Gender;
import org.nineones.model.IdNumber;

/** Valid GB 11643 ID numbers: a Binzhou (or nearby Shandong) region, a birth date, sequence and check digit. */
final class IdNumbers {

    /** 滨城区 most often, then the other Binzhou districts and counties, then a few from elsewhere in Shandong. */
    private static final String[] REGIONS = {"371602", "371602", "371602", "371602", "371603", "371621", "371622",
            "371623", "371625", "371681", "371602", "371603", "370102", "370305", "370502", "371402", "371302"};

    private IdNumbers() {
    }

    static String next(Random random, LocalDate birth, Gender gender) {
        String region = REGIONS[random.nextInt(REGIONS.length)];
        int sequence = random.nextInt(100) * 10 + random.nextInt(5) * 2 + (gender == Gender.MALE ? 1 : 0);
        String first17 = region + birth.getYear() + RosterGenerator.pad(birth.getMonthValue(), 2)
                + RosterGenerator.pad(birth.getDayOfMonth(), 2) + RosterGenerator.pad(sequence, 3);
        return first17 + IdNumber.checkCharFor(first17);
    }
}
