package org.nineones.service.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's letters: this year's round signed level by level in the first weeks of the year — the
 * principal, deputies, department heads and safety managers on 5 January, workshop heads and team leaders on the
 * 8th, the operators on the 12th (or today, early in January) — except a few operators ({@link #UNSIGNED_EVERY}th
 * of level 5, from the third on) who have not signed yet, so the 责任书 screen and the readiness view show one level
 * not fully signed, while every team has someone signed.
 */
public final class LetterSample {

    /** One operator in this many, in round order, has not signed. */
    static final int UNSIGNED_EVERY = 25;

    private LetterSample() {
    }

    /** Records the signatures; returns how many. */
    public static int signRound(Workspace ws) {
        LetterService letters = new LetterService(Messages.defaults());
        LocalDate today = letters.today();
        int year = today.getYear();
        return ws.write(store -> {
            List<LetterService.Planned> planned = new ArrayList<>();
            int operators = 0;
            for (LetterRow row : letters.round(store, year).rows()) {
                if (row.level() == 5 && operators++ % UNSIGNED_EVERY == 2) {
                    continue;
                }
                LocalDate day = LocalDate.of(year, 1, row.level() <= 3 ? 5 : row.level() == 4 ? 8 : 12);
                planned.add(new LetterService.Planned(row.employeeId(), year, day.isAfter(today) ? today : day));
            }
            return letters.signAll(store, planned);
        });
    }
}
