package org.nineones.service.problems;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * 整改清单 ({@code rectification-list}, A4 landscape): every problem of the list with its measures — source, line,
 * what was seen, the requirement, each measure with its owner, deadline, status (overdue marked, on the request's
 * day) and evidence — a problem without a measure on one row saying so; the counts at the top.
 */
public final class RectificationList implements RecordPrint {

    public static final String KEY = "rectification-list";
    static final String TEMPLATE = "rectification-list";

    private final ProblemService service;
    private final ProblemPrints texts;

    public RectificationList(ProblemService service) {
        this.service = service;
        this.texts = new ProblemPrints(service.messages());
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "problems.print.list.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        progress.update(0, 1, service.messages().get("problems.progress.collecting"));
        List<ListedProblem> problems = service.list(workspace);
        if (problems.isEmpty()) {
            throw PrintException.nothing(texts.get("list.nothing"));
        }
        String enterprise = workspace.read(store -> store.enterprise().get().name());
        List<Map<String, Object>> rows = new ArrayList<>();
        int measures = 0;
        int no = 0;
        for (ListedProblem listed : problems) {
            Problem p = listed.problem();
            no++;
            if (listed.measures().isEmpty()) {
                Map<String, Object> row = problemRow(no, p);
                row.put("measure", texts.get("list.noMeasure"));
                rows.add(row);
                continue;
            }
            boolean first = true;
            for (Measure m : listed.measures()) {
                Map<String, Object> row = first ? problemRow(no, p) : new LinkedHashMap<>();
                row.put("problem", String.valueOf(p.id()));
                row.put("measure", "#" + m.id() + " " + m.text());
                row.put("owner", texts.owner(m));
                row.put("deadline", m.deadline().toString());
                row.put("status", texts.status(m, asOf));
                row.put("evidence", texts.evidence(m));
                rows.add(row);
                measures++;
                first = false;
            }
        }
        String title = texts.get("list.title");
        Map<String, Object> p = texts.parameters(title, enterprise, asOf);
        p.put("SUMMARY", texts.get("list.summary", asOf.toString(), problems.size(), measures,
                ProblemPrints.overdue(problems, asOf)));
        for (String column : List.of("no", "source", "line", "seen", "requirement", "measure", "owner", "deadline",
                "status", "evidence")) {
            p.put("L_" + column.toUpperCase(java.util.Locale.ROOT), texts.get("col." + column));
        }
        return texts.write(new ReportRequest(TEMPLATE, rows, p, enterprise + " " + title + " " + asOf), measures,
                target, progress);
    }

    private Map<String, Object> problemRow(int no, Problem p) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("problem", String.valueOf(p.id()));
        row.put("no", String.valueOf(no));
        row.put("source", texts.source(p));
        row.put("line", p.lineId());
        row.put("seen", p.seen());
        row.put("requirement", p.deadline() == null ? p.requirement()
                : texts.get("requirementBy", p.requirement(), p.deadline().toString()));
        return row;
    }
}
