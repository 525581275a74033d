package org.nineones.service.rewards;

/** Rewards and penalties of one person, unit or month: counts, amounts (yuan) and points, each kind apart. */
public record TotalRow(String key, int rewards, double rewardAmount, double rewardPoints, int penalties,
                       double penaltyAmount, double penaltyPoints) {

    TotalRow plus(boolean reward, double amount, double points) {
        return reward ? new TotalRow(key, rewards + 1, round(rewardAmount + amount), round(rewardPoints + points),
                penalties, penaltyAmount, penaltyPoints)
                : new TotalRow(key, rewards, rewardAmount, rewardPoints, penalties + 1,
                round(penaltyAmount + amount), round(penaltyPoints + points));
    }

    static TotalRow empty(String key) {
        return new TotalRow(key, 0, 0, 0, 0, 0, 0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
