package org.nineones.service.assessments;

import java.time.LocalDate;
import java.util.List;

import org.nineones.model.Messages;
import org.nineones.store.Workspace;

/**
 * The sample enterprise's assessments: this month's assessments started for everyone whose duty list is in force,
 * a few scored item by item, some of those closed and signed by the principal, so the 考核 tab shows every state.
 */
public final class AssessmentSamples {

    private AssessmentSamples() {
    }

    /** Writes the sample's assessments; returns how many were closed. */
    public static int write(Workspace workspace, Messages messages, String assessor, LocalDate today) {
        AssessmentService service = new AssessmentService(messages);
        Period period = Period.containing(PeriodKind.MONTH, today);
        service.start(workspace, period, today);
        List<AssessmentSummary> all = service.overview(workspace, period, today).assessments();
        // the share of each item's maximum given, person by person: excellent, good, pass, fail, then open ones
        double[] shares = {1.0, 0.85, 0.7, 0.4, 0.95, 0.9};
        int closed = 0;
        for (int n = 0; n < Math.min(shares.length, all.size()); n++) {
            AssessmentSummary s = all.get(n);
            for (AssessmentItem item : service.items(workspace, s.id())) {
                double points = Math.floor(item.maxPoints() * shares[n] * 2) / 2;
                service.score(workspace, s.id(), item.position(), points, points < item.maxPoints()
                        ? messages.get("assessments.sample.note") : "");
            }
            if (n < 4) {
                service.close(workspace, s.id(), new CloseRequest(assessor, today, today, null), today);
                closed++;
            }
        }
        return closed;
    }
}
