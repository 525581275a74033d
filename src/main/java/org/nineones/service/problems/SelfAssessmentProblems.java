package org.nineones.service.problems;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.LineScore;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.problems.Problem;
import org.nineones.model.problems.ProblemSource;
import org.nineones.service.acceptance.SelfAssessmentService;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.inspection.InspectionReviewService;
import org.nineones.store.ProblemRepository.NewProblem;
import org.nineones.store.Workspace;

/**
 * The enterprise's own deductions as problems: every line of the latest signed self-assessment that lost points or
 * failed its veto becomes one problem (what was seen: its deductions as the inspector's finding from a line lists
 * them; the requirement: the veto's rectification, else the line's criterion), once per self-assessment and line.
 */
final class SelfAssessmentProblems {

    private final Messages messages;
    private final SelfAssessmentService selfAssessments;
    private final ChecklistService checklists;

    SelfAssessmentProblems(Messages messages, SelfAssessmentService selfAssessments, ChecklistService checklists) {
        this.messages = messages;
        this.selfAssessments = selfAssessments;
        this.checklists = checklists;
    }

    SelfAssessmentImportResult addLatest(Workspace workspace) {
        SelfAssessment latest = selfAssessments.history(workspace).stream().max(SelfAssessment.ORDER).orElseThrow(
                () -> new ProblemException(ProblemException.Reason.NO_SELF_ASSESSMENT,
                        messages.get("problems.error.noSelfAssessment")));
        ChecklistTemplate template = template(workspace, latest).orElse(null);
        List<LineScore> lines = latest.result().lines().stream().filter(SelfAssessmentProblems::lost).toList();
        return workspace.write(store -> {
            Set<String> listed = store.problems().selfAssessmentLines(latest.id());
            List<Problem> added = new ArrayList<>();
            for (LineScore line : lines) {
                if (!listed.contains(line.id())) {
                    long id = store.problems().insertProblem(new NewProblem(ProblemSource.SELF_ASSESSMENT, null, null,
                            null, null, latest.id(), line.id(), seen(line), requirement(line, template), null,
                            ""));
                    added.add(store.problems().findProblem(id).orElseThrow());
                }
            }
            int already = lines.size() - added.size();
            if (!added.isEmpty()) {
                store.audit().record("import", "self_assessment", latest.id(), messages.get(
                        "problems.audit.selfAssessment", String.valueOf(latest.id()), latest.asOf().toString(),
                        String.valueOf(added.size()), String.valueOf(already)));
            }
            return new SelfAssessmentImportResult(latest, added, already, messages.get("problems.selfAssessment.done",
                    latest.asOf().toString(), latest.signedBy(), String.valueOf(added.size()),
                    String.valueOf(already)));
        });
    }

    /** True when the line lost points or failed its veto. */
    private static boolean lost(LineScore line) {
        return line.veto() != null || (line.deducted() != null && line.deducted().signum() > 0);
    }

    private String seen(LineScore line) {
        List<String> records = line.veto() != null
                ? line.veto().findings().stream().map(f -> f.what()).toList()
                : line.charges().stream().filter(c -> c.points() != null && c.points().signum() > 0)
                        .map(c -> messages.get("review.finding.charge", c.what(), Points.text(c.points()))).toList();
        List<String> seen = new ArrayList<>(InspectionReviewService.firstListed(records, messages));
        if (!line.note().isBlank()) {
            seen.add(line.note());
        }
        if (seen.isEmpty()) {
            seen.add(line.veto() != null ? messages.get("problems.selfAssessment.vetoed", line.id())
                    : messages.get("review.finding.deducted", Points.text(line.deducted())));
        }
        return String.join("；", seen);
    }

    private String requirement(LineScore line, ChecklistTemplate template) {
        if (line.veto() != null && !line.veto().rectification().isBlank()) {
            return line.veto().rectification();
        }
        Optional<ChecklistLine> l = template == null ? Optional.empty() : template.line(line.id());
        return l.map(ChecklistLine::criterion).orElseGet(() -> messages.get("problems.selfAssessment.requirement",
                line.id()));
    }

    /** The template the self-assessment was scored against, when the workspace still has it. */
    private Optional<ChecklistTemplate> template(Workspace workspace, SelfAssessment s) {
        try {
            return Optional.of(checklists.get(workspace, s.templateName(), s.templateVersion()));
        } catch (ChecklistException e) {
            return Optional.empty();
        }
    }
}
