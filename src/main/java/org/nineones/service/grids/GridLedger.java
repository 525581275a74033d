package org.nineones.service.grids;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nineones.excel.LedgerColumn;
import org.nineones.excel.SheetRow;
import org.nineones.excel.content.RowProblem;
import org.nineones.model.Employee;
import org.nineones.model.OrgPaths;
import org.nineones.model.RiskLevel;
import org.nineones.model.TextNormaliser;
import org.nineones.model.grids.GridArea;
import org.nineones.model.grids.GridRules;
import org.nineones.service.Progress;
import org.nineones.service.ledger.ImportPreview;
import org.nineones.service.ledger.LedgerException;
import org.nineones.service.ledger.LedgerImportResult;
import org.nineones.service.ledger.LedgerTable;
import org.nineones.service.ledger.PersonMatcher;
import org.nineones.service.ledger.SheetLedger;
import org.nineones.store.Store;
import org.nineones.store.Workspace;

/**
 * The grid as a spreadsheet ({@code grid}, 网格划分表), one row per area, parents first: its path from the enterprise
 * (企业/罐区/1号罐组, which is how a row names its area), location, risk level set by hand (blank: from its posts) with
 * the reason, the three people by name and employee number, the org units and posts that work there as paths joined
 * by 、. Import, through the ledger kit: every row is checked — by {@link GridCheck}, against the grid as the rows
 * above leave it — before anything is written; a row whose path is new adds the area, one whose path exists changes
 * it, areas the sheet does not name are left alone (moving and renaming are done in the window). Rows in error are
 * named and nothing is written; the rest then goes in one transaction. The export read back changes nothing.
 */
final class GridLedger extends SheetLedger<GridLedger.Step> {

    static final String KEY = "grid";
    static final int MAX_DATA_ROWS = 5_000;
    /** What separates several org units or posts in one cell. */
    static final String LIST_SEPARATOR = "、";

    static final LedgerColumn PATH = LedgerColumn.of("path", 30, "层级路径", "网格路径", "网格", "path");
    static final LedgerColumn LOCATION = LedgerColumn.of("location", 24, "位置", "地点", "所在位置", "location");
    static final LedgerColumn RISK = LedgerColumn.of("risk", 10, "风险等级", "风险级别", "risk level");
    static final LedgerColumn RISK_REASON = LedgerColumn.of("riskReason", 24, "风险等级理由", "风险等级调整理由",
            "理由", "reason");
    static final LedgerColumn SUPERVISOR = LedgerColumn.of("supervisor", 10, "分管责任人", "supervisor");
    static final LedgerColumn SUPERVISOR_NUMBER = LedgerColumn.of("supervisorNumber", 10, "分管责任人工号",
            "supervisor number");
    static final LedgerColumn RESPONSIBLE = LedgerColumn.of("responsible", 10, "具体责任人", "responsible");
    static final LedgerColumn RESPONSIBLE_NUMBER = LedgerColumn.of("responsibleNumber", 10, "具体责任人工号",
            "responsible number");
    static final LedgerColumn INSPECTOR = LedgerColumn.of("gridInspector", 10, "网格员", "grid inspector");
    static final LedgerColumn INSPECTOR_NUMBER = LedgerColumn.of("gridInspectorNumber", 10, "网格员工号",
            "grid inspector number");
    static final LedgerColumn UNITS = LedgerColumn.of("orgUnits", 30, "所含组织机构", "组织机构", "所含部门",
            "org units");
    static final LedgerColumn POSTS = LedgerColumn.of("posts", 40, "所含岗位", "岗位", "posts");
    static final List<LedgerColumn> COLUMNS = List.of(PATH, LOCATION, RISK, RISK_REASON, SUPERVISOR,
            SUPERVISOR_NUMBER, RESPONSIBLE, RESPONSIBLE_NUMBER, INSPECTOR, INSPECTOR_NUMBER, UNITS, POSTS);

    /** One area to write: {@code before} as stored ({@code null}: new, known to later steps by its negative id). */
    record Step(int row, GridArea before, GridArea area, String line) {
    }

    GridLedger(GridService service) {
        super(service.messages(), KEY, "grids.ledger.title", COLUMNS, MAX_DATA_ROWS, "grids.column.");
    }

    /** The grid is the enterprise's own structure, not a record of the acceptance package. */
    @Override
    public boolean packaged() {
        return false;
    }

