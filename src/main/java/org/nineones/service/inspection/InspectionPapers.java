package org.nineones.service.inspection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nineones.model.AppTemp;
import org.nineones.model.Messages;
import org.nineones.model.SafeFiles;
import org.nineones.model.acceptance.Charge;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.Finding;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.inspection.Inspection;
import org.nineones.model.inspection.InspectionFinding;
import org.nineones.model.inspection.OnSiteRecord;
import org.nineones.model.inspection.SignedRecord;
import org.nineones.pack.PackageException;
import org.nineones.service.Progress;
import org.nineones.service.inspection.print.AcceptanceOpinion;
import org.nineones.service.inspection.print.InspectionPrintout;
import org.nineones.service.inspection.print.InspectionPrints;
import org.nineones.service.inspection.print.OnSiteSheet;
import org.nineones.service.inspection.print.ScoringSheet;
import org.nineones.service.inspection.print.SpotCheckSheet;
import org.nineones.service.inspection.print.VetoLine;
import org.nineones.store.InspectionFile;

/**
 * The inspection's papers (issue 13, points 6 and 7), the one place that turns an inspection's stored state — the
 * review, the spot check with its ratings and questions, the signed on-site record, the findings — into the four
 * printouts' records and the findings file's content, and writes them. The GUI and {@code nineones inspect} both use
 * it. The scoring sheet and the spot-check record can be printed at any time; the on-site record, the acceptance
 * opinion and the findings file need the signed on-site record (a draft on-site record can be previewed with
 * {@link #onSiteSheet(Papers, OnSiteRecord)}).
 */
public final class InspectionPapers {

