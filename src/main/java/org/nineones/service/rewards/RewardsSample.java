package org.nineones.service.rewards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.OrgUnit;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardRule;
import org.nineones.store.Workspace;

/**
 * A few rewards and penalties for the sample enterprise, made through the service as a user would: the default
 * rules, a penalty naming a duty item, rewards for a person and for a unit, and one corrected entry.
 */
public final class RewardsSample {

    private RewardsSample() {
    }

    /** Adds the sample's rules and entries; returns the entries written (none when the roster is too small). */
    public static int addTo(Workspace workspace, Messages messages) {
        RewardsService service = new RewardsService(messages);
        service.loadDefaultRules(workspace);
        Map<String, RewardRule> rules = service.rules(workspace).stream()
                .collect(Collectors.toMap(RewardRule::code, r -> r));
        LocalDate today = service.today();
        List<Employee> people = workspace.read(store -> store.employees().all()).stream()
                .filter(e -> e.status() == EmployeeStatus.ACTIVE).toList();
        Optional<Employee> withDuties = people.stream()
                .filter(e -> !service.dutyChoices(workspace, e.id(), today).isEmpty()).findFirst();
        if (people.size() < 3 || withDuties.isEmpty()) {
            return 0;
        }
        int written = 0;
        Employee first = withDuties.get();
        List<DutyChoice> duties = service.dutyChoices(workspace, first.id(), today);
        DutyChoice duty = duties.get(Math.min(1, duties.size() - 1));
        RewardEntry penalty = service.record(workspace, new EntryDraft(today.minusDays(12), first.id(), null, null,
                "", rules.get("P02").id(), duty.versionId(), duty.position(), null, null, "安全管理部"));
        written++;
        service.correct(workspace, penalty.id(), new EntryDraft(today.minusDays(12), first.id(), null, null,
                "进入装置区未佩戴安全帽，经提醒后改正", rules.get("P02").id(), duty.versionId(), duty.position(), 50.0,
                1.0, "安全管理部"), "初次违反，按制度减半处罚");
        written++;
        Employee second = people.get(people.size() / 2);
        service.record(workspace, new EntryDraft(today.minusDays(5), second.id(), null, null,
                "巡检中发现输送泵出口法兰泄漏并立即报告", rules.get("R01").id(), null, null, null, null, "总经理"));
        written++;
        Employee third = people.get(people.size() - 1);
        service.record(workspace, new EntryDraft(today.minusDays(3), third.id(), null, null, "",
                rules.get("R04").id(), null, null, null, null, "总经理"));
        written++;
        Optional<OrgUnit> unit = workspace.read(store -> store.orgUnits().all()).stream()
                .filter(u -> u.parentId() != null).findFirst();
        if (unit.isPresent()) {
            service.record(workspace, new EntryDraft(today.minusDays(1), null, unit.get().id(), null,
                    "本月未发生违章作业和生产安全事故", rules.get("R06").id(), null, null, 500.0, 5.0, "总经理"));
            written++;
        }
        return written;
    }
}