    @Override
    public ImportPreview<Step> preview(Workspace workspace, Path file, Progress progress) throws LedgerException {
        LedgerTable t = read(file, progress);
        require(file, t, List.of(PATH), List.of());
        progress.checkCancelled();
        ImportPreview<Step> preview = workspace.read(store -> new Check(store, t).run());
        progress.update(2, 2, messages.get("grids.progress.checked", preview.rows(), preview.invalidRows()));
        return preview;
    }

    /** The checks of the whole sheet against the grid, parents' rows before their children's. */
    private final class Check {
        private final LedgerTable t;
        private final GridCheck grid;
        private final Names names;
        private final PersonMatcher people;
        private final Map<String, GridArea> byPath = new HashMap<>();
        private final Map<String, Integer> rowOfPath = new HashMap<>();
        private final List<RowProblem> errors = new ArrayList<>();
        private final List<Step> steps = new ArrayList<>();
        private int unchanged;
        private long newIds;

        Check(Store store, LedgerTable t) {
            this.t = t;
            this.grid = new GridCheck(messages, store);
            this.names = new Names(store);
            this.people = PersonMatcher.of(messages, grid.employees().values());
            GridService.paths(grid.areas()).forEach((id, path) -> byPath.put(key(path), grid.find(id)));
        }

        ImportPreview<Step> run() {
            List<SheetRow> rows = new ArrayList<>(t.table().rows());
            rows.sort(Comparator.comparingInt(r -> OrgPaths.parts(t.text(r, PATH)).size()));
            for (SheetRow row : rows) {
                List<RowProblem> found = new ArrayList<>();
                row(row, found);
                errors.addAll(found);
            }
            // the steps stay parents first, for the write to know each new parent's id before its children
            errors.sort(Comparator.comparingInt(RowProblem::row));
            return new ImportPreview<>(KEY, t.table(), errors, steps, Step::line, unchanged);
        }

        private void row(SheetRow row, List<RowProblem> found) {
            List<String> parts = OrgPaths.parts(t.text(row, PATH));
            String path = String.join(GridService.PATH_SEPARATOR, parts);
            if (parts.isEmpty()) {
                found.add(t.problem(row, PATH, messages.get("grids.import.noPath")));
                return;
            }
            if (parts.size() > GridRules.MAX_LEVEL) {
                found.add(t.problem(row, PATH, messages.get("grids.import.tooDeep", path, parts.size())));
                return;
            }
            Integer first = rowOfPath.putIfAbsent(path, row.rowNumber());
            if (first != null) {
                found.add(t.problem(row, PATH, messages.get("grids.import.twice", Math.min(first, row.rowNumber()),
                        path)));
                return;
            }
            Long parentId = null;
            if (parts.size() > 1) {
                String parentPath = String.join(GridService.PATH_SEPARATOR, parts.subList(0, parts.size() - 1));
                GridArea parent = byPath.get(parentPath);
                if (parent == null) {
                    found.add(t.problem(row, PATH, messages.get("grids.import.unknownParent", parentPath)));
                    return;
                }
                parentId = parent.id();
            }
            GridArea before = byPath.get(path);
            RiskLevel risk = risk(row, found);
            Long supervisor = person(row, SUPERVISOR, SUPERVISOR_NUMBER, found);
            Long responsible = person(row, RESPONSIBLE, RESPONSIBLE_NUMBER, found);
            Long inspector = person(row, INSPECTOR, INSPECTOR_NUMBER, found);
            List<Long> units = names.units(t, row, UNITS, found);
            List<Long> posts = names.posts(t, row, POSTS, found);
            if (!found.isEmpty()) {
                return;
            }
            GridArea area = GridService.clean(new GridArea(before == null ? -(++newIds) : before.id(), parentId,
                    before == null ? parts.get(parts.size() - 1) : before.name(), t.text(row, LOCATION), risk, t.text(row, RISK_REASON), supervisor,
                    responsible, inspector, before == null ? GridService.siblings(grid, parentId, null)
                    : before.sortOrder(), units, posts), before == null ? -newIds : before.id());
            if (area.equals(before)) {
                unchanged++;
                return;
            }
            try {
                grid.check(area, before);
            } catch (GridException e) {
                found.add(t.problem(row, column(e.field()), e.getMessage()));
                return;
            }
            grid.put(area);
            byPath.put(path, area);
            steps.add(new Step(row.rowNumber(), before, area, before == null
                    ? messages.get("grids.import.lineNew", row.rowNumber(), path)
                    : messages.get("grids.import.lineChanged", row.rowNumber(), path, changed(before, area))));
        }

