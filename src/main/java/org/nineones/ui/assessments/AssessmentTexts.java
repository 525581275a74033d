package org.nineones.ui.assessments;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.service.assessments.AssessmentService;
import org.nineones.service.assessments.AssessmentSummary;
import org.nineones.service.assessments.InterviewCase;
import org.nineones.service.assessments.NotAssessable;
import org.nineones.service.assessments.Period;
import org.nineones.service.assessments.Rating;

/** What the 考核 tab writes for people: statuses, totals, ratings, periods, interviews, histories, dates typed. */
public final class AssessmentTexts {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");

    private final Messages messages;
    private final AssessmentService service;

    AssessmentTexts(Messages messages, AssessmentService service) {
        this.messages = messages;
        this.service = service;
    }

    public String status(AssessmentSummary s) {
        if (s.voided()) {
            return messages.get("assessments.status.VOIDED");
        }
        String status = messages.get("assessments.status." + (s.closed() ? "CLOSED" : "OPEN"));
        return s.correctsId() != null ? status + messages.get("assessments.ui.correctionMark") : status;
    }

    public String rating(Rating rating) {
        return service.ratingName(rating);
    }

    public String periodName(Period period) {
        return service.periodName(period);
    }

    public String totals(AssessmentSummary s) {
        if (s == null) {
            return "";
        }
        if (s.voided()) {
            return messages.get("assessments.status.VOIDED");
        }
        if (s.rating() != null) {
            return messages.get("assessments.ui.total", AssessmentService.text(s.score()),
                    AssessmentService.text(s.maxScore()), s.percent() + "%", rating(s.rating()));
        }
        return messages.get("assessments.ui.totalOpen", s.scoredItems(), s.items(),
                AssessmentService.text(s.score() == null ? 0.0 : s.score()), AssessmentService.text(s.maxScore()));
    }

    public String interviewState(InterviewCase c) {
        return c.done() ? messages.get("assessments.ui.interviewDone", c.heldOn().toString(), c.heldBy())
                : messages.get("assessments.ui.interviewDue");
    }

    /** The not-assessable people, one line each, for a message. */
    String notAssessableLines(List<NotAssessable> notAssessable) {
        StringBuilder b = new StringBuilder();
        for (NotAssessable n : notAssessable) {
            b.append(n.name()).append("（").append(n.unitPath()).append(n.postName().isEmpty() ? "" : " " + n.postName())
                    .append("）：").append(n.reason()).append('\n');
        }
        return b.toString().strip();
    }

    /**
     * A record's history as lines: original, corrections with reason, who and when, and the scan of each signed form
     * ({@code attachment}: file name and SHA-256 by attachment id; called while the history is read).
     */
    String history(List<AssessmentSummary> chain, LongFunction<Optional<String[]>> attachment) {
        StringBuilder text = new StringBuilder();
        for (AssessmentSummary s : chain) {
            String what = s.correctsId() == null ? messages.get("assessments.ui.historyOriginal")
                    : s.voided() ? messages.get("assessments.ui.historyVoid", s.correctionReason())
                    : messages.get("assessments.ui.historyCorrection", s.correctionReason());
            String result = s.voided() ? messages.get("assessments.status.VOIDED") : status(s) + " "
                    + AssessmentService.text(s.score()) + "/" + AssessmentService.text(s.maxScore()) + " "
                    + service.ratingName(s.rating());
            text.append(messages.get("assessments.ui.historyLine", RecordTime.local(s.recordedAt()), s.id(), what,
                    result, s.recordedBy(), s.closed() && !s.voided() ? messages.get("assessments.ui.signed",
                            s.assessor(), s.assessorSignedOn(), s.assesseeSignedOn()) : ""));
            if (s.attachmentId() != null) {
                attachment.apply(s.attachmentId()).ifPresent(a -> text.append(messages.get(
                        "assessments.ui.historyScan", a[0], a[1])));
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** A date as typed (2026-11-28, 2026/11/28, 2026年11月28日), null when blank; throws when not a date. */
    static LocalDate parseDate(String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty()) {
            return null;
        }
        Matcher m = DATE.matcher(clean);
        if (!m.matches()) {
            throw new DateTimeException(clean);
        }
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
}
