package org.nineones.service.acceptance.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.acceptance.FindingKinds;
import org.nineones.service.letters.LetterRow;
import org.nineones.service.letters.LetterService;

/**
 * Item 4, letters signed level by level for the year: everyone employed on the day who signs in the year's round
 * ({@link LetterService#roundOn}) and has no signature dated by the day is an unsigned person; an org unit (a level
 * of the round) whose people in the round include nobody signed by the day is a level without signature. A person
 * whose letter must be signed again (需重签: a newer duty list, a move of post) has signed for the year and is not
 * counted. A signature is taken as its chain of corrections stands now, by its signing day.
 */
final class LetterCheck implements RecordCheck {

    private final LetterService letters;

    LetterCheck(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.UNSIGNED_PERSON, FindingKinds.LEVEL_WITHOUT_SIGNATURE);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        int year = day.asOf().getYear();
        Map<Long, Boolean> unitSigned = new LinkedHashMap<>();
        for (LetterRow row : letters.roundOn(day.workspace(), day.asOf()).rows()) {
            if (!day.employed(row.employee())) {
                continue;
            }
            boolean signed = row.signedOn() != null && !row.signedOn().isAfter(day.asOf());
            Long unit = row.employee().orgUnitId() != null ? row.employee().orgUnitId() : row.post().orgUnitId();
            unitSigned.merge(unit, signed, Boolean::logicalOr);
            if (!signed) {
                var target = day.person(row.employeeId(), row.employee().name(), row.unitPath(), row.post().name());
                out.add(FindingKinds.UNSIGNED_PERSON, target, target.label(), year);
            }
        }
        unitSigned.forEach((unit, signed) -> {
            if (!signed) {
                var target = day.unit(unit);
                out.add(FindingKinds.LEVEL_WITHOUT_SIGNATURE, target, target.label(), year);
            }
        });
    }
}
