package org.nineones.service.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's letters: the upper levels of this year's round (principal, deputies, department heads and
 * safety managers) signed in the first days of the year, so the 责任书 screen shows a round under way.
 */
public final class LetterSample {

    private LetterSample() {
    }

    /** Records the signatures; returns how many. */
    public static int signUpperLevels(Workspace ws) {
        LetterService letters = new LetterService(Messages.defaults());
        LocalDate today = letters.today();
        LocalDate day = LocalDate.of(today.getYear(), 1, 5);
        LocalDate signedOn = day.isAfter(today) ? today : day;
        int year = today.getYear();
        return ws.write(store -> {
            List<LetterService.Planned> planned = new ArrayList<>();
            for (LetterRow row : letters.round(store, year).rows()) {
                if (row.level() <= 3) {
                    planned.add(new LetterService.Planned(row.employeeId(), year, signedOn));
                }
            }
            return letters.signAll(store, planned);
        });
    }
}
