package org.nineones.model.content;

import java.util.List;

/**
 * A post's operating procedure (岗位安全操作规程): numbered points before, during and after work, prohibited
 * acts, and the protective equipment the post must wear.
 */
public record OperatingProcedure(List<String> beforeWork, List<String> duringWork, List<String> afterWork,
                                 List<String> prohibitedActs, List<String> protectiveEquipment)
        implements PostContent {

    public OperatingProcedure {
        beforeWork = Texts.lines(beforeWork);
        duringWork = Texts.lines(duringWork);
        afterWork = Texts.lines(afterWork);
        prohibitedActs = Texts.lines(prohibitedActs);
        protectiveEquipment = Texts.lines(protectiveEquipment);
    }

    @Override
    public ContentKind kind() {
        return ContentKind.PROCEDURE;
    }

    @Override
    public boolean isEmpty() {
        return beforeWork.isEmpty() && duringWork.isEmpty() && afterWork.isEmpty() && prohibitedActs.isEmpty()
                && protectiveEquipment.isEmpty();
    }
}
