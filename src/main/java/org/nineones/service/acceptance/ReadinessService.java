package org.nineones.service.acceptance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Conclusion;
import org.nineones.model.acceptance.Finding;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.acceptance.checklist.ChecklistSheetPreview;
import org.nineones.store.Workspace;

/**
 * How ready the enterprise is for the county's check: a checklist scored against what the records show on a day.
 * The automatic lines take the findings of a {@link FindingSource}; the manual lines take the enterprise's judgements
 * ({@link JudgementService}), and count their full points, flagged, until judged. Nothing is written.
 */
public final class ReadinessService {

    private final Messages messages;
    private final ChecklistService checklists;
    private final FindingSource findings;
    private final JudgementService judgements;

    public ReadinessService(Messages messages, ChecklistService checklists, FindingSource findings,
                            JudgementService judgements) {
        this.messages = messages;
        this.checklists = checklists;
        this.findings = findings;
        this.judgements = judgements;
    }

    /** Without a judgement service of its own: the judgements are read by one made here. */
    public ReadinessService(Messages messages, ChecklistService checklists, FindingSource findings) {
        this(messages, checklists, findings, new JudgementService(messages));
    }

    /**
     * The checklist a user names: none, the default; a {@code .json} or Excel file, read and checked (nothing is
     * imported); anything else, the name of a checklist kept in the workspace (its last imported version).
     *
     * @throws ChecklistException when the file is not a valid checklist or no checklist has that name
     */
    public ChecklistTemplate template(Workspace workspace, String fileOrName) {
        if (fileOrName == null || fileOrName.isBlank()) {
            return checklists.defaultTemplate();
        }
        Path file = Path.of(fileOrName.strip());
        String lower = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean looksLikeFile = lower.endsWith(".json") || lower.endsWith(".xlsx") || lower.endsWith(".xls");
        if (!looksLikeFile) {
            return checklists.get(workspace, fileOrName, null);
        }
        if (!Files.isRegularFile(file)) {
            throw new ChecklistException(messages.get("readiness.noFile", file));
        }
        if (lower.endsWith(".json")) {
            return checklists.readJson(file);
        }
        ChecklistSheetPreview preview = checklists.previewExcel(file, null, null, Progress.NONE);
        if (preview.hasErrors()) {
            throw new ChecklistException(messages.get("readiness.invalidSheet", file, preview.invalidRows()));
        }
        return preview.template();
    }

    /**
     * The checklist scored on {@code asOf} from the records as they stood that day, with the enterprise's judgements
     * of the manual lines and its 缺项 marks as they stood that day ({@link JudgementService#inForce}: a stored
     * judgement the template no longer fits is skipped, its line counted as not judged).
     *
     * @throws ChecklistException when {@code asOf} is after {@code today}
     */
    public ChecklistScore assess(Workspace workspace, ChecklistTemplate template, LocalDate asOf, LocalDate today) {
        if (asOf.isAfter(today)) {
            throw new ChecklistException(messages.get("readiness.future", asOf, today));
        }
        Supplier<Map<String, List<Finding>>> found = findings.begin(workspace, asOf);
        JudgementService.InForce judged = judgements.inForce(workspace, template, asOf);
        return checklists.scorer().score(template, found.get(), judged.judgements(), judged.notApplicable());
    }

    /**
     * The findings of the automatic lines on {@code asOf}, as {@link #assess} scores them: every kind the source
     * knows, with an empty list when the records show nothing of it. The inspector's review adds its own (the spot
     * check's) and scores them with {@link #score}.
     */
    public Map<String, List<Finding>> findings(Workspace workspace, LocalDate asOf) {
        return findings.begin(workspace, asOf).get();
    }

    /**
     * The checklist scored by the one scorer from given findings and judgements (the inspector's, kept in the
     * inspection file, not the workspace's).
     *
     * @throws ChecklistException as {@code ChecklistScorer.score}
     */
    public ChecklistScore score(ChecklistTemplate template, Map<String, List<Finding>> found,
                                JudgementService.InForce judged) {
        return checklists.scorer().score(template, found, judged.judgements(), judged.notApplicable());
    }

    /** A checklist a user named ({@link #template}) and its score on a day ({@link #assess}). */
    public record Scored(ChecklistTemplate template, ChecklistScore score) {
    }

    /**
     * {@link #template} and {@link #assess} in one: the record checks start first, so that reading the checklist and
     * the judgements happens while they run.
     *
     * @throws ChecklistException when the checklist cannot be had or {@code asOf} is after {@code today}
     */
    public Scored assess(Workspace workspace, String fileOrName, LocalDate asOf, LocalDate today) {
        if (asOf.isAfter(today)) {
            throw new ChecklistException(messages.get("readiness.future", asOf, today));
        }
        Supplier<Map<String, List<Finding>>> found = findings.begin(workspace, asOf);
        ChecklistTemplate template = template(workspace, fileOrName);
        JudgementService.InForce judged = judgements.inForce(workspace, template, asOf);
        return new Scored(template, checklists.scorer().score(template, found.get(), judged.judgements(),
                judged.notApplicable()));
    }

    /** The score a checklist gets at the end of a month (or on today, for the month not yet over). */
    public record MonthScore(YearMonth month, LocalDate day, BigDecimal score, Conclusion conclusion) {
    }

    /**
     * The score by month, from the month of the enterprise's first record (at most the last {@code maxMonths}) to
     * today's: each computed from the records as they stood on the month's last day (today for this month), nothing
     * stored. Empty when the workspace has no dated record yet.
     */
    public List<MonthScore> byMonth(Workspace workspace, ChecklistTemplate template, LocalDate today, int maxMonths,
                                    Progress progress) {
        LocalDate first = workspace.read(store -> store.selfAssessments().firstRecordDay()).orElse(null);
        List<MonthScore> scores = new ArrayList<>();
        if (first == null || first.isAfter(today)) {
            return scores;
        }
        YearMonth last = YearMonth.from(today);
        YearMonth start = YearMonth.from(first);
        if (start.plusMonths(maxMonths - 1L).isBefore(last)) {
            start = last.minusMonths(maxMonths - 1L);
        }
        long total = start.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        int done = 0;
        for (YearMonth month = start; !month.isAfter(last); month = month.plusMonths(1)) {
            progress.checkCancelled();
            LocalDate day = month.equals(last) ? today : month.atEndOfMonth();
            ChecklistScore score = assess(workspace, template, day, today);
            scores.add(new MonthScore(month, day, score.score(), score.conclusion()));
            progress.update(++done, total, month.toString());
        }
        return scores;
    }
}
