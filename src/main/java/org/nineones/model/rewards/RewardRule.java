package org.nineones.model.rewards;

/**
 * One rule of the enterprise's reward and penalty table: a stable code, what it rewards or penalises, and the amount
 * (yuan) and points an entry under it gets by default. A rule that entries use is deactivated, never deleted.
 */
public record RewardRule(Long id, String code, RewardKind kind, String description, double amount, double points,
                         boolean active) {

    public RewardRule withId(long newId) {
        return new RewardRule(newId, code, kind, description, amount, points, active);
    }

    public RewardRule withActive(boolean nowActive) {
        return new RewardRule(id, code, kind, description, amount, points, nowActive);
    }
}
