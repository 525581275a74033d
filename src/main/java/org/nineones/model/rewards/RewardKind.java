package org.nineones.model.rewards;

/** A ledger entry or a rule either rewards (奖励) or penalises (处罚). */
public enum RewardKind {
    REWARD,
    PENALTY
}
