-- The enterprise a workspace belongs to: exactly one row, id = 1.
CREATE TABLE enterprise (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    name            TEXT    NOT NULL,
    credit_code     TEXT    NOT NULL,
    industry        TEXT    NOT NULL DEFAULT '',
    high_risk       INTEGER NOT NULL DEFAULT 0 CHECK (high_risk IN (0, 1)),
    county          TEXT    NOT NULL DEFAULT '',
    address         TEXT    NOT NULL DEFAULT '',
    principal       TEXT    NOT NULL DEFAULT '',
    contact_phone   TEXT    NOT NULL DEFAULT '',
    emergency_phone TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- The org tree: company / department / workshop / team.
CREATE TABLE org_unit (
    id         INTEGER PRIMARY KEY,
    parent_id  INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL CHECK (kind IN ('COMPANY', 'DEPARTMENT', 'WORKSHOP', 'TEAM')),
    sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX org_unit_name_under_parent ON org_unit (ifnull(parent_id, 0), name);

CREATE TABLE post (
    id          INTEGER PRIMARY KEY,
    org_unit_id INTEGER NOT NULL REFERENCES org_unit (id) ON DELETE RESTRICT,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    category    TEXT    NOT NULL CHECK (category IN ('PRINCIPAL', 'SAFETY_DEPUTY', 'SAFETY_MANAGER', 'DEPARTMENT_HEAD',
                                                     'WORKSHOP_HEAD', 'TEAM_LEADER', 'OPERATOR', 'SPECIAL_OPERATION')),
    risk_level  TEXT    NOT NULL CHECK (risk_level IN ('MAJOR', 'SIGNIFICANT', 'GENERAL', 'LOW')),
    UNIQUE (org_unit_id, name)
);

-- The minimal duty list of a post: ordered text items (the full duty model comes later).
CREATE TABLE post_duty (
    id       INTEGER PRIMARY KEY,
    post_id  INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    UNIQUE (post_id, position)
);

CREATE TABLE employee (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    gender             TEXT    CHECK (gender IN ('MALE', 'FEMALE')),
    id_number          TEXT    NOT NULL UNIQUE CHECK (length(id_number) = 18),
    employee_number    TEXT    NOT NULL DEFAULT '',
    phone              TEXT    NOT NULL DEFAULT '',
    org_unit_id        INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,
    post_id            INTEGER REFERENCES post (id) ON DELETE RESTRICT,
    hire_date          TEXT,
    status             TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ON_LEAVE', 'LEFT')),
    certificate_number TEXT    NOT NULL DEFAULT '',
    certificate_expiry TEXT,
    created_at         TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at         TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX employee_post ON employee (post_id);
CREATE INDEX employee_org_unit ON employee (org_unit_id);

-- Every change, in the same transaction as the change.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    entity    TEXT    NOT NULL,
    entity_id INTEGER,
    detail    TEXT    NOT NULL DEFAULT ''
);
