package org.nineones.model.content;

import java.util.List;

/** A post's emergency card (应急处置卡): what to do, step by step, in each scenario the post may face. */
public record EmergencyCard(List<EmergencyScenario> scenarios) implements PostContent {

    public EmergencyCard {
        scenarios = Texts.list(scenarios);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.EMERGENCY_CARD;
    }

    @Override
    public boolean isEmpty() {
        return scenarios.isEmpty();
    }
}
