package org.nineones.service.rewards;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.model.rewards.RewardEntry;
import org.nineones.model.rewards.RewardKind;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 奖惩公示 ({@code rewards-notice}): the entries in force of a month, quarter or year ({@code request.period}; the
 * current month when not given), on A4 with the bundled font embedded, the column headers repeated on every page, then
 * the publicity period (a number of working days from the day printed, weekends skipped) and the seal and signature
 * lines.
 */
public final class RewardsNotice implements RecordPrint {

    public static final String KEY = "rewards-notice";
    static final String TEMPLATE = "rewards-notice";
    /** Working days the sheet stays posted when nothing else is said. */
    public static final int DEFAULT_PUBLICITY_DAYS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(RewardsNotice.class);

    private final RewardsService service;
    private final Messages messages;
    private final ReportRunner reports;
    private final int publicityDays;

    public RewardsNotice(RewardsService service, ReportRunner reports, int publicityDays) {
        this.service = service;
        this.messages = service.messages();
        this.reports = reports;
        this.publicityDays = publicityDays;
    }

    public RewardsNotice(RewardsService service) {
        this(service, new ReportRunner(), DEFAULT_PUBLICITY_DAYS);
    }

    /** The same printout with another publicity period (working days, 1 to 30). */
    public RewardsNotice withPublicityDays(int days) {
        return new RewardsNotice(service, reports, Math.max(1, Math.min(30, days)));
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "rewards.notice.title";
    }

    /** The period asked for: the request's, else the month of its day (today when not given). */
    public Period period(RecordPrintRequest request) {
        LocalDate day = request.asOf() == null ? service.today() : request.asOf();
        if (request.period() == null || request.period().isBlank()) {
            return Period.month(YearMonth.from(day));
        }
        return Period.parse(request.period())
                .orElseThrow(() -> new PrintException(messages.get("rewards.notice.badPeriod", request.period())));
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        Period period = period(request);
        LocalDate day = request.asOf() == null ? service.today() : request.asOf();
        progress.update(0, 1, messages.get("rewards.progress.collecting"));
        record Data(List<EntryRow> rows, String enterprise) {
        }
        Data data = workspace.read(store -> new Data(service.entries(store,
                new RewardsService.Filter(period.from(), period.to(), null, null)), store.enterprise().get().name()));
        if (data.rows().isEmpty()) {
            throw PrintException.nothing(messages.get("rewards.notice.nothing", period.text()));
        }
        progress.checkCancelled();
        List<Map<String, Object>> rows = new ArrayList<>();
        int rewards = 0;
        int penalties = 0;
        double rewardAmount = 0;
        double penaltyAmount = 0;
        for (EntryRow row : data.rows()) {
            RewardEntry e = row.entry();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("no", String.valueOf(rows.size() + 1));
            r.put("date", e.occurredOn().toString());
            r.put("subject", row.person() && !row.unitPath().isEmpty() ? row.subject() + "\n" + lastPart(row.unitPath())
                    : row.subject());
            r.put("kind", service.kindName(e.kind()));
            r.put("reason", e.reason());
            r.put("duty", e.dutyPosition() == null ? "" : e.dutyPosition() + ". " + e.dutyText());
            r.put("amount", number(e.amount()));
            r.put("points", number(e.points()));
            r.put("approver", e.approvedBy());
            rows.add(r);
            if (e.kind() == RewardKind.REWARD) {
                rewards++;
                rewardAmount += e.amount();
            } else {
                penalties++;
                penaltyAmount += e.amount();
            }
        }
        LocalDate until = addWorkingDays(day, publicityDays);
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", messages.get("rewards.notice.title"));
        p.put("ENTERPRISE", data.enterprise());
        p.put("PERIOD_LINE", messages.get("rewards.notice.period", period.from().toString(), period.to().toString()));
        p.put("INTRO", messages.get("rewards.notice.intro"));
        p.put("L_NO", messages.get("rewards.notice.no"));
        p.put("L_DATE", messages.get("rewards.column.date"));
        p.put("L_SUBJECT", messages.get("rewards.notice.subject"));
        p.put("L_KIND", messages.get("rewards.notice.kind"));
        p.put("L_REASON", messages.get("rewards.column.reason"));
        p.put("L_DUTY", messages.get("rewards.column.duty"));
        p.put("L_AMOUNT", messages.get("rewards.column.amount"));
        p.put("L_POINTS", messages.get("rewards.column.points"));
        p.put("L_APPROVER", messages.get("rewards.column.approver"));
        p.put("TOTALS_LINE", messages.get("rewards.notice.totals", rewards, number(rewardAmount), penalties,
                number(penaltyAmount)));
        p.put("PUBLICITY_LINE", messages.get("rewards.notice.publicity", publicityDays, day.toString(),
                until.toString()));
        p.put("OBJECTION_LINE", messages.get("rewards.notice.objection"));
        p.put("SEAL_LINE", messages.get("rewards.notice.seal"));
        p.put("SIGN_LINE", messages.get("rewards.notice.sign"));
        p.put("L_PAGE", messages.get("rewards.notice.page"));
        p.put("L_PAGES", messages.get("rewards.notice.pages"));
        ReportMonitor monitor = progress.reportMonitor(messages.get("rewards.progress.printing"));
        try {
            int pages = reports.writePdf(new ReportRequest(TEMPLATE, rows, p, data.enterprise() + " "
                    + messages.get("rewards.notice.title") + " " + period.text()), target, monitor);
            return new RecordPrintResult(rows.size(), pages, target);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.error("printing the rewards notice to {} failed", target, e);
            throw new PrintException(e.reason() == ReportException.Reason.WRITE
                    ? messages.get("rewards.notice.cannotWrite", target) : messages.get("rewards.notice.failed"), e);
        }
    }

    /** The day {@code days} working days (Monday to Friday) after {@code from}. */
    static LocalDate addWorkingDays(LocalDate from, int days) {
        LocalDate at = from;
        int left = days;
        while (left > 0) {
            at = at.plusDays(1);
            if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return at;
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }

    private static String lastPart(String path) {
        int at = path.lastIndexOf(" / ");
        return at < 0 ? path : path.substring(at + 3);
    }
}
