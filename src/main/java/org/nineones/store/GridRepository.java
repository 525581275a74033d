package org.nineones.store;

import static org.nineones.store.jooq.Tables.DISPATCH_PHOTO;
import static org.nineones.store.jooq.Tables.DISPATCH_REPORT;
import static org.nineones.store.jooq.Tables.GRID_AREA;
import static org.nineones.store.jooq.Tables.GRID_AREA_ORG_UNIT;
import static org.nineones.store.jooq.Tables.GRID_AREA_POST;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.nineones.model.RiskLevel;
import org.nineones.model.grids.DispatchReport;
import org.nineones.model.grids.GridArea;
import org.nineones.store.jooq.tables.records.DispatchReportRecord;
import org.nineones.store.jooq.tables.records.GridAreaRecord;

/**
 * The enterprise's grid (issue 15, V11): responsibility areas with their org units and posts, edited in place (the
 * service writes the audit entries), and the monthly dispatch's reports with their photos, final once written.
 */
public final class GridRepository {

    private final DSLContext dsl;
    private final String actor;

    GridRepository(DSLContext dsl, String actor) {
        this.dsl = dsl;
        this.actor = actor;
    }

    // ---- areas

    /** Every area, parents before their children, then by sort order and id. */
    public List<GridArea> areas() {
        Map<Long, List<Long>> units = links(true);
        Map<Long, List<Long>> posts = links(false);
        List<GridArea> all = dsl.selectFrom(GRID_AREA).orderBy(GRID_AREA.SORT_ORDER, GRID_AREA.ID)
                .fetch(r -> toModel(r, units, posts));
        List<GridArea> ordered = new ArrayList<>();
        addChildren(null, all, ordered);
        return ordered;
    }

    public Optional<GridArea> area(long id) {
        return areas().stream().filter(a -> a.id() == id).findFirst();
    }

    /** Inserts an area with its org units and posts; returns it with its id. */
    public GridArea insert(GridArea area) {
        GridAreaRecord r = dsl.newRecord(GRID_AREA);
        set(r, area);
        r.insert();
        GridArea added = area.withId(Ids.lastInserted(dsl));
        link(added);
        return added;
    }

    /** Writes an area's fields, org units and posts as given. */
    public void update(GridArea area) {
        GridAreaRecord r = dsl.fetchOne(GRID_AREA, GRID_AREA.ID.eq(area.id().intValue()));
        if (r == null) {
            throw new IllegalArgumentException("no grid area " + area.id());
        }
        set(r, area);
        r.update();
        dsl.deleteFrom(GRID_AREA_ORG_UNIT).where(GRID_AREA_ORG_UNIT.AREA_ID.eq(area.id().intValue())).execute();
        dsl.deleteFrom(GRID_AREA_POST).where(GRID_AREA_POST.AREA_ID.eq(area.id().intValue())).execute();
        link(area);
    }

    /** True when the area has no sub-areas and no dispatch reports, and so can be deleted. */
    public boolean isDeletable(long id) {
        return !dsl.fetchExists(GRID_AREA, GRID_AREA.PARENT_ID.eq((int) id))
                && !dsl.fetchExists(DISPATCH_REPORT, DISPATCH_REPORT.AREA_ID.eq((int) id));
    }

    public void delete(long id) {
        dsl.deleteFrom(GRID_AREA).where(GRID_AREA.ID.eq((int) id)).execute();
    }

    // ---- the monthly dispatch

    /** Writes a report and its photos (attachments kept already); returns it with its id. */
    public DispatchReport insertReport(DispatchReport report) {
        DispatchReportRecord r = dsl.newRecord(DISPATCH_REPORT);
        r.setAreaId((int) report.areaId());
        r.setMonth(report.month().toString());
        r.setCheckedOn(report.checkedOn().toString());
        r.setCheckedBy(report.checkedBy());
        r.setFound(report.found());
        r.setDone(report.done());
        r.setSettled(report.settled() ? 1 : 0);
        r.setProblemId(report.problemId() == null ? null : report.problemId().intValue());
        r.setRecordedBy(actor);
        r.insert();
        long id = Ids.lastInserted(dsl);
        int position = 1;
        for (Long photo : report.photoIds()) {
            dsl.insertInto(DISPATCH_PHOTO).set(DISPATCH_PHOTO.REPORT_ID, (int) id)
                    .set(DISPATCH_PHOTO.POSITION, position++).set(DISPATCH_PHOTO.ATTACHMENT_ID, photo.intValue())
                    .execute();
        }
        return reports(null).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }

