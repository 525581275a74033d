package org.nineones.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.nineones.app.Services;
import org.nineones.model.Messages;
import org.nineones.model.RecordTime;
import org.nineones.model.acceptance.ChecklistLine;
import org.nineones.model.acceptance.ChecklistTemplate;
import org.nineones.model.acceptance.JudgementDraft;
import org.nineones.model.acceptance.LineJudgement;
import org.nineones.model.acceptance.Verdict;
import org.nineones.service.acceptance.JudgementException;
import org.nineones.service.acceptance.JudgementService;
import org.nineones.service.acceptance.JudgementService.LineJudgements;
import org.nineones.store.Workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code nineones judge}: the enterprise's judgement of a checklist line a person judges (M or A+M) — met, points
 * deducted or given, a veto failed or met —, a line marked 缺项 where the checklist allows it, or taken back to not
 * judged; with a note and the records of duty performance it rests on. {@code --list} shows the judgement in force
 * of each such line, {@code --list --line ID} the line's history. A judgement is final; a new one supersedes it.
 */
@Command(name = "judge", mixinStandardHelpOptions = true,
        description = {"Judge a checklist line that a person judges (evidence M or A+M), mark a line not applicable "
                + "(缺项) where the checklist allows it, or take a line back to not judged. A judgement is final: a "
                + "new judgement of the line supersedes it, and the history stays. assess and self-assess score with "
                + "the judgements in force. --list shows them; with --line, the line's history.",
                "Exit codes: 0 done, 1 refused (no such line, a line computed from the records, points out of range, "
                        + "a deduction or failed veto without a note, 缺项 where not allowed, an unknown record)."})
final class JudgeCommand implements Callable<Integer> {

    private final Services services;

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", required = true, description = "the workspace file (*.nineones)")
    private Path workspace;

    @Option(names = "--line", paramLabel = "ID", description = "the checklist line, e.g. 9.1")
    private String line;

    @Option(names = "--confirm", description = "met (符合): for A+M, what the records show stands")
    private boolean confirm;

    @Option(names = "--deduct", paramLabel = "P", description = "points deducted (扣分); needs --note when above 0")
    private BigDecimal deduct;

    @Option(names = "--score", paramLabel = "P", description = "the line's score (得分); needs --note when below "
            + "the line's points")
    private BigDecimal score;

    @Option(names = "--veto", paramLabel = "failed|met", description = "on a veto line: failed (needs --note) or met")
    private String veto;

    @Option(names = "--not-applicable", description = "mark the line 缺项 (only where the checklist allows it)")
    private boolean notApplicable;

    @Option(names = "--clear", description = "take the line back to not judged (full points until judged)")
    private boolean clear;

    @Option(names = "--note", paramLabel = "TEXT", description = "why: what was seen, what is missing")
    private String note;

    @Option(names = "--by", paramLabel = "NAME", description = "who judges (default: the computer's user)")
    private String by;

    @Option(names = "--record", paramLabel = "ID", arity = "1..*", description = "records of duty performance the "
            + "judgement rests on, by number (see record list)")
    private List<Long> records = new ArrayList<>();

    @Option(names = "--template", paramLabel = "FILE|NAME", description = "a checklist file or the name of one "
            + "imported into the workspace (default: the default checklist)")
    private String template;

    @Option(names = "--list", description = "list the judgement in force of each line a person judges; with "
            + "--line, that line's history")
    private boolean list;

    JudgeCommand(Services services) {
        this.services = services;
    }

    @Override
    public Integer call() throws Exception {
        Messages m = services.messages();
        JudgementService judgements = services.judgements();
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = services.workspaces().open(workspace)) {
            ChecklistTemplate checklist = services.readiness().template(ws, template);
            if (list) {
                if (line != null) {
                    history(out, judgements.line(ws, checklist, line), checklist);
                } else {
                    for (LineJudgements l : judgements.lines(ws, checklist)) {
                        if (l.line().evidence().manual() || l.line().notApplicable() || !l.history().isEmpty()) {
                            out.println(current(l, checklist));
                        }
                    }
                }
                return NineonesCli.OK;
            }
            if (line == null) {
                throw new JudgementException("line", m.get("judgement.cli.noLine"));
            }
            LineJudgement saved = judgements.judge(ws, checklist, line, new JudgementDraft(verdict(m),
                    deduct != null ? deduct : score, note, by, records));
            out.println(m.get("judgement.cli.recorded", saved.lineId(), judgements.verdictText(saved.verdict(),
                    saved.points()), saved.judgedBy(), RecordTime.local(saved.judgedAt())));
            if (!saved.recordIds().isEmpty()) {
                out.println(m.get("judgement.cli.records", ids(saved.recordIds())));
            }
            return NineonesCli.OK;
        }
    }

    private Verdict verdict(Messages m) {
        List<Verdict> chosen = new ArrayList<>();
        if (confirm) {
            chosen.add(Verdict.CONFIRMED);
        }
        if (deduct != null) {
            chosen.add(Verdict.DEDUCTED);
        }
        if (score != null) {
            chosen.add(Verdict.SCORED);
        }
        if (veto != null) {
            String v = veto.strip().toLowerCase(Locale.ROOT);
            if (!v.equals("failed") && !v.equals("met")) {
                throw new JudgementException("verdict", m.get("judgement.cli.veto", veto));
            }
            chosen.add(v.equals("failed") ? Verdict.VETO_FAILED : Verdict.VETO_MET);
        }
        if (notApplicable) {
            chosen.add(Verdict.NOT_APPLICABLE);
        }
        if (clear) {
            chosen.add(Verdict.NOT_JUDGED);
        }
        if (chosen.size() != 1) {
            throw new JudgementException("verdict", m.get("judgement.cli.oneVerdict"));
        }
        return chosen.get(0);
    }

    private String current(LineJudgements l, ChecklistTemplate checklist) {
        Messages m = services.messages();
        ChecklistLine line = l.line();
        String head = line.id() + "\t" + line.evidence().code() + "\t";
        if (l.current().isEmpty()) {
            return head + m.get("judgement.cli.notJudged");
        }
        return head + describe(l.current().get()) + (l.fits() ? ""
                : m.get("judgement.cli.misfit", checklist.name(), checklist.version()));
    }

    private void history(PrintWriter out, LineJudgements l, ChecklistTemplate checklist) {
        Messages m = services.messages();
        if (l.history().isEmpty()) {
            out.println(m.get("judgement.cli.noHistory", l.line().id()));
            return;
        }
        out.println(m.get("judgement.cli.historyHead", l.line().id(), l.history().size()));
        for (LineJudgement j : l.history()) {
            out.println(describe(j));
        }
        if (!l.fits()) {
            out.println(m.get("judgement.cli.misfit", checklist.name(), checklist.version()).strip());
        }
    }

    private String describe(LineJudgement j) {
        Messages m = services.messages();
        return m.get("judgement.cli.entry", services.judgements().verdictText(j.verdict(), j.points()),
                j.note().isEmpty() ? "" : "\t" + j.note(), j.judgedBy(), RecordTime.local(j.judgedAt()),
                j.recordIds().isEmpty() ? "" : "\t" + m.get("judgement.cli.records", ids(j.recordIds())));
    }

    private static String ids(List<Long> ids) {
        return String.join(" ", ids.stream().map(id -> "#" + id).toList());
    }
}
