package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nineones.model.acceptance.Points;
import org.nineones.model.problems.FindingsImport;
import org.nineones.model.problems.ListedProblem;
import org.nineones.model.problems.Measure;
import org.nineones.model.problems.Problem;
import org.nineones.report.ReportRequest;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * 整改报告 ({@code rectification-report}, A4 portrait) of one imported findings file ({@code request.findings}: its
 * number or the start of its fingerprint; the latest imported when not given): the inspection it answers, then each
 * finding the file brought with what was done about it — every measure with its owner, deadline, status (overdue
 * marked) and evidence listed — and where the finding stands; the counts, and the signature and seal block.
 */
public final class RectificationReport implements RecordPrint {

    public static final String KEY = "rectification-report";
    static final String TEMPLATE = "rectification-report";

    private final ProblemService service;
    private final ProblemPrints texts;

    public RectificationReport(ProblemService service) {
        this.service = service;
        this.texts = new ProblemPrints(service.messages());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "problems.print.report.title";
    }

    /** It needs a findings file: printed from the problem list's tab or with {@code --findings}. */
    @Override
    public boolean printsAll() {
        return false;
    }

    /** The findings file a request names (the latest imported when it names none). */
    public FindingsImport findingsFile(Workspace workspace, RecordPrintRequest request) {
        List<FindingsImport> imports = service.findingsImports(workspace);
        if (imports.isEmpty()) {
            throw PrintException.nothing(texts.get("report.noFile"));
        }
        String wanted = request.findings() == null ? "" : request.findings().strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return imports.get(0);
        }
        Optional<FindingsImport> byNumber = imports.stream().filter(i -> String.valueOf(i.id()).equals(wanted))
                .findFirst();
        if (byNumber.isPresent()) {
            return byNumber.get();
        }
        List<FindingsImport> byPrint = wanted.length() < 8 ? List.of() : imports.stream()
                .filter(i -> i.fingerprint().toLowerCase(Locale.ROOT).startsWith(wanted)).toList();
        if (byPrint.size() != 1) {
            throw new PrintException(texts.get("report.unknownFile", request.findings()));
        }
        return byPrint.get(0);
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        progress.update(0, 1, service.messages().get("problems.progress.collecting"));
        FindingsImport file = findingsFile(workspace, request);
        List<ListedProblem> problems = service.ofFindingsFile(workspace, file.fingerprint());
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        List<Map<String, Object>> rows = new ArrayList<>();
        info(rows, texts.get("report.enterprise"), enterprise);
        info(rows, texts.get("report.file"), texts.get("report.fileValue", file.fileName(), String.valueOf(file.id())));
        info(rows, texts.get("report.inspection"), texts.get("report.inspectionValue", file.inspectedOn().toString(),
                file.inspector()));
        info(rows, texts.get("report.checklist"), file.templateVersion() == null || file.templateVersion().isBlank()
                ? file.templateName() : file.templateName() + " " + file.templateVersion());
        info(rows, texts.get("report.result"), texts.get("report.resultValue", file.score() == null ? "—"
                : Points.text(file.score()), service.messages().of(file.conclusion()), file.findings()));
        info(rows, texts.get("report.fingerprint"), file.fingerprint());
        if (problems.isEmpty()) {
            Map<String, Object> row = section("findings");
            row.put("empty", texts.get("report.noFindings"));
            rows.add(row);
        }
        int no = 0;
        for (ListedProblem listed : problems) {
            rows.add(findingRow(++no, listed, asOf));
        }
        String title = texts.get("report.title");
        Map<String, Object> p = texts.parameters(title, enterprise, asOf);
        p.put("L_SUBTITLE", texts.get("report.subtitle", file.inspectedOn().toString()));
        for (String column : List.of("no", "line", "seen", "done", "state")) {
            p.put("L_" + column.toUpperCase(Locale.ROOT), texts.get("report.col." + column));
        }
        p.put("COUNTS", counts(problems, asOf));
        p.put("STATEMENT", texts.get("report.statement"));
        p.put("L_SIGN_PRINCIPAL", texts.get("report.signPrincipal"));
        p.put("L_SIGN_SAFETY", texts.get("report.signSafety"));
        p.put("L_DATE_BLANK", texts.get("report.dateBlank"));
        p.put("L_SEAL", texts.get("report.seal"));
        return texts.write(new ReportRequest(TEMPLATE, rows, p, enterprise + " " + title + " " + file.inspectedOn()),
                problems.size(), target, progress);
    }

    private Map<String, Object> findingRow(int no, ListedProblem listed, LocalDate asOf) {
        Problem p = listed.problem();
        Map<String, Object> row = section("findings");
        row.put("no", String.valueOf(no));
        row.put("line", p.lineId().isEmpty() ? "—" : p.lineId());
        StringBuilder seen = new StringBuilder(p.seen());
        if (!p.requirement().isEmpty()) {
            seen.append('\n').append(texts.get("report.requirement", p.requirement()));
        }
        if (p.deadline() != null) {
            seen.append('\n').append(texts.get("report.deadline", p.deadline().toString()));
        }
        row.put("seen", seen.toString());
        List<String> done = new ArrayList<>();
        for (Measure m : listed.measures()) {
            done.add(texts.get("report.measure", String.valueOf(m.id()), m.text(), texts.owner(m),
                    m.deadline().toString(), texts.status(m, asOf)) + "\n" + texts.get("report.evidence",
                    texts.evidence(m).replace("\n", "；")));
        }
        row.put("done", done.isEmpty() ? texts.get("list.noMeasure") : String.join("\n", done));
        String state = service.messages().of(listed.state());
        row.put("state", listed.overdue(asOf).isEmpty() ? state : texts.get("report.stateOverdue", state));
        return row;
    }

    private String counts(List<ListedProblem> problems, LocalDate asOf) {
        long verified = problems.stream().filter(p -> p.state() == ListedProblem.State.VERIFIED).count();
        long done = problems.stream().filter(p -> p.state() == ListedProblem.State.DONE).count();
        return texts.get("report.counts", problems.size(), verified, done, problems.size() - verified - done,
                ProblemPrints.overdue(problems, asOf), asOf.toString());
    }

    private Map<String, Object> section(String section) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("section", section);
        row.put("sectionTitle", texts.get("report.section." + section));
        return row;
    }

    private void info(List<Map<String, Object>> rows, String label, String value) {
        Map<String, Object> row = section("info");
        row.put("kind", "info");
        row.put("label", label);
        row.put("value", value == null || value.isBlank() ? "—" : value);
        rows.add(row);
    }
}
