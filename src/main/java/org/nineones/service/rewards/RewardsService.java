package org.nineones.service.rewards;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.nineones.model.Employee;
import org.nineones.model.Messages;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * Rewards and penalties (奖惩, nine ones item 4 of issue 4): the rules table, the ledger, totals. Ledger entries are
 * final: a mistake is mended by a correction entry with a reason (a voided one withdraws the entry), never by an
 * edit; lists and totals use the entries in force. Every write is one transaction with its audit entry.
 *
 * <p>Totals by org unit: an entry against a person counts toward the person's current org unit and each unit above
 * it; an entry against a unit counts toward that unit and each unit above it. So a workshop's totals include its
 * teams' and its people's, and the company's include everything. (A transfer moves a person's past entries with
 * them: the roster keeps no history of units.)
 */
public final class RewardsService {

    static final String RULE = "reward_rule";
    static final String ENTRY = "reward_entry";

    private final Messages messages;
    private final Clock clock;

    public RewardsService(Messages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    public RewardsService(Messages messages) {
        this(messages, Clock.systemDefaultZone());
    }

    public Messages messages() {
        return messages;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** 奖励 or 处罚. */
    public String kindName(RewardKind kind) {
        return messages.get("rewards.kind." + kind.name());
    }

    // ---- rules

    public List<RewardRule> rules(Workspace workspace) {
        return workspace.read(store -> store.rewards().rules());
    }

    /** Loads the bundled default rules; codes already in the workspace are left as they are. Returns rules added. */
    public int loadDefaultRules(Workspace workspace) {
        return loadRules(workspace, RewardRules.defaults(), "defaults");
    }

    /**
     * Loads a rules file (the format of the bundled one); codes already there are skipped.
     *
     * @throws RewardRuleException naming the line when the file is malformed; nothing is loaded
     */
    public int loadRules(Workspace workspace, Path file) {
        RewardRules rules;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rules = RewardRules.read(reader);
        } catch (IOException e) {
            throw new RewardRuleException(messages.get("rewards.rules.unreadable", file.getFileName()));
        } catch (RulesFileException e) {
            throw new RewardRuleException(describe(e));
        }
        return loadRules(workspace, rules, file.getFileName().toString());
    }

    /** The sentence for a malformed rules file, naming the line. */
    public String describe(RulesFileException e) {
        return messages.get("rewards.rules.badLine", e.line(),
                messages.get("rewards.rules.problem." + e.problem().name(), e.value()));
    }

    int loadRules(Workspace workspace, RewardRules rules, String source) {
        return workspace.write(store -> {
            int added = 0;
            for (RewardRule rule : rules.rules()) {
                if (store.rewards().ruleByCode(rule.code()).isPresent()) {
                    continue;
                }
                RewardRule saved = store.rewards().insertRule(rule);
                store.audit().record("create", RULE, saved.id(), saved.code() + " " + saved.description());
                added++;
            }
            store.audit().record("load-rules", RULE, null, source + ": " + added + " added");
            return added;
        });
    }

    /** Adds a rule (id null) or changes one; the code must be unique. */
    public RewardRule saveRule(Workspace workspace, RewardRule rule) {
        List<String> problems = new ArrayList<>();
        String code = EntryChecker.clean(rule.code());
        String description = EntryChecker.clean(rule.description());
        if (code.isEmpty()) {
            problems.add(messages.get("rewards.rule.codeMissing"));
        }
        if (description.isEmpty()) {
            problems.add(messages.get("rewards.rule.descriptionMissing"));
        }
        if (rule.kind() == null) {
            problems.add(messages.get("rewards.check.kindMissing"));
        }
        if (Double.isNaN(rule.amount()) || rule.amount() < 0 || rule.amount() > RewardRules.MAX_AMOUNT) {
            problems.add(messages.get("rewards.rule.amountRange", RewardRules.MAX_AMOUNT));
        }
        if (Double.isNaN(rule.points()) || rule.points() < 0 || rule.points() > RewardRules.MAX_POINTS) {
            problems.add(messages.get("rewards.rule.pointsRange", RewardRules.MAX_POINTS));
        }
        if (!problems.isEmpty()) {
            throw new RewardRuleException(String.join("\n", problems));
        }
        RewardRule clean = new RewardRule(rule.id(), code, rule.kind(), description, EntryChecker.round(rule.amount()),
                EntryChecker.round(rule.points()), rule.active());
        return workspace.write(store -> {
            store.rewards().ruleByCode(code).filter(other -> !other.id().equals(clean.id())).ifPresent(other -> {
                throw new RewardRuleException(messages.get("rewards.rule.codeTaken", code));
            });
            if (clean.id() == null) {
                RewardRule saved = store.rewards().insertRule(clean);
                store.audit().record("create", RULE, saved.id(), saved.code() + " " + saved.description());
                return saved;
            }
            RewardRule before = store.rewards().rule(clean.id())
                    .orElseThrow(() -> new RewardRuleException(messages.get("rewards.check.unknownRule")));
            store.rewards().updateRule(clean);
            store.audit().record("update", RULE, clean.id(), before + " -> " + clean);
            return clean;
        });
    }

    /** Turns a rule on or off; an inactive rule is kept for the entries that name it but offered for no new one. */
    public RewardRule setRuleActive(Workspace workspace, long ruleId, boolean active) {
        return workspace.write(store -> {
            RewardRule rule = store.rewards().rule(ruleId)
                    .orElseThrow(() -> new RewardRuleException(messages.get("rewards.check.unknownRule")));
            RewardRule changed = rule.withActive(active);
            store.rewards().updateRule(changed);
            store.audit().record(active ? "activate" : "deactivate", RULE, ruleId, rule.code());
            return changed;
        });
    }

    /** Removes a rule: deleted when no entry names it, else deactivated. True when it was deleted. */
    public boolean removeRule(Workspace workspace, long ruleId) {
        return workspace.write(store -> {
            RewardRule rule = store.rewards().rule(ruleId)
                    .orElseThrow(() -> new RewardRuleException(messages.get("rewards.check.unknownRule")));
            if (store.rewards().deleteUnusedRule(ruleId)) {
                store.audit().record("delete", RULE, ruleId, rule.code());
                return true;
            }
            store.rewards().updateRule(rule.withActive(false));
            store.audit().record("deactivate", RULE, ruleId, rule.code() + " (used by entries)");
            return false;
        });
    }

    // ---- ledger

    /** Who an entry may name: the people and the org units, with each unit's printed path by id. */
    public record Subjects(List<Employee> people, List<org.nineones.model.OrgUnit> units, Map<Long, String> unitPaths) {
    }

    /** The people and the org units an entry may name. */
    public Subjects subjects(Workspace workspace) {
        return workspace.read(store -> {
            List<org.nineones.model.OrgUnit> units = store.orgUnits().all();
            return new Subjects(store.employees().all(), units, org.nineones.model.OrgPaths.printed(units));
        });
    }

    /** The items of the duty list in force for the person's post on {@code day}, for picking the duty an entry concerns. */
    public List<DutyChoice> dutyChoices(Workspace workspace, long employeeId, LocalDate day) {
        return workspace.read(store -> EntryChecker.dutyChoices(store, employeeId, day));
    }

    /** Checks a draft without writing; the problems field by field (empty when it can be recorded). */
    public List<FieldProblem> check(Workspace workspace, EntryDraft draft) {
        return workspace.read(store -> new EntryChecker(messages, store, today()).check(draft, null).problems());
    }

    /**
     * Records a new entry.
     *
     * @throws RewardRuleException field by field when the draft is refused; nothing written
     */
    public RewardEntry record(Workspace workspace, EntryDraft draft) {
        return workspace.write(store -> {
            EntryChecker.Checked checked = new EntryChecker(messages, store, today()).check(draft, null);
            if (!checked.ok()) {
                throw new RewardRuleException(checked.problems());
            }
            RewardEntry saved = store.rewards().insertEntry(checked.entry());
            store.audit().record("create", ENTRY, saved.id(), summary(saved));
            return saved;
        });
    }

    /**
     * Replaces the entry in force {@code entryId} by a correction with {@code reason}; the original stays, visible
     * in the history.
     */
    public RewardEntry correct(Workspace workspace, long entryId, EntryDraft draft, String reason) {
        String why = requireReason(reason);
        return workspace.write(store -> {
            RewardEntry old = latest(store, entryId);
            EntryChecker.Checked checked = new EntryChecker(messages, store, today()).check(draft, old.ruleId());
            if (!checked.ok()) {
                throw new RewardRuleException(checked.problems());
            }
            RewardEntry e = checked.entry();
            RewardEntry correction = new RewardEntry(null, e.occurredOn(), e.employeeId(), e.orgUnitId(), e.kind(),
                    e.reason(), e.ruleId(), e.dutyVersionId(), e.dutyPosition(), e.dutyText(), e.amount(), e.points(),
                    e.approvedBy(), false, old.id(), why, null, null);
            RewardEntry saved = store.rewards().insertEntry(correction);
            store.audit().record("correct", ENTRY, saved.id(), "corrects #" + old.id() + ": " + why);
            return saved;
        });
    }

    /** Withdraws the entry in force {@code entryId}: a voided correction with {@code reason}. */
    public RewardEntry withdraw(Workspace workspace, long entryId, String reason) {
        String why = requireReason(reason);
        return workspace.write(store -> {
            RewardEntry old = latest(store, entryId);
            RewardEntry voiding = new RewardEntry(null, old.occurredOn(), old.employeeId(), old.orgUnitId(), old.kind(),
                    old.reason(), old.ruleId(), old.dutyVersionId(), old.dutyPosition(), old.dutyText(), old.amount(),
                    old.points(), old.approvedBy(), true, old.id(), why, null, null);
            RewardEntry saved = store.rewards().insertEntry(voiding);
            store.audit().record("void", ENTRY, saved.id(), "withdraws #" + old.id() + ": " + why);
            return saved;
        });
    }

    private RewardEntry latest(Store store, long entryId) {
        RewardEntry old = store.rewards().entry(entryId)
                .orElseThrow(() -> new RewardRuleException(messages.get("rewards.correct.unknown")));
        if (!store.rewards().isLatest(entryId) || old.voided()) {
            throw new RewardRuleException(messages.get("rewards.correct.notInForce"));
        }
        return old;
    }

    private String requireReason(String reason) {
        String why = EntryChecker.clean(reason);
        if (why.isEmpty()) {
            throw new RewardRuleException(messages.get("rewards.correct.reasonMissing"));
        }
        if (why.length() > EntryChecker.MAX_TEXT) {
            throw new RewardRuleException(messages.get("rewards.check.tooLong", EntryChecker.MAX_TEXT));
        }
        return why;
    }

    /** The entry's whole chain, original first, with names: what the history shows. */
    public List<EntryRow> history(Workspace workspace, long entryId) {
        return workspace.read(store -> {
            Directory directory = new Directory(store);
            return store.rewards().chain(entryId).stream().map(directory::row).toList();
        });
    }

    /** Which entries a list shows: a day range (null for open), a kind (null for both), a text in the name or unit. */
    public record Filter(LocalDate from, LocalDate to, RewardKind kind, String text) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    /** The entries in force that pass the filter, by day then id. */
    public List<EntryRow> entries(Workspace workspace, Filter filter) {
        return workspace.read(store -> entries(store, filter));
    }

    List<EntryRow> entries(Store store, Filter filter) {
        Directory directory = new Directory(store);
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        return store.rewards().inForce(filter.from(), filter.to()).stream()
                .filter(e -> filter.kind() == null || e.kind() == filter.kind())
                .map(directory::row)
                .filter(r -> text.isEmpty() || r.subject().toLowerCase(Locale.ROOT).contains(text)
                        || r.unitPath().toLowerCase(Locale.ROOT).contains(text)
                        || r.employeeNumber().toLowerCase(Locale.ROOT).equals(text)
                        || r.entry().reason().toLowerCase(Locale.ROOT).contains(text))
                .toList();
    }

    /** Totals of the entries in force in {@code [from, to]}, grouped as asked; see the class comment for units. */
    public List<TotalRow> totals(Workspace workspace, LocalDate from, LocalDate to, TotalsBy by) {
        return workspace.read(store -> {
            Directory directory = new Directory(store);
            Map<String, TotalRow> totals = by == TotalsBy.MONTH ? new TreeMap<>() : new LinkedHashMap<>();
            for (RewardEntry e : store.rewards().inForce(from, to)) {
                boolean reward = e.kind() == RewardKind.REWARD;
                for (String key : keys(directory, e, by)) {
                    totals.merge(key, TotalRow.empty(key).plus(reward, e.amount(), e.points()),
                            (a, b) -> a.plus(reward, e.amount(), e.points()));
                }
            }
            List<TotalRow> rows = new ArrayList<>(totals.values());
            if (by != TotalsBy.MONTH) {
                rows.sort(Comparator.comparing(TotalRow::key));
            }
            return rows;
        });
    }

    private List<String> keys(Directory directory, RewardEntry e, TotalsBy by) {
        return switch (by) {
            case MONTH -> List.of(e.occurredOn().toString().substring(0, 7));
            case PERSON -> {
                if (e.employeeId() == null) {
                    yield List.of();
                }
                Employee person = directory.employees.get(e.employeeId());
                String number = person == null || person.employeeNumber() == null || person.employeeNumber().isBlank()
                        ? "" : "（" + person.employeeNumber() + "）";
                yield List.of((person == null ? "#" + e.employeeId() : person.name()) + number);
            }
            case UNIT -> {
                Long unit = e.orgUnitId();
                if (unit == null) {
                    Employee person = directory.employees.get(e.employeeId());
                    unit = person == null ? null : directory.unitOf(person);
                }
                Set<Long> seen = new java.util.LinkedHashSet<>(directory.unitAndAncestors(unit));
                yield seen.stream().map(id -> directory.paths.getOrDefault(id, "#" + id)).collect(Collectors.toList());
            }
        };
    }

    /** A line for the audit log and a dry run. */
    String summary(RewardEntry e) {
        return e.occurredOn() + " " + kindName(e.kind()) + " " + (e.employeeId() != null ? "employee #" + e.employeeId()
                : "unit #" + e.orgUnitId()) + " " + e.reason() + " " + e.amount() + "/" + e.points();
    }
}
