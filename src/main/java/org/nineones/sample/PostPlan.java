package org.nineones.sample;

import org.nineones.model.PostCategory;
import org.nineones.model.RiskLevel;

/**
 * A post (岗位) as the generator plans it: its name as HR writes it, what kind of post it is, its risk,
 * the special operation its holders are certified for (or null), and the share of women who hold it.
 */
public record PostPlan(String name, PostCategory category, RiskLevel risk, SpecialOperation special,
                       double femaleShare) {

    public boolean isSpecialOperation() {
        return special != null;
    }
}