    private static final DateTimeFormatter SQLITE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern DATE_TIME = Pattern.compile("(\\d{4}-\\d{1,2}-\\d{1,2})(?:[ T](\\d{1,2}:\\d{2}))?");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}:\\d{2})");

    private final Messages messages;
    private final InspectionReviewService reviews;
    private final SpotCheckService spotChecks;
    private final DrawService draws;
    private final InspectionPrints prints;
    private final FindingsFile findingsFile;
    private final Clock clock;

    public InspectionPapers(Messages messages, InspectionReviewService reviews, SpotCheckService spotChecks,
                            DrawService draws, InspectionPrints prints, FindingsFile findingsFile, Clock clock) {
        this.messages = messages;
        this.reviews = reviews;
        this.spotChecks = spotChecks;
        this.draws = draws;
        this.prints = prints;
        this.findingsFile = findingsFile;
        this.clock = clock;
    }

    /** An inspection's state as the papers read it: the review (with the spot check's ratings) and the spot check. */
    public record Papers(InspectorReview review, Optional<SpotCheck> spotCheck) {

        public Inspection inspection() {
            return review.inspection();
        }

        public Optional<SignedRecord> signed() {
            return review.signed();
        }
    }

    /** Reads the inspection's state from its file; nothing is written. */
    public Papers read(InspectionFile file, Inspection inspection) {
        return new Papers(reviews.review(file, inspection, spotChecks), spotChecks.current(file, inspection));
    }

    // ---- the four printouts

    /**
     * 评分表: every line with the enterprise's self-score and the inspector's score side by side, the inspector's
     * reason (the changed score's reason, else the judgement's note), the vetoes and the deductions. Before signing
     * it is dated today and names no inspector.
     */
    public ScoringSheet scoringSheet(Papers p) {
        InspectorReview review = p.review();
        ChecklistScore score = review.score();
        List<ScoringSheet.Line> lines = new ArrayList<>();
        List<ScoringSheet.Deduction> deductions = new ArrayList<>();
        for (InspectorReview.Line l : review.lines()) {
            ChecklistLine line = l.line();
            LineScore s = l.score();
            String reason = reason(l);
            String item = line.item() + " " + messages.get("checklist.item." + line.item());
            boolean selfVetoed = l.selfLine() != null && l.selfLine().veto() != null;
            if (line.points() == null) {
                lines.add(ScoringSheet.Line.veto(line.id(), item, line.criterion(), selfVetoed, s.veto() != null,
                        reason));
            } else {
                lines.add(new ScoringSheet.Line(line.id(), item, line.criterion(), line.points(), l.selfScore(),
                        s.score(), s.notApplicable(), selfVetoed, s.veto() != null, reason));
            }
            if (!s.notApplicable() && s.deducted() != null && s.deducted().signum() > 0) {
                deductions.add(new ScoringSheet.Deduction(line.id(), s.deducted(), deductionReason(l),
                        basis(s.charges())));
            }
        }
        Optional<ReviewService.SelfScore> self = review.self();
        return new ScoringSheet(p.inspection(), score.templateName(), score.templateVersion(), day(p), lines,
                score.totalPoints(), self.map(ReviewService.SelfScore::score).orElse(null),
                self.map(ReviewService.SelfScore::conclusion).orElse(null), score.score(), score.conclusion(),
                vetoes(review), deductions, inspectors(p));
    }

    /**
     * 抽查记录: the seed, algorithm, frame and rule, the plan, every worker in draw order (replacements included) with
     * the questions asked, the rating and the note, and the replacements.
     *
     * @throws InspectionException BAD_INPUT when no spot check was drawn
     */
    public SpotCheckSheet spotCheckSheet(Papers p) {
        SpotCheck check = p.spotCheck().orElseThrow(() -> new InspectionException(
                InspectionException.Reason.BAD_INPUT,
                messages.get("papers.error.noSpotCheck", p.inspection().enterpriseName()), null, null));
        DrawResult draw = check.draw();
        List<SpotCheckSheet.PlanRow> plan = draw.plan().stream()
                .map(s -> new SpotCheckSheet.PlanRow(s.orgUnit(), s.people(), s.allotted(), s.drawn())).toList();
        List<SpotCheckSheet.Worker> workers = new ArrayList<>();
        for (SpotCheck.Worker w : check.workers()) {
            FramePerson person = w.person();
            Optional<SpotCheck.Rating> rating = check.rating(person);
            List<SpotCheckSheet.Question> questions = rating.map(r -> r.questions().stream()
                    .map(q -> new SpotCheckSheet.Question(q.stem() + q.lettered("\n"), q.answer())).toList())
                    .orElse(List.of());
            workers.add(new SpotCheckSheet.Worker(person.name(), person.employeeNumber(), person.stratum(),
                    person.post(), addition(w.drawn().addition()), check.replacementOf(person).isPresent(), questions,
                    rating.map(SpotCheck.Rating::familiarity).orElse(null), rating.map(SpotCheck.Rating::note)
                    .orElse("")));
        }
        List<SpotCheckSheet.Replacement> replacements = check.replacements().stream()
                .map(r -> new SpotCheckSheet.Replacement(r.absent().name(), r.absent().employeeNumber(),
                        r.replacement().name(), r.replacement().employeeNumber(), r.reason())).toList();
        return new SpotCheckSheet(p.inspection(), draw.seed(), draw.algorithm(), draw.frameSha256(), rule(draw),
                draw.population(), local(check.drawnAt()), check.drawnBy(), plan, workers, replacements);
    }

    /**
     * 现场检查记录 of the signed on-site record.
     *
     * @throws InspectionReviewException NOT_SIGNED before signing
     */
    public OnSiteSheet onSiteSheet(Papers p) {
        SignedRecord signed = signed(p, "papers.paper.onSite");
        return onSiteSheet(p, signed.record(), local(signed.signedAt()));
    }

    /** 现场检查记录 of a record not signed yet (for the preview before signing). */
    public OnSiteSheet onSiteSheet(Papers p, OnSiteRecord draft) {
        return onSiteSheet(p, draft, LocalDateTime.now(clock));
    }

    private OnSiteSheet onSiteSheet(Papers p, OnSiteRecord record, LocalDateTime fallback) {
        LocalDateTime start = fallback;
        LocalDateTime end = null;
        Matcher m = DATE_TIME.matcher(record.checkedAt());
        if (m.find()) {
            try {
                LocalDate day = LocalDate.parse(normalDate(m.group(1)));
                start = day.atTime(m.group(2) == null ? LocalTime.MIDNIGHT : time(m.group(2)));
                Matcher later = TIME.matcher(record.checkedAt().substring(m.end()));
                if (m.group(2) != null && later.find()) {
                    end = day.atTime(time(later.group(1)));
                }
            } catch (DateTimeException | NumberFormatException e) {
                start = fallback;
            }
        }
        List<OnSiteSheet.Problem> problems = new ArrayList<>();
        if (!record.problems().isEmpty()) {
            problems.add(new OnSiteSheet.Problem("", record.problems(), record.handling()));
        }
        for (InspectionFinding f : p.review().findings()) {
            problems.add(new OnSiteSheet.Problem(f.lineId(), f.seen(), handling(f)));
        }
        return new OnSiteSheet(p.inspection(), start, end, record.place(), record.inspectors(),
                record.responsiblePerson(), record.content(), problems,
                record.refusedToSign() ? record.refusalNote() : "");
    }

    /**
     * 验收意见书 of the signed record, with the number and the team's words signed with it (no words: the default
     * sentence of the score and conclusion).
     *
     * @throws InspectionReviewException NOT_SIGNED before signing
     */
    public AcceptanceOpinion opinion(Papers p) {
        OnSiteRecord record = signed(p, "papers.paper.opinion").record();
        return opinion(p, record.opinionNumber(), record.opinionWords());
    }

    /**
     * 验收意见书 of the signed record: score, conclusion, vetoes, findings with their deadlines.
     *
     * @param number  the opinion's number as the county writes it (may be empty)
     * @param opinion the inspectors' words (may be empty)
     * @throws InspectionReviewException NOT_SIGNED before signing
     */
    public AcceptanceOpinion opinion(Papers p, String number, String opinion) {
        SignedRecord signed = signed(p, "papers.paper.opinion");
        String words = opinion == null || opinion.isBlank() ? defaultOpinion(p, signed) : opinion.strip();
        return new AcceptanceOpinion(p.inspection(), number, signed.templateName(), signed.templateVersion(),
                local(signed.signedAt()).toLocalDate(), signed.score(), signed.maxScore(), signed.conclusion(),
                vetoes(p.review()), p.review().findings(), words, signed.record().inspectors());
    }

    /** The inspection team's words when the inspector wrote none: the score and conclusion, and what to do next. */
    private String defaultOpinion(Papers p, SignedRecord signed) {
        String next = p.review().findings().isEmpty() ? "" : messages.get("papers.opinion.rectify");
        return messages.get("papers.opinion.default", p.inspection().enterpriseName(), Points.text(signed.score()),
                Points.text(signed.maxScore()), messages.of(signed.conclusion()), next).strip();
    }

    // ---- the findings file

    /**
     * What the findings file holds: the signed result, the inspectors, the day signed, the findings and the opinion.
     *
     * @param opinionPdf the acceptance opinion's bytes, or null for none
     * @throws InspectionReviewException NOT_SIGNED before signing
     */
    public FindingsFile.Content findings(Papers p, byte[] opinionPdf) {
        SignedRecord signed = signed(p, "papers.paper.findings");
        return FindingsFile.Content.of(p.inspection(), signed.result(),
                String.join("、", signed.record().inspectors()), local(signed.signedAt()).toLocalDate(),
                p.review().findings(), opinionPdf);
    }

    // ---- writing

    /** Writes any printout (replaced only once complete); see {@link InspectionPrints#write}. */
    public InspectionPrints.Result write(InspectionPrintout printout, Path out, Progress progress) {
        return prints.write(printout, out, progress);
    }

    /** The opinion and the findings file as written. */
    public record Issued(InspectionPrints.Result opinion, FindingsFile.Written findings) {
    }

    /**
     * Writes the acceptance opinion (its number and words as signed) and the findings file holding it. Both outputs
     * are checked first (never a workspace or inspection file, a folder, one of {@code keep}, or each other); the
     * opinion is moved into place only after the findings file is written, so a refusal leaves neither.
     *
     * @param keep the inputs never to overwrite (the package, the inspection file)
     * @throws InspectionReviewException NOT_SIGNED before signing
     */
    public Issued issue(Papers p, Path opinionOut, Path findingsOut, Progress progress, Path... keep) {
        AcceptanceOpinion opinion = opinion(p);
        Path opinionTarget = SafeFiles.checkOutput(opinionOut, keep);
        List<Path> keepAndOpinion = new ArrayList<>(java.util.Arrays.stream(keep).filter(k -> k != null).toList());
        keepAndOpinion.add(opinionTarget);
        SafeFiles.checkOutput(findingsOut, keepAndOpinion.toArray(Path[]::new));
        Path temp = null;
        try {
            temp = AppTemp.file("opinion-", ".pdf");
            InspectionPrints.Result printed = prints.write(opinion, temp, progress);
            byte[] pdf = Files.readAllBytes(temp);
            FindingsFile.Written written = findingsFile.write(findings(p, pdf), findingsOut,
                    keepAndOpinion.toArray(Path[]::new));
            Path part = SafeFiles.tempBeside(opinionTarget, keep);
            Files.write(part, pdf);
            SafeFiles.moveIntoPlace(part, opinionTarget);
            return new Issued(new InspectionPrints.Result(printed.pages(), opinionTarget), written);
        } catch (IOException e) {
            throw new PackageException(PackageException.Reason.WRITE_FAILED, opinionOut,
                    "cannot write the opinion " + opinionOut + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    // a temp file: AppTemp removes what is left at the next start
                }
            }
        }
    }

    // ---- the parts

    private SignedRecord signed(Papers p, String paperKey) {
        return p.signed().orElseThrow(() -> new InspectionReviewException(
                InspectionReviewException.Reason.NOT_SIGNED, "", messages.get("papers.error.notSigned",
                p.inspection().enterpriseName(), messages.get(paperKey)), null));
    }

    private String reason(InspectorReview.Line l) {
        if (l.change().isPresent()) {
            return l.change().get().reason();
        }
        return l.judgement().map(j -> j.note()).orElse("");
    }

    private String deductionReason(InspectorReview.Line l) {
        List<String> parts = new ArrayList<>(InspectionReviewService.firstListed(l.score().charges().stream()
                .filter(c -> c.points() != null && c.points().signum() > 0)
                .map(c -> messages.get("review.finding.charge", c.what(), Points.text(c.points()))).toList(),
                messages));
        String reason = reason(l);
        if (!reason.isEmpty()) {
            parts.add(reason);
        }
        if (parts.isEmpty() && !l.score().note().isEmpty()) {
            parts.add(l.score().note());
        }
        return String.join("；", parts);
    }

    private String basis(List<Charge> charges) {
        return String.join("；", InspectionReviewService.firstListed(charges.stream().map(c -> c.target().label())
                .filter(s -> s != null && !s.isBlank()).distinct().toList(), messages));
    }

    private static List<VetoLine> vetoes(InspectorReview review) {
        List<VetoLine> out = new ArrayList<>();
        for (VetoHit hit : review.score().vetoes()) {
            String criterion = review.line(hit.lineId()).map(l -> l.line().criterion()).orElse("");
            List<String> seen = new ArrayList<>(hit.findings().stream().map(Finding::what).toList());
            if (!hit.note().isBlank()) {
                seen.add(hit.note());
            }
            out.add(new VetoLine(hit.lineId(), criterion, String.join("；", seen), hit.rectification()));
        }
        return out;
    }

    private static List<String> inspectors(Papers p) {
        return p.signed().map(s -> s.record().inspectors()).orElse(List.of());
    }

    private LocalDate day(Papers p) {
        return p.signed().map(s -> local(s.signedAt()).toLocalDate()).orElseGet(() -> LocalDate.now(clock));
    }

    private String addition(DrawResult.Addition addition) {
        return switch (addition) {
            case SPECIAL_OPERATION -> messages.get("draw.cli.addedSpecial");
            case TEAM_LEADER -> messages.get("draw.cli.addedTeamLeader");
            case NONE -> "";
        };
    }

    private String rule(DrawResult draw) {
        // the draw adds a team leader or a special-operation worker the rule's size left out: say so, so that the
        // rule's figure and the people drawn agree on paper
        int added = draw.size() - draw.ruleSize();
        String addition = added > 0 ? messages.get("papers.ruleAdded", String.valueOf(added)) : "";
        if (draw.rule() == null) {
            return messages.get("draw.cli.givenSize", String.valueOf(draw.ruleSize())) + addition;
        }
        String key = "papers.rule." + draw.rule();
        String description = messages.has(key) ? messages.get(key)
                : draws.rules().byName(draw.rule()).map(SampleSizeRule::description).orElse("");
        return messages.get("papers.rule", draw.rule(), description, String.valueOf(draw.ruleSize())) + addition;
    }

    private String handling(InspectionFinding f) {
        String deadline = f.deadline() == null ? "" : f.deadline().toString();
        return f.responsible().isEmpty() ? messages.get("papers.handlingNoResponsible", deadline)
                : messages.get("papers.handling", deadline, f.responsible());
    }

    /** A time as SQLite writes it (UTC), on this computer's clock; now when it cannot be read. */
    private LocalDateTime local(String utc) {
        try {
            return LocalDateTime.parse(utc.strip(), SQLITE).atOffset(ZoneOffset.UTC)
                    .atZoneSameInstant(clock.getZone())
                    .toLocalDateTime();
        } catch (RuntimeException e) {
            return LocalDateTime.now(clock);
        }
    }

    private static String normalDate(String text) {
        String[] parts = text.split("-");
        return String.format("%s-%02d-%02d", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }

    private static LocalTime time(String text) {
        String[] parts = text.split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }
}
