package org.nineones.service.rewards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.OrgPaths;
import org.nineones.model.OrgUnit;
import org.nineones.model.RecordTime;
import org.nineones.model.TextNormaliser;
import org.nineones.model.rewards.EntryDraft;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
import org.nineones.model.rewards.RewardRule;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The reward and penalty ledger as a spreadsheet ({@code rewards}). Export: the entries in force, ID numbers masked,
 * a note on corrected entries. Import: a person by {@link PersonMatcher} (namesakes told apart by the unit column); an org unit by its path or unique name when no person is named; kind 奖励/处罚 (or from the
 * rule); rule by code, optional; amount and points (the rule's when blank); approver; day. Every row is checked as the
 * registration dialog checks it; rows in error get messages; the rest is written in one transaction.
 */
public final class RewardsLedger extends SheetLedger<RewardEntry> {

    public static final String KEY = "rewards";
    public static final int MAX_DATA_ROWS = 100_000;
    private static final Pattern DUTY_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:[.、．:：)）]|$)");

    static final LedgerColumn DATE = LedgerColumn.of("date", 12, "日期", "奖惩日期", "发生日期", "时间", "date");
    static final LedgerColumn NAME = LedgerColumn.of("name", 10, "姓名", "人员", "人员姓名", "被奖惩人", "name");
    static final LedgerColumn ID_NUMBER = LedgerColumn.of("idNumber", 21, "身份证号", "身份证号码", "公民身份号码",
            "证件号码", "id number");
    static final LedgerColumn EMPLOYEE_NUMBER = LedgerColumn.of("employeeNumber", 10, "工号", "员工编号", "职工号",
            "员工号", "employee number");
    static final LedgerColumn UNIT = LedgerColumn.of("unit", 22, "部门", "单位", "部门/班组", "所属部门", "奖惩单位",
            "org unit");
    static final LedgerColumn KIND = LedgerColumn.of("kind", 8, "奖惩类别", "类别", "奖/惩", "奖惩", "kind");
    static final LedgerColumn RULE = LedgerColumn.of("rule", 8, "规则代码", "规则编号", "规则", "rule");
    static final LedgerColumn REASON = LedgerColumn.of("reason", 36, "事由", "奖惩事由", "原因", "reason");
    static final LedgerColumn DUTY = LedgerColumn.of("duty", 30, "涉及职责", "责任条目", "职责条目", "duty item");
    static final LedgerColumn AMOUNT = LedgerColumn.of("amount", 10, "金额(元)", "金额", "奖罚金额", "amount");
    static final LedgerColumn POINTS = LedgerColumn.of("points", 8, "分值", "积分", "考核分", "points");
    static final LedgerColumn APPROVER = LedgerColumn.of("approver", 10, "批准人", "审批人", "批准", "approved by");
    /** Corrections of an entry, for the reader; ignored on import. */
    static final LedgerColumn NOTE = LedgerColumn.of("note", 40, "备注", "更正说明", "note");
    static final List<LedgerColumn> COLUMNS = List.of(DATE, NAME, ID_NUMBER, EMPLOYEE_NUMBER, UNIT, KIND, RULE, REASON,
            DUTY, AMOUNT, POINTS, APPROVER, NOTE);

    private final RewardsService service;

    public RewardsLedger(RewardsService service) {
        super(service.messages(), KEY, "rewards.ledger.title", COLUMNS, MAX_DATA_ROWS, "rewards.column.");
        this.service = service;
    }

    @Override
    public ImportPreview<RewardEntry> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(DATE, APPROVER), List.of(List.of(KIND, RULE),
                List.of(NAME, ID_NUMBER, EMPLOYEE_NUMBER, UNIT)));
        progress.checkCancelled();
        ImportPreview<RewardEntry> preview = workspace.read(store -> check(store, t, progress));
        progress.update(2, 2, messages.get("rewards.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    private ImportPreview<RewardEntry> check(Store store, LedgerTable t, Progress progress) {
        Lookup lookup = new Lookup(store);
        EntryChecker checker = new EntryChecker(messages, store, service.today());
        List<RowProblem> errors = new ArrayList<>();
        List<RewardEntry> entries = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RewardEntry e : store.rewards().inForce(null, null)) {
            seen.add(identity(e));
        }
        int done = 0;
        for (SheetRow row : t.table().rows()) {
            if (++done % 1000 == 0) {
                progress.checkCancelled();
            }
            List<RowProblem> problems = new ArrayList<>();
            if (t.blank(row, DATE)) {
                problems.add(t.problem(row, DATE, messages.get("rewards.check.dateMissing")));
            }
            LocalDate day = date(t, row, DATE, service.today(), "rewards.import.badDate", problems).orElse(null);
            Long employeeId = null;
            Long unitId = null;
            LedgerColumn subjectColumn = NAME;
            if (!t.blank(row, NAME) || !t.blank(row, ID_NUMBER) || !t.blank(row, EMPLOYEE_NUMBER)) {
                PersonMatcher.Match found = lookup.person(t, row, problems);
                employeeId = found.found() ? found.person().id() : null;
                subjectColumn = t.personColumn(found.field(), ID_NUMBER, EMPLOYEE_NUMBER, NAME);
            } else if (!t.blank(row, UNIT)) {
                unitId = lookup.unit(t.text(row, UNIT)).orElse(null);
                subjectColumn = UNIT;
                if (unitId == null) {
                    problems.add(t.problem(row, UNIT, lookup.unitProblem(t.text(row, UNIT))));
                }
            } else {
                problems.add(t.problem(row, NAME, messages.get("rewards.check.subjectMissing")));
            }
            RewardKind kind = t.blank(row, KIND) ? null : RewardRules.kind(t.text(row, KIND));
            if (kind == null && !t.blank(row, KIND)) {
                problems.add(t.problem(row, KIND, messages.get("rewards.import.badKind", t.text(row, KIND))));
            }
            RewardRule rule = t.blank(row, RULE) ? null : lookup.rulesByCode.get(t.text(row, RULE));
            if (rule == null && !t.blank(row, RULE)) {
                problems.add(t.problem(row, RULE, messages.get("rewards.import.unknownRule", t.text(row, RULE))));
            }
            Double amount = amount(t, row, AMOUNT, problems);
            Double points = amount(t, row, POINTS, problems);
            DutyChoice duty = t.blank(row, DUTY) || employeeId == null || day == null ? null
                    : duty(t.text(row, DUTY), checker.dutyChoices(employeeId, day));
            if (duty == null && !t.blank(row, DUTY) && employeeId != null && day != null) {
                problems.add(t.problem(row, DUTY, messages.get("rewards.import.unknownDuty", t.text(row, DUTY))));
            }
            if (problems.isEmpty()) {
                EntryDraft draft = new EntryDraft(day, employeeId, unitId, kind, t.text(row, REASON),
                        rule == null ? null : rule.id(), duty == null ? null : duty.versionId(),
                        duty == null ? null : duty.position(), amount, points, t.text(row, APPROVER));
                EntryChecker.Checked checked = checker.check(draft, null);
                for (FieldProblem p : checked.problems()) {
                    LedgerColumn column = switch (p.field()) {
                        case DATE -> DATE;
                        case SUBJECT -> subjectColumn;
                        case KIND -> KIND;
                        case REASON -> REASON;
                        case RULE -> RULE;
                        case DUTY -> DUTY;
                        case AMOUNT -> AMOUNT;
                        case POINTS -> POINTS;
                        case APPROVER -> APPROVER;
                    };
                    problems.add(t.problem(row, column, p.message()));
                }
                if (checked.ok() && !seen.add(identity(checked.entry()))) {
                    problems.add(t.problem(row, DATE, messages.get("rewards.import.duplicate")));
                }
                if (problems.isEmpty()) {
                    entries.add(checked.entry());
                    lines.add(messages.get("rewards.import.line", row.rowNumber(), service.summary(checked.entry())));
                }
            }
            errors.addAll(problems);
        }
        return new ImportPreview<>(KEY, t.table(), errors, entries, lines, 0);
    }

    private Double amount(LedgerTable t, SheetRow row, LedgerColumn column, List<RowProblem> problems) {
        Optional<Double> n = number(t.cell(row, column));
        if (n.isPresent() && n.get().isNaN()) {
            problems.add(t.problem(row, column, messages.get("rewards.import.badNumber", t.text(row, column))));
            return null;
        }
        return n.orElse(null);
    }

    /** The duty item a cell names: by its number ("2." or "2、…"), else by its text. */
    private static DutyChoice duty(String text, List<DutyChoice> choices) {
        Matcher m = DUTY_NUMBER.matcher(text);
        if (m.find()) {
            int position = Integer.parseInt(m.group(1));
            return choices.stream().filter(c -> c.position() == position).findFirst().orElse(null);
        }
        String wanted = TextNormaliser.trim(text);
        return choices.stream().filter(c -> TextNormaliser.trim(c.text()).equals(wanted)).findFirst().orElse(null);
    }

    /** What makes two entries the same record: day, subject, kind, reason, amount, points. */
    private static String identity(RewardEntry e) {
        return e.occurredOn() + "|" + e.employeeId() + "|" + e.orgUnitId() + "|" + e.kind() + "|" + e.reason().strip()
                + "|" + e.amount() + "|" + e.points();
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<RewardEntry> p, boolean skipInvalid,
                                       Progress progress) {
        progress.update(0, 1, messages.get("rewards.progress.saving"));
        // one audit entry for the import, naming the file and the ids written; each row keeps who recorded it and when
        int written = workspace.write(store -> {
            List<Long> ids = store.rewards().insertEntries(p.items());
            store.audit().record("import", RewardsService.ENTRY, null, name(p.table().file()) + ": " + ids.size()
                    + " written" + (ids.isEmpty() ? "" : " (#" + ids.get(0) + "–#" + ids.get(ids.size() - 1) + ")")
                    + ", " + p.invalidRows() + " rows skipped");
            return ids.size();
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("rewards.progress.collecting"));
        record Export(List<List<Object>> rows, String enterprise) {
        }
        Export data = workspace.read(store -> {
            List<List<Object>> rows = new ArrayList<>();
            for (EntryRow row : service.entries(store, RewardsService.Filter.all())) {
                RewardEntry e = row.entry();
                rows.add(Arrays.asList(e.occurredOn().toString(), row.person() ? row.subject() : "",
                        row.maskedIdNumber(), row.employeeNumber(), row.unitPath(), service.kindName(e.kind()),
                        row.ruleCode(), e.reason(), e.dutyPosition() == null ? "" : e.dutyPosition() + ". "
                                + e.dutyText(), e.amount(), e.points(), e.approvedBy(),
                        row.corrected() ? note(store.rewards().chain(e.id())) : ""));
            }
            return new Export(rows, store.enterprise().get().name());
        });
        progress.checkCancelled();
        progress.update(1, 2, messages.get("rewards.progress.writing", name(target)));
        int written = writeSheet(target, messages.get("rewards.ledger.sheet"),
                messages.get("rewards.ledger.sheetTitle", data.enterprise()), COLUMNS, data.rows());
        progress.update(2, 2, messages.get("rewards.progress.written", name(target)));
        return written;
    }

    /** "更正 1 次：…（原因）" for an entry that replaced earlier ones. */
    private String note(List<RewardEntry> chain) {
        List<String> reasons = chain.stream().filter(RewardEntry::isCorrection).map(RewardEntry::correctionReason)
                .toList();
        return messages.get("rewards.export.corrected", reasons.size(), String.join("；", reasons),
                RecordTime.local(chain.get(0).recordedAt()));
    }

    /** People through the one matcher (namesakes told apart by the unit column); units by path or name; rules. */
    private final class Lookup {
        final PersonMatcher people;
        final Map<Long, Long> unitOf = new HashMap<>();
        final Map<String, Long> unitByPath = new HashMap<>();
        final Map<String, List<Long>> unitsByName = new HashMap<>();
        final Map<String, RewardRule> rulesByCode = new HashMap<>();
        final Map<Long, String> unitKeys = new HashMap<>();

        Lookup(Store store) {
            var employees = store.employees().all();
            people = PersonMatcher.of(messages, employees);
            employees.forEach(e -> unitOf.put(e.id(), e.orgUnitId()));
            List<OrgUnit> units = store.orgUnits().all();
            Map<Long, String> paths = OrgPaths.printed(units);
            for (OrgUnit u : units) {
                unitKeys.put(u.id(), String.join("/", OrgPaths.parts(paths.get(u.id()))));
                unitByPath.put(unitKeys.get(u.id()), u.id());
                unitsByName.computeIfAbsent(TextNormaliser.strip(u.name()), k -> new ArrayList<>()).add(u.id());
            }
            store.rewards().rules().forEach(r -> rulesByCode.put(r.code(), r));
        }

        /** A person; several of one name are told apart by the unit column when it names one of their units. */
        PersonMatcher.Match person(LedgerTable t, SheetRow row, List<RowProblem> problems) {
            String unitKey = String.join("/", OrgPaths.parts(t.text(row, UNIT)));
            List<PersonMatcher.Person> named = t.blank(row, ID_NUMBER) && t.blank(row, EMPLOYEE_NUMBER)
                    && !unitKey.isEmpty() ? people.named(t.text(row, NAME)) : List.of();
            List<PersonMatcher.Person> inUnit = named.stream().filter(p -> {
                String key = unitKeys.getOrDefault(unitOf.get(p.id()), "");
                return !key.isEmpty() && (key.equals(unitKey) || key.endsWith("/" + unitKey));
            }).toList();
            if (named.size() > 1 && inUnit.size() == 1) {
                return new PersonMatcher.Match(inUnit.get(0), null, PersonMatcher.Field.NAME);
            }
            return RewardsLedger.this.person(t, row, people, ID_NUMBER, EMPLOYEE_NUMBER, NAME, problems);
        }

        Optional<Long> unit(String text) {
            Long byPath = unitByPath.get(String.join("/", OrgPaths.parts(text)));
            List<Long> named = named(text);
            return byPath != null ? Optional.of(byPath) : named.size() == 1 ? Optional.of(named.get(0))
                    : Optional.empty();
        }

        String unitProblem(String text) {
            return messages.get(named(text).isEmpty() ? "rewards.import.unknownUnit" : "rewards.import.ambiguousUnit",
                    text);
        }

        private List<Long> named(String text) {
            List<String> parts = OrgPaths.parts(text);
            return parts.isEmpty() ? List.of() : unitsByName.getOrDefault(parts.get(parts.size() - 1), List.of());
        }
    }
}
