package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.Post;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.report.ReportRequest;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.service.print.PrintException;
import org.nineones.store.Workspace;

/**
 * 网格图 ({@code grid-map}, A4 landscape): the whole grid as an indented table, parents before their areas — level,
 * location, risk level in its colour, both responsible persons and the grid inspector with post and phone, the org
 * units and posts, and what is not in place (未落实, {@link GridRules#missing}); the counts at the top.
 */
public final class GridMap implements RecordPrint {

    public static final String KEY = "grid-map";
    static final String TEMPLATE = "grid-map";

    private final GridPrints texts;

    public GridMap(Messages messages) {
        this.texts = new GridPrints(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "gridprints.map.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        progress.update(0, 1, texts.get("collecting"));
        GridSheet sheet = GridSheet.read(workspace, asOf);
        if (sheet.areas().isEmpty()) {
            throw PrintException.nothing(texts.get("noAreas"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int unstaffed = 0;
        int major = 0;
        for (GridArea area : sheet.areas()) {
            Map<String, Object> row = row(sheet, area);
            unstaffed += Boolean.TRUE.equals(row.get("gap")) ? 1 : 0;
            major += sheet.riskLevel(area) == RiskLevel.MAJOR ? 1 : 0;
            rows.add(row);
        }
        String title = texts.get("map.title");
        Map<String, Object> p = texts.parameters(title, sheet, asOf);
        p.put("SUMMARY", texts.get("map.summary", asOf.toString(), sheet.areas().size(), unstaffed, major));
        for (String column : List.of("area", "level", "location", "risk", "supervisor", "responsible", "inspector",
                "scope", "state")) {
            p.put("L_" + column.toUpperCase(Locale.ROOT), texts.get("map.col." + column));
        }
        return texts.write(new ReportRequest(TEMPLATE, rows, p, sheet.enterprise().name() + " " + title + " " + asOf),
                rows.size(), GridPrints.Paper.A4, target, progress);
    }

    private Map<String, Object> row(GridSheet sheet, GridArea area) {
        Map<String, Object> row = new LinkedHashMap<>();
        int level = sheet.level(area);
        RiskLevel risk = sheet.riskLevel(area);
        row.put("area", "\u3000\u3000".repeat(level - 1) + (level == 1 ? "" : "└ ") + area.name());
        row.put("top", level == 1);
        row.put("level", texts.levelName(level));
        row.put("location", area.location().isEmpty() ? "—" : area.location());
        row.put("risk", area.riskOverride() == null ? texts.level(risk) : texts.get("map.override", texts.level(risk),
                area.riskReason()));
        row.put("colour", GridPrints.colour(risk));
        row.put("textColour", GridPrints.textColour(risk));
        List<GridRules.Role> missing = sheet.missing(area);
        row.put("supervisor", person(sheet, area.supervisorId(), missing.contains(GridRules.Role.SUPERVISOR)));
        row.put("responsible", person(sheet, area.responsibleId(), missing.contains(GridRules.Role.RESPONSIBLE)));
        Employee inspector = sheet.person(area.gridInspectorId());
        row.put("inspector", inspector == null || inspector.status() == EmployeeStatus.LEFT
                ? texts.get("map.noInspector") : person(sheet, area.gridInspectorId(), false));
        List<String> units = sheet.unitLabels(area);
        List<String> posts = area.postIds().stream().map(sheet.posts()::get).filter(Objects::nonNull)
                .map(Post::name).distinct().toList();
        row.put("scope", texts.get("map.scope", units.isEmpty() ? "—" : String.join("、", units),
                posts.isEmpty() ? "—" : String.join("、", posts)));
        row.put("gap", !missing.isEmpty());
        row.put("supervisorGap", missing.contains(GridRules.Role.SUPERVISOR));
        row.put("responsibleGap", missing.contains(GridRules.Role.RESPONSIBLE));
        row.put("state", missing.isEmpty() ? texts.get("map.staffed") : texts.get("map.unstaffed",
                String.join("、", missing.stream().map(r -> texts.get("role." + r.name())).toList())));
        return row;
    }

    /** 张三（车间主任）and the phone below; 未落实 with why when the role is missing. */
    private String person(GridSheet sheet, Long id, boolean missing) {
        Employee e = sheet.person(id);
        if (missing) {
            return e != null && e.status() == EmployeeStatus.LEFT ? texts.get("board.unstaffed") + "\n"
                    + texts.get("board.left", e.name()) : texts.get("board.unstaffed");
        }
        if (e == null) {
            return "—";
        }
        String post = sheet.postName(e);
        String name = post.isEmpty() ? e.name() : e.name() + "（" + post + "）";
        return e.phone() == null || e.phone().isBlank() ? name : name + "\n" + e.phone();
    }
}
