package org.nineones.model.content;

import java.util.List;

import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/**
 * A post type of the template library (e.g. 电工, 焊工, 主要负责人): the four kinds of content a post of this
 * type usually has, ready to apply and edit. Templates are data, versioned by number.
 *
 * @param name     the template's name, unique in the library (e.g. 电工)
 * @param version  counts up each time the template's text changes
 * @param aliases  other post names it fits (e.g. 维修电工, 值班电工), for suggesting it
 */
public record PostTemplate(String name, int version, PostCategory category, RiskLevel riskLevel,
                           List<String> aliases, String description, DutyList dutyList,
                           OperatingProcedure procedure, RiskCard riskCard, EmergencyCard emergencyCard) {

    public PostTemplate {
        name = Texts.clean(name);
        aliases = Texts.lines(aliases);
        description = Texts.clean(description);
    }

    /** The template's content of one kind. */
    public PostContent content(ContentKind kind) {
        return switch (kind) {
            case DUTY_LIST -> dutyList;
            case PROCEDURE -> procedure;
            case RISK_CARD -> riskCard;
            case EMERGENCY_CARD -> emergencyCard;
        };
    }
}