    /** The reports of a month ({@code null}: every month), by month then area. */
    public List<DispatchReport> reports(YearMonth month) {
        Map<Long, List<Long>> photos = new LinkedHashMap<>();
        dsl.selectFrom(DISPATCH_PHOTO).orderBy(DISPATCH_PHOTO.REPORT_ID, DISPATCH_PHOTO.POSITION)
                .forEach(p -> photos.computeIfAbsent(p.getReportId().longValue(), k -> new ArrayList<>())
                        .add(p.getAttachmentId().longValue()));
        var query = dsl.selectFrom(DISPATCH_REPORT);
        var rows = month == null ? query.orderBy(DISPATCH_REPORT.MONTH, DISPATCH_REPORT.AREA_ID).fetch()
                : query.where(DISPATCH_REPORT.MONTH.eq(month.toString())).orderBy(DISPATCH_REPORT.AREA_ID).fetch();
        return rows.map(r -> new DispatchReport(r.getId().longValue(), r.getAreaId().longValue(),
                YearMonth.parse(r.getMonth()), LocalDate.parse(r.getCheckedOn()), r.getCheckedBy(), r.getFound(),
                r.getDone(), r.getSettled() == 1, r.getProblemId() == null ? null : r.getProblemId().longValue(),
                photos.getOrDefault(r.getId().longValue(), List.of()), r.getRecordedBy(), r.getRecordedAt()));
    }

    /** The report of an area for a month, if there is one. */
    public Optional<DispatchReport> report(long areaId, YearMonth month) {
        return reports(month).stream().filter(r -> r.areaId() == areaId).findFirst();
    }

    // ----

    private Map<Long, List<Long>> links(boolean units) {
        Map<Long, List<Long>> map = new LinkedHashMap<>();
        if (units) {
            dsl.selectFrom(GRID_AREA_ORG_UNIT).orderBy(GRID_AREA_ORG_UNIT.ORG_UNIT_ID).forEach(l ->
                    map.computeIfAbsent(l.getAreaId().longValue(), k -> new ArrayList<>())
                            .add(l.getOrgUnitId().longValue()));
        } else {
            dsl.selectFrom(GRID_AREA_POST).orderBy(GRID_AREA_POST.POST_ID).forEach(l ->
                    map.computeIfAbsent(l.getAreaId().longValue(), k -> new ArrayList<>())
                            .add(l.getPostId().longValue()));
        }
        return map;
    }

    private void link(GridArea area) {
        int id = area.id().intValue();
        for (Long unit : area.orgUnitIds()) {
            dsl.insertInto(GRID_AREA_ORG_UNIT).set(GRID_AREA_ORG_UNIT.AREA_ID, id)
                    .set(GRID_AREA_ORG_UNIT.ORG_UNIT_ID, unit.intValue()).onConflictDoNothing().execute();
        }
        for (Long post : area.postIds()) {
            dsl.insertInto(GRID_AREA_POST).set(GRID_AREA_POST.AREA_ID, id)
                    .set(GRID_AREA_POST.POST_ID, post.intValue()).onConflictDoNothing().execute();
        }
    }

    private static void set(GridAreaRecord r, GridArea a) {
        r.setParentId(a.parentId() == null ? null : a.parentId().intValue());
        r.setName(a.name());
        r.setLocation(a.location());
        r.setRiskLevel(a.riskOverride() == null ? null : a.riskOverride().name());
        r.setRiskReason(a.riskReason());
        r.setSupervisorId(a.supervisorId() == null ? null : a.supervisorId().intValue());
        r.setResponsibleId(a.responsibleId() == null ? null : a.responsibleId().intValue());
        r.setGridInspectorId(a.gridInspectorId() == null ? null : a.gridInspectorId().intValue());
        r.setSortOrder(a.sortOrder());
    }

    private static GridArea toModel(GridAreaRecord r, Map<Long, List<Long>> units, Map<Long, List<Long>> posts) {
        long id = r.getId().longValue();
        return new GridArea(id, r.getParentId() == null ? null : r.getParentId().longValue(), r.getName(),
                r.getLocation(), r.getRiskLevel() == null ? null : RiskLevel.valueOf(r.getRiskLevel()),
                r.getRiskReason(), longOrNull(r.getSupervisorId()), longOrNull(r.getResponsibleId()),
                longOrNull(r.getGridInspectorId()), r.getSortOrder(), units.getOrDefault(id, List.of()),
                posts.getOrDefault(id, List.of()));
    }

    private static Long longOrNull(Integer i) {
        return i == null ? null : i.longValue();
    }

    private static void addChildren(Long parent, List<GridArea> all, List<GridArea> into) {
        for (GridArea a : all) {
            if (java.util.Objects.equals(a.parentId(), parent)) {
                into.add(a);
                addChildren(a.id(), all, into);
            }
        }
    }
}
