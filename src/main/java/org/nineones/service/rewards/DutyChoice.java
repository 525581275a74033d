package org.nineones.service.rewards;

/**
 * One item of the duty list in force for a person's post, as an entry can name it: the version's id and number,
 * the item's number (1-based) and its text.
 */
public record DutyChoice(long versionId, int versionNumber, int position, String text) {

    /** How a picker shows it: "3. 遵守安全操作规程". */
    public String label() {
        return position + ". " + text;
    }
}
