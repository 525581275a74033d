package org.nineones.model.content;

import java.util.List;

import org.nineones.model.RiskLevel;

/**
 * A post's risk notification card (岗位风险告知卡): the hazards of the post, the accidents they may cause
 * (GB 6441), their consequences, the controls in place, the risk level (printed in its colour) and the
 * phone numbers to call.
 */
public record RiskCard(List<String> hazards, List<AccidentType> accidentTypes, List<String> consequences,
                       List<String> controls, RiskLevel riskLevel, List<EmergencyContact> emergencyContacts)
        implements PostContent {

    public RiskCard {
        hazards = Texts.lines(hazards);
        accidentTypes = Texts.list(accidentTypes).stream().distinct().toList();
        consequences = Texts.lines(consequences);
        controls = Texts.lines(controls);
        riskLevel = riskLevel == null ? RiskLevel.LOW : riskLevel;
        emergencyContacts = Texts.list(emergencyContacts);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.RISK_CARD;
    }

    @Override
    public boolean isEmpty() {
        return hazards.isEmpty() && controls.isEmpty();
    }
}