        private RiskLevel risk(SheetRow row, List<RowProblem> found) {
            String text = t.text(row, RISK);
            if (text.isEmpty()) {
                return null;
            }
            for (RiskLevel level : RiskLevel.values()) {
                String name = messages.of(level);
                if (name.equals(text) || name.replace("风险", "").equals(text) || level.name().equalsIgnoreCase(text)) {
                    return level;
                }
            }
            found.add(t.problem(row, RISK, messages.get("grids.import.badRisk", text, String.join("、",
                    Arrays.stream(RiskLevel.values()).map(messages::of).toList()))));
            return null;
        }

        private Long person(SheetRow row, LedgerColumn name, LedgerColumn number, List<RowProblem> found) {
            if (t.blank(row, name) && t.blank(row, number)) {
                return null;
            }
            PersonMatcher.Match m = people.find("", t.text(row, number), t.text(row, name));
            if (!m.found()) {
                found.add(t.problem(row, m.field() == PersonMatcher.Field.EMPLOYEE_NUMBER && t.has(number) ? number
                        : name, m.problem()));
                return null;
            }
            return m.person().id();
        }

        /** The headers of the columns a change touches, joined by 、. */
        private String changed(GridArea before, GridArea after) {
            List<LedgerColumn> columns = new ArrayList<>();
            if (!before.location().equals(after.location())) {
                columns.add(LOCATION);
            }
            if (before.riskOverride() != after.riskOverride() || !before.riskReason().equals(after.riskReason())) {
                columns.add(RISK);
            }
            if (!java.util.Objects.equals(before.supervisorId(), after.supervisorId())) {
                columns.add(SUPERVISOR);
            }
            if (!java.util.Objects.equals(before.responsibleId(), after.responsibleId())) {
                columns.add(RESPONSIBLE);
            }
            if (!java.util.Objects.equals(before.gridInspectorId(), after.gridInspectorId())) {
                columns.add(INSPECTOR);
            }
            if (!before.orgUnitIds().equals(after.orgUnitIds())) {
                columns.add(UNITS);
            }
            if (!before.postIds().equals(after.postIds())) {
                columns.add(POSTS);
            }
            return String.join("、", columns.stream().map(GridLedger.this::header).toList());
        }
    }

    /** A path as rows are matched by: its names without spaces of any kind, joined by the separator. */
    private static String key(String path) {
        return String.join(GridService.PATH_SEPARATOR, OrgPaths.parts(path));
    }

    /** The column of the sheet a refusal of {@link GridCheck} is about. */
    private static LedgerColumn column(GridException.Field field) {
        return switch (field) {
            case SUPERVISOR -> SUPERVISOR;
            case RESPONSIBLE -> RESPONSIBLE;
            case GRID_INSPECTOR -> INSPECTOR;
            case RISK -> RISK_REASON;
            case ORG_UNITS -> UNITS;
            case POSTS -> POSTS;
            case NAME, PARENT, AREA -> PATH;
        };
    }

    @Override
    protected LedgerImportResult write(Workspace workspace, ImportPreview<Step> p, boolean skipInvalid,
                                       Progress progress) {
        if (p.items().isEmpty()) {
            return new LedgerImportResult(0, p.invalidRows());
        }
        progress.update(0, 1, messages.get("grids.progress.saving"));
        int written = workspace.write(store -> {
            // checked again against the grid as it is now: nothing is written unless every row still passes
            GridCheck grid = new GridCheck(messages, store);
            Map<Long, Long> ids = new HashMap<>();
            for (Step s : p.items()) {
                GridArea a = s.area();
                Long parent = a.parentId() != null && a.parentId() < 0 ? ids.get(a.parentId()) : a.parentId();
                if (s.before() == null) {
                    GridArea fresh = GridService.withSortOrder(GridService.clean(withParent(a, parent), null),
                            GridService.siblings(grid, parent, null));
                    grid.check(fresh, null);
                    GridArea added = GridService.insert(store, fresh, grid.areas());
                    ids.put(a.id(), added.id());
                    grid.put(added);
                } else {
                    GridArea stored = grid.find(a.id());
                    GridArea now = withParent(a, parent);
                    grid.check(now, stored);
                    GridService.save(store, stored, now, grid.areas());
                    grid.put(now);
                }
            }
            store.audit().record("import", GridService.AREA, null, messages.get("grids.audit.import",
                    name(p.table().file()), p.items().size(), p.invalidRows()));
            return p.items().size();
        });
        return new LedgerImportResult(written, p.invalidRows());
    }

