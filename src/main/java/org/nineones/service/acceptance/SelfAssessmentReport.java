package org.nineones.service.acceptance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nineones.model.Enterprise;
import org.nineones.model.Messages;
import org.nineones.model.acceptance.ChecklistJson;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistScore;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.Points;
import org.nineones.model.acceptance.SelfAssessment;
import org.nineones.model.acceptance.VetoHit;
import org.nineones.model.acceptance.VetoType;
import org.nineones.pack.CreatedAt;
import org.nineones.report.ReportException;
import org.nineones.report.ReportRequest;
import org.nineones.report.ReportRunner;
import org.nineones.service.CancelledException;
import org.nineones.service.Progress;
import org.nineones.service.acceptance.checklist.ChecklistException;
import org.nineones.service.acceptance.checklist.ChecklistService;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The printouts of the acceptance check: the 自评报告 of a signed self-assessment, or of a day's score not yet signed
 * (marked 未签署·预览 on every page, so the officer can read it before signing), and the checklist itself as the
 * 验收检查表 an inspector fills in on site. A4, the bundled font embedded, written beside the target and moved into
 * place. The same self-assessment always gives the same bytes (the package holds it and is fingerprinted).
 */
public final class SelfAssessmentReport {

    static final String REPORT = "self-assessment";
    static final String CHECKLIST = "checklist";

    private static final Logger LOG = LoggerFactory.getLogger(SelfAssessmentReport.class);

    /** What a printout made: its pages, the file, and the checklist lines it covers. */
    public record Result(int pages, Path file, int lines) {
    }

    private final Messages messages;
    private final ChecklistService checklists;
    private final ReportRunner reports;

    public SelfAssessmentReport(Messages messages, ChecklistService checklists) {
        this(messages, checklists, new ReportRunner());
    }

    SelfAssessmentReport(Messages messages, ChecklistService checklists, ReportRunner reports) {
        this.messages = messages;
        this.checklists = checklists;
        this.reports = reports;
    }

    /**
     * Prints the 自评报告 of a signed self-assessment to {@code out}. The criteria come from the checklist it was
     * scored against when the workspace still has that version (same SHA-256); else the lines print by id.
     *
     * @throws PrintException with the sentence to show when the file cannot be written
     * @throws CancelledException when cancelled; nothing is left behind
     */
    public Result write(Workspace workspace, SelfAssessment assessment, Path out, Progress progress) {
        progress.update(0, 1, get("progress.reading"));
        Enterprise enterprise = workspace.read(store -> store.enterprise().get());
        ChecklistTemplate template = scoredAgainst(workspace, assessment);
        Subject subject = new Subject(assessment.result(), assessment.templateSha256(), assessment.asOf(), false,
                assessment.signedBy(), CreatedAt.parse(assessment.signedAt()).display(), "#" + assessment.id());
        return report(enterprise, template, subject, out, progress);
    }

    /**
     * Prints the 自评报告 of a score not signed (e.g. {@link ReadinessService#assess}), marked 未签署·预览 on the
     * cover and on every page.
     */
    public Result writePreview(Workspace workspace, ChecklistTemplate template, ChecklistScore score, LocalDate asOf,
                               Path out, Progress progress) {
        progress.update(0, 1, get("progress.reading"));
        Enterprise enterprise = workspace.read(store -> store.enterprise().get());
        Subject subject = new Subject(score, new ChecklistJson().sha256(template), asOf, true, get("unsigned"),
                get("unsigned"), get("previewNumber"));
        return report(enterprise, template, subject, out, progress);
    }

