package org.nineones.service.grids;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nineones.model.Employee;
import org.nineones.model.EmployeeStatus;
import org.nineones.model.Messages;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.report.ReportRequest;
import org.nineones.service.Progress;
import org.nineones.service.ledger.RecordPrint;
import org.nineones.service.ledger.RecordPrintRequest;
import org.nineones.service.ledger.RecordPrintResult;
import org.nineones.store.Workspace;

/**
 * 网格责任公示牌 ({@code grid-boards}): one page per area (every area, or the one {@code request.area} names), A4
 * portrait or, with {@code request.paper} A3, the same board enlarged. Large type, to be read from a distance: the
 * area's name and level path, a band in its risk colour with the level's name, both responsible persons with post
 * and phone (未落实 where a role is missing, {@link GridRules#missing}), the grid inspector, the enterprise's
 * emergency phone, and the main hazards of its posts' approved risk cards in force (each once, at most
 * {@value #HAZARDS}, then "…等 N 项").
 */
public final class GridBoards implements RecordPrint {

    public static final String KEY = "grid-boards";
    static final String TEMPLATE = "grid-board";
    /** Hazards a board lists; more are counted in a line below. */
    static final int HAZARDS = 8;

    private final GridPrints texts;

    public GridBoards(Messages messages) {
        this.texts = new GridPrints(messages);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String titleKey() {
        return "gridprints.board.title";
    }

    @Override
    public RecordPrintResult print(Workspace workspace, RecordPrintRequest request, Path target, Progress progress) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now() : request.asOf();
        GridPrints.Paper paper = texts.paper(request);
        progress.update(0, 1, texts.get("collecting"));
        GridSheet sheet = GridSheet.read(workspace, asOf);
        List<GridArea> areas = texts.selected(sheet, request);
        String emergency = texts.emergencyPhones(sheet);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (GridArea area : areas) {
            rows.add(board(sheet, area, emergency));
        }
        String title = texts.get("board.title");
        Map<String, Object> p = texts.parameters(title, sheet, asOf);
        for (String label : List.of("supervisor", "responsible", "inspector", "emergency", "hazards", "unstaffed")) {
            p.put("L_" + label.toUpperCase(Locale.ROOT), texts.get("board." + label));
        }
        String name = areas.size() == 1 ? " " + areas.get(0).name() : "";
        return texts.write(new ReportRequest(TEMPLATE, rows, p, sheet.enterprise().name() + " " + title + name),
                areas.size(), paper, target, progress);
    }

    private Map<String, Object> board(GridSheet sheet, GridArea area, String emergency) {
        Map<String, Object> row = new LinkedHashMap<>();
        RiskLevel level = sheet.riskLevel(area);
        int depth = sheet.level(area);
        row.put("name", area.name());
        row.put("path", String.join(" › ", sheet.path(area)) + "\u3000" + texts.levelName(depth));
        row.put("location", area.location().isEmpty() ? "" : texts.get("board.locationValue", area.location()));
        row.put("levelText", level == null && sheet.hasAreasBelow(area) ? texts.get("board.levelsBelow")
                : texts.level(level));
        row.put("colour", GridPrints.colour(level));
        row.put("textColour", GridPrints.textColour(level));
        List<GridRules.Role> missing = sheet.missing(area);
        row.put("unstaffed", !missing.isEmpty());
        person(row, "supervisor", sheet, area.supervisorId(), missing.contains(GridRules.Role.SUPERVISOR));
        person(row, "responsible", sheet, area.responsibleId(), missing.contains(GridRules.Role.RESPONSIBLE));
        Employee inspector = sheet.person(area.gridInspectorId());
        boolean inspectorThere = inspector != null && inspector.status() != EmployeeStatus.LEFT;
        person(row, "inspector", sheet, inspectorThere ? area.gridInspectorId() : null, false);
        if (!inspectorThere) {
            row.put("inspectorName", texts.get("board.noInspector"));
        }
        row.put("emergency", emergency);
        hazards(row, sheet, area);
        List<String> units = sheet.unitLabels(area);
        List<String> posts = sheet.postLabels(area);
        row.put("scope", texts.get("board.scope", units.isEmpty() ? "—" : String.join("、", units),
                posts.isEmpty() ? "—" : String.join("；", posts)));
        return row;
    }

    private void person(Map<String, Object> row, String role, GridSheet sheet, Long id, boolean missing) {
        Employee e = sheet.person(id);
        row.put(role + "Missing", missing);
        if (missing) {
            row.put(role + "Name", texts.get("board.unstaffed"));
            row.put(role + "Post", e != null && e.status() == EmployeeStatus.LEFT
                    ? texts.get("board.left", e.name()) : texts.get("board.notNamed"));
            row.put(role + "Phone", "");
            return;
        }
        if (e == null) {
            row.put(role + "Name", "");
            row.put(role + "Post", "");
            row.put(role + "Phone", "");
            return;
        }
        row.put(role + "Name", e.name());
        row.put(role + "Post", sheet.postWithUnit(e));
        row.put(role + "Phone", e.phone() == null || e.phone().isBlank() ? texts.get("board.noPhone") : e.phone());
    }

    private void hazards(Map<String, Object> row, GridSheet sheet, GridArea area) {
        List<String> all = sheet.hazards(area);
        List<String> shown = all.subList(0, Math.min(HAZARDS, all.size()));
        int half = (shown.size() + 1) / 2;
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 0; i < shown.size(); i++) {
            StringBuilder column = i < half ? left : right;
            if (!column.isEmpty()) {
                column.append('\n');
            }
            column.append(i + 1).append(". ").append(shown.get(i));
        }
        row.put("hazardsLeft", all.isEmpty() ? texts.get("board.noHazards") : left.toString());
        row.put("hazardsRight", right.toString());
        // both columns in one size: the large one when each column fits it, else the smaller
        row.put("hazardsSmall", !texts.fits(TEMPLATE, "hazardsLeft", left.toString())
                || !texts.fits(TEMPLATE, "hazardsRight", right.toString()));
        List<String> notes = new ArrayList<>();
        if (all.size() > HAZARDS) {
            notes.add(texts.get("board.moreHazards", all.size()));
        }
        if (!all.isEmpty() && sheet.hazardsFromBelow(area)) {
            notes.add(texts.get("board.hazardsFromBelow"));
        }
        if (!all.isEmpty()) {
            notes.add(texts.get("board.hazardsSource"));
        }
        row.put("hazardsNote", String.join("\u3000", notes));
    }
}