    private static GridArea withParent(GridArea a, Long parent) {
        return new GridArea(a.id(), parent, a.name(), a.location(), a.riskOverride(), a.riskReason(),
                a.supervisorId(), a.responsibleId(), a.gridInspectorId(), a.sortOrder(), a.orgUnitIds(), a.postIds());
    }

    @Override
    public int export(Workspace workspace, Path target, Progress progress) throws LedgerException {
        progress.update(0, 2, messages.get("grids.progress.collecting"));
        record Export(List<List<Object>> rows, String enterprise) {
        }
        Export data = workspace.read(store -> {
            Names names = new Names(store);
            List<List<Object>> rows = new ArrayList<>();
            for (ListedArea l : GridService.list(store)) {
                GridArea a = l.area();
                rows.add(Arrays.asList(l.path(), a.location(), a.riskOverride() == null ? null
                        : messages.of(a.riskOverride()), a.riskReason(), name(l.supervisor()), number(l.supervisor()),
                        name(l.responsible()), number(l.responsible()), name(l.gridInspector()),
                        number(l.gridInspector()), names.unitPaths(a.orgUnitIds()), names.postPaths(a.postIds())));
            }
            return new Export(rows, store.enterprise().get().name());
        });
        progress.checkCancelled();
        progress.update(1, 2, messages.get("grids.progress.writing", name(target)));
        int written = writeSheet(target, messages.get("grids.ledger.sheet"),
                messages.get("grids.ledger.sheetTitle", data.enterprise()), COLUMNS, data.rows());
        progress.update(2, 2, messages.get("grids.progress.written", name(target)));
        return written;
    }

    private static String name(Employee e) {
        return e == null ? null : e.name();
    }

    private static String number(Employee e) {
        return e == null || e.employeeNumber() == null || e.employeeNumber().isEmpty() ? null : e.employeeNumber();
    }

    /** Org units and posts by their paths in the org tree (生产部/一车间, 生产部/一车间/操作工), both ways. */
    private final class Names {
        private final Map<Long, String> unitPath = new HashMap<>();
        private final Map<String, Long> unitByPath = new HashMap<>();
        private final Map<Long, String> postPath = new HashMap<>();
        private final Map<String, Long> postByPath = new HashMap<>();
        private String company = "";

        Names(Store store) {
            var units = store.orgUnits().all();
            OrgPaths.printed(units).forEach((id, printed) -> {
                String key = String.join(GridService.PATH_SEPARATOR, OrgPaths.parts(printed));
                unitPath.put(id, key);
                unitByPath.put(key, id);
            });
            units.stream().filter(u -> u.parentId() == null).findFirst().ifPresent(u -> company = u.name());
            store.posts().all().forEach(p -> {
                String path = unitPath.get(p.orgUnitId()) + GridService.PATH_SEPARATOR + p.name();
                postPath.put(p.id(), path);
                postByPath.put(key(path), p.id());
            });
        }

        String unitPaths(List<Long> ids) {
            return ids.isEmpty() ? null : String.join(LIST_SEPARATOR, ids.stream().map(unitPath::get).toList());
        }

        String postPaths(List<Long> ids) {
            return ids.isEmpty() ? null : String.join(LIST_SEPARATOR, ids.stream().map(postPath::get).toList());
        }

        List<Long> units(LedgerTable t, SheetRow row, LedgerColumn column, List<RowProblem> found) {
            return lookUp(t, row, column, unitByPath, "grids.import.unknownUnit", found);
        }

        List<Long> posts(LedgerTable t, SheetRow row, LedgerColumn column, List<RowProblem> found) {
            return lookUp(t, row, column, postByPath, "grids.import.unknownPost", found);
        }

        /** Each path of the cell (split at 、，,；; or a line end), written with or without the company's name first. */
        private List<Long> lookUp(LedgerTable t, SheetRow row, LedgerColumn column, Map<String, Long> byPath,
                                  String unknownKey, List<RowProblem> found) {
            List<Long> ids = new ArrayList<>();
            for (String item : t.text(row, column).split("[、，,；;\\n]")) {
                List<String> parts = OrgPaths.parts(item);
                if (parts.isEmpty()) {
                    continue;
                }
                Long id = byPath.get(String.join(GridService.PATH_SEPARATOR, parts));
                if (id == null && parts.size() > 1 && parts.get(0).equals(TextNormaliser.strip(company))) {
                    id = byPath.get(String.join(GridService.PATH_SEPARATOR, parts.subList(1, parts.size())));
                }
                if (id == null) {
                    found.add(t.problem(row, column, messages.get(unknownKey, item.strip())));
                } else {
                    ids.add(id);
                }
            }
            return ids;
        }
    }
}
