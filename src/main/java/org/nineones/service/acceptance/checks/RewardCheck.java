package org.nineones.service.acceptance.checks;

import java.time.LocalDate;
import java.util.List;

import org.nineones.model.acceptance.FindingKinds;
import org.nineones.model.acceptance.Target;
import org.nineones.model.acceptance.TargetKind;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardRule;

/**
 * Item 7, rewards and penalties actually used: at least one active rule, and at least one ledger entry in force tied
 * to a duty item (a duty-list version or the duty's text) that occurred in the 12 months ending on the day. Rules
 * keep no dates: they are taken as they are now, on any day. Entries are taken as their chains of corrections
 * stand now, by the day they occurred.
 */
final class RewardCheck implements RecordCheck {

    @Override
    public List<String> kinds() {
        return List.of(FindingKinds.NO_REWARD_RULES, FindingKinds.NO_REWARD_ENTRIES);
    }

    @Override
    public void run(CheckDay day, Findings out) {
        LocalDate from = day.asOf().minusYears(1).plusDays(1);
        boolean[] found = day.workspace().read(store -> new boolean[] {
            store.rewards().rules().stream().anyMatch(RewardRule::active),
            store.rewards().inForce(from, day.asOf()).stream().anyMatch(RewardCheck::tiedToDuty)});
        Target rewards = new Target(TargetKind.REWARDS, "", out.texts().get("checks.label.rewards"));
        if (!found[0]) {
            out.add(FindingKinds.NO_REWARD_RULES, rewards);
        }
        if (!found[1]) {
            out.add(FindingKinds.NO_REWARD_ENTRIES, rewards, from.toString(), day.asOf().toString());
        }
    }

    static boolean tiedToDuty(RewardEntry entry) {
        return entry.dutyVersionId() != null || (entry.dutyText() != null && !entry.dutyText().isBlank());
    }
}
