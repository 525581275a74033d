-- Decision 0025: the county desk's store (issue 14, points 3 and 5). One migration set that SQLite and PostgreSQL
-- both accept: text uids as keys (no autoincrement, whose syntax differs), TEXT, INTEGER and BIGINT only (no
-- BOOLEAN, BLOB, REAL or NUMERIC: flags are 0/1, scores whole hundredths of a point so that sums are exact in both),
-- dates and times as ISO text written by the app (no DEFAULT CURRENT_TIMESTAMP, whose text differs), no triggers
-- and no SQLite-only syntax. What is here is a copy read from inspectors' inspection files and batch sheets, made
-- again from them at any time: the inspection files stay the record.

-- An inspection as read from an inspection file, kept once by its uid whichever file it came from.
CREATE TABLE desk_inspection (
    uid                  TEXT    NOT NULL PRIMARY KEY CHECK (length(uid) = 36),
    -- the credit code, or the uid when the package named none: what ties an enterprise's inspections together
    enterprise_key       TEXT    NOT NULL CHECK (length(enterprise_key) > 0),
    enterprise_name      TEXT    NOT NULL,
    credit_code          TEXT    NOT NULL,
    county               TEXT    NOT NULL,
    industry             TEXT    NOT NULL,
    package_fingerprint  TEXT    NOT NULL CHECK (length(package_fingerprint) = 64),
    opened_at            TEXT    NOT NULL,
    -- 1 when the package held the enterprise's signed self-assessment
    self_assessed        INTEGER NOT NULL CHECK (self_assessed IN (0, 1)),
    signed               INTEGER NOT NULL CHECK (signed IN (0, 1)),
    -- UTC, yyyy-MM-dd HH:mm:ss, as the inspection file wrote it; NULL while not signed (and so the rest below)
    signed_at            TEXT,
    score_hundredths     BIGINT,
    max_score_hundredths BIGINT,
    conclusion           TEXT    CHECK (conclusion IS NULL OR conclusion IN ('PASS', 'RECTIFY', 'FAIL')),
    vetoes               INTEGER NOT NULL CHECK (vetoes >= 0),
    source_file          TEXT    NOT NULL,
    loaded_by            TEXT    NOT NULL,
    loaded_at            TEXT    NOT NULL,
    CHECK ((signed = 0 AND signed_at IS NULL AND score_hundredths IS NULL AND conclusion IS NULL)
        OR (signed = 1 AND signed_at IS NOT NULL AND score_hundredths IS NOT NULL AND conclusion IS NOT NULL))
);
CREATE INDEX desk_inspection_enterprise ON desk_inspection (enterprise_key, signed, signed_at);
CREATE INDEX desk_inspection_county ON desk_inspection (county);

-- A line of a signed inspection that lost points or triggered a veto (the most frequent deductions).
CREATE TABLE desk_line (
    inspection_uid      TEXT    NOT NULL REFERENCES desk_inspection (uid),
    line_id             TEXT    NOT NULL CHECK (length(line_id) > 0),
    deducted_hundredths BIGINT  NOT NULL CHECK (deducted_hundredths >= 0),
    veto                INTEGER NOT NULL CHECK (veto IN (0, 1)),
    PRIMARY KEY (inspection_uid, line_id)
);
CREATE INDEX desk_line_line ON desk_line (line_id);

-- A finding with its deadline; open until the closing package (issue 14, point 2) closes it.
CREATE TABLE desk_finding (
    uid            TEXT    NOT NULL PRIMARY KEY CHECK (length(uid) = 36),
    inspection_uid TEXT    NOT NULL REFERENCES desk_inspection (uid),
    line_id        TEXT    NOT NULL,
    source         TEXT    NOT NULL CHECK (source IN ('DEDUCTION', 'VETO', 'MANUAL')),
    seen           TEXT    NOT NULL,
    deadline       TEXT    NOT NULL CHECK (length(deadline) = 10),
    responsible    TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    closed_on      TEXT    CHECK (closed_on IS NULL OR length(closed_on) = 10)
);
CREATE INDEX desk_finding_inspection ON desk_finding (inspection_uid);

-- A batch: the county's list of enterprises to accept, imported from a sheet; the same sheet is the same batch.
CREATE TABLE desk_batch (
    uid         TEXT    NOT NULL PRIMARY KEY CHECK (length(uid) = 36),
    name        TEXT    NOT NULL CHECK (length(name) > 0),
    file_name   TEXT    NOT NULL,
    sha256      TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    imported_by TEXT    NOT NULL,
    imported_at TEXT    NOT NULL
);

CREATE TABLE desk_batch_enterprise (
    batch_uid       TEXT    NOT NULL REFERENCES desk_batch (uid),
    row_number      INTEGER NOT NULL CHECK (row_number >= 1),
    enterprise_name TEXT    NOT NULL CHECK (length(enterprise_name) > 0),
    credit_code     TEXT    NOT NULL CHECK (length(credit_code) = 18),
    county          TEXT    NOT NULL,
    industry        TEXT    NOT NULL,
    PRIMARY KEY (batch_uid, credit_code)
);
