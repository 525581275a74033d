package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.nineones.model.Messages;
import org.nineones.store.AssessmentRepository.Item;
import org.nineones.store.AssessmentRepository.Row;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's assessments, quarter by quarter (季度考核) as most plants do them: of the four quarters
 * ended in the last 12 months, three assessed for everyone, scored and signed by both sides a few days after the
 * quarter ended, and one ({@link #SKIPPED}, the second-oldest) never started, so the readiness view has one missing
 * period to show; the current quarter started for everyone, a few scored and some of those closed, so the 考核 tab
 * shows every state. Most people are rated 优秀 or 良好, a few 合格 (never twice in a row), and one person rated
 * 合格 in the two latest quarters had the interview (约谈) that calls for. Deterministic for a given day.
 */
public final class AssessmentSamples {

    /** Which of the four ended quarters (0 = the latest) the sample leaves unassessed. */
    static final int SKIPPED = 2;
    /** The person (in the period's list order) rated low twice in a row, and interviewed. */
    private static final int INTERVIEWED = 5;

    private AssessmentSamples() {
    }

    /** Writes the sample's assessments; returns how many were closed. */
    public static int write(Workspace workspace, Messages messages, String assessor, LocalDate today) {
        AssessmentService service = new AssessmentService(messages);
        Period current = Period.containing(PeriodKind.QUARTER, today);
        int closed = 0;
        Period ended = current;
        long[] interviewee = {0, 0}; // the person rated low twice in a row, and their latest assessment
        for (int q = 0; q < 4; q++) {
            ended = ended.previous();
            if (q == SKIPPED) {
                continue;
            }
            service.start(workspace, ended, today);
            LocalDate signed = ended.endsOn().plusDays(10).isAfter(today) ? today : ended.endsOn().plusDays(10);
            int quarter = q;
            Period period = ended;
            closed += workspace.write(store -> {
                long periodId = store.assessments().period(period.kind().name(), period.startsOn().toString())
                        .orElseThrow().id();
                List<Row> rows = store.assessments().inPeriod(periodId);
                Map<Long, List<Item>> items = store.assessments().itemsInPeriod(periodId);
                if (quarter == 0 && rows.size() > INTERVIEWED) {
                    interviewee[0] = rows.get(INTERVIEWED).employeeId();
                    interviewee[1] = rows.get(INTERVIEWED).id();
                }
                Map<Long, List<Item>> scored = new java.util.LinkedHashMap<>();
                for (Row row : rows) {
                    boolean low = (row.employeeId() + 7 * quarter) % 23 == 0
                            || row.employeeId() == interviewee[0] && quarter < 2;
                    double percent = low ? 70 : row.employeeId() % 3 == 0 ? 86 : 100;
                    List<Item> list = items.getOrDefault(row.id(), List.of());
                    double[] points = pointsFor(list, percent);
                    List<Item> out = new java.util.ArrayList<>();
                    for (int k = 0; k < list.size(); k++) {
                        Item i = list.get(k);
                        out.add(new Item(i.position(), i.duty(), i.standard(), i.maxPoints(), points[k],
                                points[k] < i.maxPoints() ? messages.get("assessments.sample.note") : ""));
                    }
                    scored.put(row.id(), out);
                }
                store.assessments().updateItems(scored);
                for (Row row : rows) {
                    service.close(store, row.id(), new CloseRequest(assessor, signed, signed, null), today);
                }
                store.audit().record("sample", AssessmentService.ENTITY, null, "assessments of the sample in "
                        + period.code() + ": " + rows.size() + " scored and closed");
                return rows.size();
            });
        }
        if (interviewee[1] != 0) {
            LocalDate heldOn = current.startsOn().plusDays(14).isAfter(today) ? today
                    : current.startsOn().plusDays(14);
            service.recordInterview(workspace, interviewee[1], heldOn, assessor,
                    messages.get("assessments.sample.interview"), today);
        }
        return closed + writeCurrent(service, workspace, messages, assessor, current, today);
    }

    /**
     * Points per item giving about {@code percent} of the total (never less): the points off taken from the items in
     * turn, at most half of each, in half points.
     */
    static double[] pointsFor(List<Item> items, double percent) {
        double total = items.stream().mapToDouble(Item::maxPoints).sum();
        double off = total * (100 - percent) / 100;
        double[] points = new double[items.size()];
        for (int k = 0; k < points.length; k++) {
            double max = items.get(k).maxPoints();
            double d = Math.floor(Math.min(off, max / 2) * 2) / 2;
            points[k] = max - d;
            off -= d;
        }
        return points;
    }

    /** This quarter: started for everyone, a few scored item by item, some of those closed, in one transaction. */
    private static int writeCurrent(AssessmentService service, Workspace workspace, Messages messages,
                                    String assessor, Period period, LocalDate today) {
        service.start(workspace, period, today);
        // the share of each item's maximum given, person by person: excellent, good, pass, fail, then open ones
        double[] shares = {1.0, 0.85, 0.7, 0.4, 0.95, 0.9};
        return workspace.write(store -> {
            long periodId = store.assessments().period(period.kind().name(), period.startsOn().toString())
                    .orElseThrow().id();
            List<Row> rows = store.assessments().inPeriod(periodId);
            Map<Long, List<Item>> items = store.assessments().itemsInPeriod(periodId);
            int closed = 0;
            for (int n = 0; n < Math.min(shares.length, rows.size()); n++) {
                long id = rows.get(n).id();
                for (Item item : items.getOrDefault(id, List.of())) {
                    double points = Math.floor(item.maxPoints() * shares[n] * 2) / 2;
                    store.assessments().updateItem(id, item.position(), points, points < item.maxPoints()
                            ? messages.get("assessments.sample.note") : "");
                }
                service.rescore(store, id);
                if (n < 4) {
                    service.close(store, id, new CloseRequest(assessor, today, today, null), today);
                    closed++;
                }
            }
            store.audit().record("sample", AssessmentService.ENTITY, null, "assessments of the sample in "
                    + period.code() + ": " + Math.min(shares.length, rows.size()) + " scored, " + closed + " closed");
            return closed;
        });
    }
}
