package org.nineones.model.inspection;

import java.util.List;

/**
 * The on-site record of an inspection as the inspector writes it before signing (Work Safety Law Art. 65; ACCEPTANCE.md,
 * the on-site record and the opinion): the time and place of the check, what was checked, the problems found and how
 * they are handled, the inspectors' names, the enterprise's responsible person, and whether he or she refused to sign
 * (the refusal is itself recorded, with a note). With it, fixed by the same signing, what the acceptance opinion
 * prints: its number as the county writes it (意见书编号, may be empty) and the inspection team's own words (检查组意见;
 * empty: the default sentence of the score and conclusion).
 */
public record OnSiteRecord(String checkedAt, String place, String content, String problems, String handling,
                           List<String> inspectors, String responsiblePerson, boolean refusedToSign,
                           String refusalNote, String opinionNumber, String opinionWords) {

    public OnSiteRecord {
        checkedAt = strip(checkedAt);
        place = strip(place);
        content = strip(content);
        problems = strip(problems);
        handling = strip(handling);
        inspectors = inspectors == null ? List.of()
                : inspectors.stream().map(OnSiteRecord::strip).filter(s -> !s.isEmpty()).toList();
        responsiblePerson = strip(responsiblePerson);
        refusalNote = strip(refusalNote);
        opinionNumber = strip(opinionNumber);
        opinionWords = strip(opinionWords);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