    /**
     * Prints the checklist for on-site use (验收检查表, A4 landscape): every line with its points, rule and evidence,
     * and empty columns for the inspector's score and notes.
     */
    public Result writeChecklist(ChecklistTemplate template, Path out, Progress progress) {
        List<Map<String, Object>> rows = new ArrayList<>();
        SelfAssessmentRows texts = new SelfAssessmentRows(messages, template);
        for (ChecklistLine line : template.lines()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", line.id());
            row.put("item", texts.itemName(line.item()) + (line.notApplicable() ? "\n" + get("sheet.mayBeNA") : ""));
            row.put("criterion", line.criterion());
            row.put("points", line.veto().type().withoutPoints() ? get("sheet.veto") : Points.text(line.points()));
            String rule = line.rule();
            if (line.veto().any()) {
                String veto = line.veto().type() == VetoType.FLOOR
                        ? get("sheet.floor", line.veto().percent() == null ? "" : line.veto().percent())
                        : get("veto." + line.veto().type().name());
                rule = rule + "\n" + veto + (line.veto().rectification().isBlank() ? ""
                        : get("sheet.rectification", line.veto().rectification()));
            }
            row.put("rule", rule);
            row.put("evidence", line.evidence().code());
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new PrintException(get("sheet.empty", template.name()));
        }
        String sha = new ChecklistJson().sha256(template);
        Map<String, Object> p = new HashMap<>();
        p.put("L_TITLE", get("sheet.title"));
        p.put("TEMPLATE", get("sheet.template", template.name(), template.version(), shortSha(sha)));
        p.put("BLANKS", get("sheet.blanks"));
        p.put("L_ID", get("col.line"));
        p.put("L_ITEM", get("col.item"));
        p.put("L_CRITERION", get("col.criterion"));
        p.put("L_POINTS", get("col.points"));
        p.put("L_RULE", get("col.rule"));
        p.put("L_EVIDENCE", get("col.evidence"));
        p.put("L_SCORE", get("col.handScore"));
        p.put("L_NOTES", get("col.handNotes"));
        p.put("LEGEND", get("sheet.legend"));
        p.put("TOTAL", get("sheet.total", rows.size(), Points.text(template.totalPoints())));
        p.put("L_SIGN_INSPECTORS", get("sheet.signInspectors"));
        p.put("L_SIGN_ENTERPRISE", get("sheet.signEnterprise"));
        p.put("L_SIGN_DATE", get("sign.date"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        String title = template.name() + " " + get("sheet.title");
        return run(new ReportRequest(CHECKLIST, rows, p, title), out, progress, rows.size());
    }

    /** The one signed self-assessment's score and who signed it, or a preview's. */
    private record Subject(ChecklistScore score, String sha256, LocalDate asOf, boolean preview, String signedBy,
                           String signedAt, String number) {
    }

    private Result report(Enterprise enterprise, ChecklistTemplate template, Subject s, Path out, Progress progress) {
        progress.checkCancelled();
        ChecklistScore score = s.score();
        List<Map<String, Object>> rows = new SelfAssessmentRows(messages, template).build(score);
        String name = enterprise.name();
        Map<String, Object> p = new HashMap<>();
        p.put("PREVIEW", s.preview());
        p.put("L_TITLE", get("title"));
        p.put("L_SUBTITLE", get("subtitle"));
        p.put("L_PREVIEW", get("preview"));
        p.put("L_PREVIEW_NOTE", get("previewNote"));
        p.put("L_ENTERPRISE", get("cover.enterprise"));
        p.put("ENTERPRISE", name);
        p.put("L_CREDIT_CODE", get("cover.creditCode"));
        p.put("CREDIT_CODE", blank(enterprise.creditCode()));
        p.put("L_TEMPLATE", get("cover.template"));
        p.put("TEMPLATE", get("cover.templateValue", score.templateName(), score.templateVersion()));
        p.put("L_SHA256", get("cover.sha256"));
        p.put("SHA256", shortSha(s.sha256()));
        p.put("L_AS_OF", get("cover.asOf"));
        p.put("AS_OF", s.asOf().toString());
        p.put("L_SCORE", get("cover.score"));
        p.put("SCORE", score.notApplicablePoints().signum() > 0
                ? get("cover.scoreScaled", Points.text(score.score()), Points.text(score.totalPoints()),
                Points.text(score.notApplicablePoints()))
                : get("cover.scoreValue", Points.text(score.score()), Points.text(score.totalPoints())));
        p.put("L_CONCLUSION", get("cover.conclusion"));
        p.put("CONCLUSION", score.conclusion() == score.scoreConclusion() ? messages.of(score.conclusion())
                : get("cover.conclusionVetoed", messages.of(score.conclusion()), messages.of(score.scoreConclusion())));
        p.put("L_VETOES", get("cover.vetoes"));
        p.put("VETOES", score.vetoes().isEmpty() ? get("cover.noVetoes") : get("cover.vetoList",
                score.vetoes().size(), String.join("、", score.vetoes().stream().map(VetoHit::lineId).toList())));
        p.put("L_SIGNED_BY", get("cover.signedBy"));
        p.put("SIGNED_BY", s.signedBy());
        p.put("L_SIGNED_AT", get("cover.signedAt"));
        p.put("SIGNED_AT", s.signedAt());
        p.put("L_NUMBER", get("cover.number"));
        p.put("NUMBER", s.number());
        p.put("RUNNING", get("running", name, s.asOf().toString()));
        p.put("L_CONTINUED", messages.get("print.continued"));
        p.put("L_ITEM", get("col.item"));
        p.put("L_LINES", get("col.lines"));
        p.put("L_POINTS", get("col.points"));
        p.put("L_DEDUCTED", get("col.deducted"));
        p.put("L_LINE_SCORE", get("col.score"));
        p.put("L_REMARK", get("col.remark"));
        p.put("L_LINE", get("col.line"));
        p.put("L_CRITERION", get("col.criterion"));
        p.put("L_REASON", get("col.reason"));
        p.put("L_VETO_REASON", get("col.vetoReason"));
        p.put("L_RECTIFICATION", get("col.rectification"));
        p.put("L_EVIDENCE", get("col.evidence"));
        p.put("STATEMENT", s.preview() ? get("statement.preview")
                : get("statement.signed", s.signedAt(), s.signedBy()));
        p.put("L_SIGN_OFFICER", get("sign.officer"));
        p.put("L_SIGN_PRINCIPAL", get("sign.principal"));
        p.put("L_SIGN_DATE", get("sign.date"));
        p.put("L_PAGE", messages.get("print.page"));
        p.put("L_PAGES", messages.get("print.pages"));
        String title = name + " " + get("title") + " " + s.asOf();
        return run(new ReportRequest(REPORT, rows, p, title), out, progress, score.lines().size());
    }

    private Result run(ReportRequest request, Path out, Progress progress, int lines) {
        try {
            int pages = reports.writePdf(request, out, progress.reportMonitor(get("progress.printing")));
            return new Result(pages, out, lines);
        } catch (ReportException e) {
            if (e.reason() == ReportException.Reason.CANCELLED) {
                throw new CancelledException();
            }
            LOG.error("printing {} to {} failed", request.template(), out, e);
            throw new PrintException(switch (e.reason()) {
                case WRITE -> messages.get("print.error.write", out);
                case TEXT_CUT_OFF -> messages.get("print.error.textCutOff");
                default -> get("failed");
            }, e);
        }
    }

    /** The checklist the self-assessment was scored against, when the workspace has it unchanged; else null. */
    private ChecklistTemplate scoredAgainst(Workspace workspace, SelfAssessment assessment) {
        try {
            ChecklistTemplate t = checklists.get(workspace, assessment.templateName(), assessment.templateVersion());
            return new ChecklistJson().sha256(t).equals(assessment.templateSha256()) ? t : null;
        } catch (ChecklistException e) {
            LOG.info("self-assessment #{}: checklist {} {} not in the workspace, printing the lines by id",
                    assessment.id(), assessment.templateName(), assessment.templateVersion());
            return null;
        }
    }

    /** The first 16 hex digits, in two groups: enough to compare by eye. */
    static String shortSha(String sha) {
        if (sha == null || sha.length() < 16) {
            return sha == null ? "" : sha;
        }
        return sha.substring(0, 8) + " " + sha.substring(8, 16) + " …";
    }

    private String blank(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private String get(String key, Object... args) {
        return messages.get("selfReport." + key, args);
    }
}
