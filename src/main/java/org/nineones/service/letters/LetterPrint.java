package org.nineones.service.letters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nineones.model.IdNumber;
import org.nineones.model.Messages;
import org.nineones.model.TextNormaliser;
import org.nineones.model.content.ContentVersion;
import org.nineones.model.content.DutyItem;
import org.nineones.model.content.DutyList;
import org.nineones.report.ReportException;
import org.nineones.report.ReportMonitor;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * The responsibility letters as a PDF (A4, bundled font embedded): one letter per person, made from the post's
 * duty-list version that counts (in force, else the draft, stamped 草稿), with both parties' signature blocks and
 * blank date lines. The command line's {@code print --kind letters} (year, post, employee) and the GUI's batch print
 * (a selection of people, an org unit, only those still to sign) come here.
 */
public final class LetterPrint implements RecordPrint {

    public static final String KEY = "letters";
    static final String TEMPLATE = "letters";

    /**
     * Which letters to print; null or empty means "not given".
     *
     * @param employeeIds only these people
     * @param post        a post's id or its name (every post of that name)
     * @param employee    an ID number, employee number or exact name
     * @param orgUnitId   only people of this unit (and the units below it)
     * @param onlyToSign  only people who have not signed or must sign again
     */
    public record Selection(int year, Set<Long> employeeIds, String post, String employee, Long orgUnitId,
                            boolean onlyToSign) {
    }

    private final LetterService letters;
    private final ReportRunner reports;
    private final Messages messages;

    public LetterPrint(LetterService letters, ReportRunner reports) {
        this.letters = letters;
        this.reports = reports;
        this.messages = letters.messages();
    }

    public LetterPrint(LetterService letters) {
        this(letters, new ReportRunner());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "letters.print.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        int year = request.year() != null ? request.year()
                : request.asOf() != null ? request.asOf().getYear() : letters.currentYear();
        return print(workspace, new Selection(year, null, request.post(), request.employee(), null, false), target,
                progress);
    }

