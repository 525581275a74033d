-- Issue 15: grid management (网格化管理, seed 001). The enterprise is divided into responsibility areas (网格) in up to
-- three levels: the enterprise itself as level one, then areas (a tank farm, a workshop, a warehouse, a loading bay),
-- then sub-areas. Every area names one supervising responsible person (分管责任人) and one specific responsible person
-- (具体责任人), two different employees, and optionally a grid inspector (网格员). Areas are the enterprise's
-- structure, like org units: edited in place, every change in the audit log. The monthly dispatch (每月调度) is a
-- record: one report per area and month, final once recorded; what it found and did not settle on the spot becomes a
-- problem of the problem list (V10), linked here.

CREATE TABLE grid_area (
    id                INTEGER PRIMARY KEY,
    -- NULL for the enterprise itself (level one); at most two levels below it (the service checks cycles too)
    parent_id         INTEGER REFERENCES grid_area (id) ON DELETE RESTRICT,
    name              TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    location          TEXT    NOT NULL DEFAULT '',
    -- NULL: the highest risk level of the area's posts; else set by hand, with the reason
    risk_level        TEXT    CHECK (risk_level IS NULL OR risk_level IN ('MAJOR', 'SIGNIFICANT', 'GENERAL', 'LOW')),
    risk_reason       TEXT    NOT NULL DEFAULT '',
    supervisor_id     INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
    responsible_id    INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
    grid_inspector_id INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
    sort_order        INTEGER NOT NULL DEFAULT 0,
    CHECK (supervisor_id IS NULL OR responsible_id IS NULL OR supervisor_id <> responsible_id),
    CHECK (risk_level IS NULL OR length(trim(risk_reason)) > 0),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE UNIQUE INDEX grid_area_name ON grid_area (ifnull(parent_id, 0), name);
CREATE INDEX grid_area_parent ON grid_area (parent_id);

-- No fourth level: an area's parent must itself sit at level one or two.
CREATE TRIGGER grid_area_three_levels_insert BEFORE INSERT ON grid_area
    WHEN NEW.parent_id IS NOT NULL AND (SELECT p2.parent_id FROM grid_area p1 JOIN grid_area p2 ON p2.id = p1.parent_id
                                        WHERE p1.id = NEW.parent_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'grid_area: an area has at most three levels');
END;
CREATE TRIGGER grid_area_three_levels_update BEFORE UPDATE OF parent_id ON grid_area
    WHEN NEW.parent_id IS NOT NULL AND (SELECT p2.parent_id FROM grid_area p1 JOIN grid_area p2 ON p2.id = p1.parent_id
                                        WHERE p1.id = NEW.parent_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'grid_area: an area has at most three levels');
END;

-- The org units and the posts that work in an area.
CREATE TABLE grid_area_org_unit (
    area_id     INTEGER NOT NULL REFERENCES grid_area (id) ON DELETE CASCADE,
    org_unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,
    PRIMARY KEY (area_id, org_unit_id)
);
CREATE TABLE grid_area_post (
    area_id INTEGER NOT NULL REFERENCES grid_area (id) ON DELETE CASCADE,
    post_id INTEGER NOT NULL REFERENCES post (id) ON DELETE RESTRICT,
    PRIMARY KEY (area_id, post_id)
);
CREATE INDEX grid_area_post_post ON grid_area_post (post_id);

-- The monthly dispatch: what an area's check of a month found and did. One report per area and month, final.
CREATE TABLE dispatch_report (
    id          INTEGER PRIMARY KEY,
    area_id     INTEGER NOT NULL REFERENCES grid_area (id) ON DELETE RESTRICT,
    month       TEXT    NOT NULL CHECK (length(month) = 7 AND substr(month, 5, 1) = '-'),
    checked_on  TEXT    NOT NULL CHECK (length(checked_on) = 10 AND substr(checked_on, 1, 7) = month),
    checked_by  TEXT    NOT NULL CHECK (length(trim(checked_by)) > 0),
    found       TEXT    NOT NULL DEFAULT '',
    done        TEXT    NOT NULL DEFAULT '',
    -- 1: what was found was settled on the spot; 0 with something found: it became the problem below
    settled     INTEGER NOT NULL DEFAULT 1 CHECK (settled IN (0, 1)),
    problem_id  INTEGER UNIQUE REFERENCES problem (id) ON DELETE RESTRICT,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (area_id, month),
    CHECK (settled = 1 OR length(trim(found)) > 0)
);
CREATE INDEX dispatch_report_month ON dispatch_report (month);
CREATE TRIGGER dispatch_report_is_final BEFORE UPDATE ON dispatch_report
BEGIN
    SELECT RAISE(ABORT, 'a dispatch report cannot be changed');
END;
CREATE TRIGGER dispatch_report_is_kept BEFORE DELETE ON dispatch_report
BEGIN
    SELECT RAISE(ABORT, 'a dispatch report cannot be deleted');
END;

CREATE TABLE dispatch_photo (
    report_id     INTEGER NOT NULL REFERENCES dispatch_report (id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL CHECK (position >= 1),
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE RESTRICT,
    PRIMARY KEY (report_id, position)
);
