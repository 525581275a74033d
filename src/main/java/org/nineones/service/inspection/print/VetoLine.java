package org.nineones.service.inspection.print;

/**
 * A veto the inspector found (ACCEPTANCE.md: a veto names the line and what must be rectified): the checklist line,
 * its criterion, what was seen and the rectification required.
 */
public record VetoLine(String lineId, String criterion, String seen, String rectification) {

    public VetoLine {
        lineId = Texts.orEmpty(lineId);
        criterion = Texts.orEmpty(criterion);
        seen = Texts.orEmpty(seen);
        rectification = Texts.orEmpty(rectification);
    }
}