    public RecordPrintResult print(Workspace workspace, Selection selection, Path target, Progress progress) {
        progress.update(0, 1, messages.get("letters.progress.reading"));
        LetterRound round;
        Map<Long, Long> parents = new HashMap<>();
        try {
            round = letters.round(workspace, selection.year());
        } catch (LetterRuleException e) {
            throw new PrintException(e.getMessage(), e);
        }
        workspace.read(store -> {
            store.orgUnits().all().forEach(u -> parents.put(u.id(), u.parentId()));
            return null;
        });
        List<LetterRow> chosen = select(round.rows(), selection, parents);
        progress.checkCancelled();
        if (chosen.isEmpty()) {
            throw PrintException.nothing(messages.get("letters.print.nothing"));
        }
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        List<Map<String, Object>> rows = rows(chosen, selection.year());
        Map<String, Object> p = parameters(enterprise, selection.year());
        ReportMonitor monitor = progress.reportMonitor(messages.get("letters.progress.printing"));
        try {
            int pages = reports.writePdf(new ReportRequest(TEMPLATE, rows, p,
                    enterprise + " " + messages.get("letters.print.title")), target, monitor);
            return new RecordPrintResult(chosen.size(), pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            if (e.reason() == ReportException.Reason.WRITE) {
                throw new PrintException(messages.get("letters.print.cannotWrite", target), e);
            }
            throw new PrintException(messages.get("letters.print.failed"), e);
        }
    }

    List<LetterRow> select(List<LetterRow> rows, Selection s, Map<Long, Long> parents) {
        String post = s.post() == null ? "" : TextNormaliser.trim(s.post());
        String who = s.employee() == null ? "" : TextNormaliser.trim(s.employee());
        List<LetterRow> chosen = new ArrayList<>();
        for (LetterRow r : rows) {
            if (s.employeeIds() != null && !s.employeeIds().contains(r.employeeId())) {
                continue;
            }
            if (!post.isEmpty() && !post.equals(String.valueOf(r.post().id()))
                    && !post.equals(TextNormaliser.trim(r.post().name()))) {
                continue;
            }
            if (!who.isEmpty() && !matches(r, who)) {
                continue;
            }
            if (s.orgUnitId() != null && !within(r, s.orgUnitId(), parents)) {
                continue;
            }
            if (s.onlyToSign() && r.status() == LetterStatus.SIGNED) {
                continue;
            }
            chosen.add(r);
        }
        if (!post.isEmpty() && chosen.isEmpty() && rows.stream().noneMatch(r -> post.equals(String.valueOf(r.post().id()))
                || post.equals(TextNormaliser.trim(r.post().name())))) {
            throw new PrintException(messages.get("letters.print.unknownPost", post));
        }
        if (!who.isEmpty() && chosen.isEmpty() && rows.stream().noneMatch(r -> matches(r, who))) {
            throw new PrintException(messages.get("letters.print.unknownEmployee", who));
        }
        return chosen;
    }

    private static boolean matches(LetterRow r, String who) {
        IdNumber.Check id = IdNumber.check(who);
        if (id.valid()) {
            return id.idNumber().value().equals(r.employee().idNumber().value());
        }
        return who.equals(TextNormaliser.trim(r.employee().employeeNumber() == null ? "" : r.employee().employeeNumber()))
                || who.equals(TextNormaliser.trim(r.employee().name()));
    }

    private static boolean within(LetterRow r, long unit, Map<Long, Long> parents) {
        Long at = r.employee().orgUnitId() != null ? r.employee().orgUnitId() : r.post().orgUnitId();
        for (int depth = 0; at != null && depth <= parents.size(); depth++) {
            if (at == unit) {
                return true;
            }
            at = parents.get(at);
        }
        return false;
    }

    private List<Map<String, Object>> rows(List<LetterRow> chosen, int year) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LetterRow r : chosen) {
            ContentVersion v = r.current();
            Map<String, Object> common = new HashMap<>();
            common.put("letter", r.employee().name() + "（" + r.post().name() + "）#" + r.employeeId());
            Counterpart c = r.counterpart();
            common.put("partyA", c.isSuperior() ? messages.get("letters.print.partyA.superior", c.name())
                    : messages.get("letters.print.partyA", c.name(), c.postName()));
            common.put("partyB", messages.get("letters.print.partyB", r.employee().name(), r.post().name(),
                    r.unitPath()));
            common.put("intro", v == null ? messages.get("letters.print.introNone", String.valueOf(year))
                    : messages.get("letters.print.intro", String.valueOf(year), r.post().name(), letters.versionText(v)));
            common.put("draft", v != null && v.isDraft());
            List<DutyItem> items = v != null && v.body() instanceof DutyList list ? list.items() : List.of();
            if (items.isEmpty()) {
                Map<String, Object> row = new HashMap<>(common);
                row.put("no", "");
                row.put("duty", messages.get("letters.print.noItems"));
                rows.add(row);
            }
            for (int i = 0; i < items.size(); i++) {
                DutyItem item = items.get(i);
                Map<String, Object> row = new HashMap<>(common);
                row.put("no", String.valueOf(i + 1));
                row.put("duty", item.duty());
                row.put("scope", item.scope());
                row.put("assessment", item.assessmentStandard());
                rows.add(row);
            }
        }
        return rows;
    }

    private Map<String, Object> parameters(String enterprise, int year) {
        Map<String, Object> p = new HashMap<>();
        p.put("ENTERPRISE", enterprise);
        p.put("L_TITLE", messages.get("letters.print.title"));
        p.put("L_YEAR", messages.get("letters.print.year", String.valueOf(year)));
        p.put("L_DRAFT", messages.get("letters.print.draft"));
        p.put("L_NO", messages.get("letters.print.no"));
        p.put("L_DUTY", messages.get("letters.print.duty"));
        p.put("L_SCOPE", messages.get("letters.print.scope"));
        p.put("L_ASSESSMENT", messages.get("letters.print.assessment"));
        p.put("L_COMMIT_TITLE", messages.get("letters.print.commitTitle"));
        p.put("COMMITMENT", messages.get("letters.print.commitment"));
        p.put("TERM", messages.get("letters.print.term", String.valueOf(year)));
        p.put("L_SIGN_A", messages.get("letters.print.signA"));
        p.put("L_SIGN_B", messages.get("letters.print.signB"));
        p.put("L_DATE_LINE", messages.get("letters.print.dateLine"));
        p.put("L_CONTINUED", messages.get("letters.print.continued"));
        return p;
    }
}
