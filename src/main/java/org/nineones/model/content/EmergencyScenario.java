package org.nineones.model.content;

import java.util.List;

/** One emergency a post may face (e.g. 触电, 火灾, 有毒气体泄漏), with numbered steps and whom to call. */
public record EmergencyScenario(String name, List<String> steps, List<EmergencyContact> contacts) {

    public EmergencyScenario {
        name = Texts.clean(name);
        steps = Texts.lines(steps);
        contacts = Texts.list(contacts);
    }
}
