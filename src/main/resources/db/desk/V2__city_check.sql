-- Decision 0027: the city's spot check of a county (issue 14, point 4), under decision 0025's rules for one migration
-- set both SQLite and PostgreSQL accept: text uids, TEXT/INTEGER/BIGINT only, times as ISO text the app writes, no
-- triggers. A check records the draw (seed, algorithm, the frame's hash, the rule and its size, the plan), the frame
-- itself (every enterprise the county had accepted, with the inspection its conclusion came from), which of them were
-- drawn, and the city's own re-inspections read from the city inspectors' inspection files.

-- One draw of a county's accepted enterprises; the same seed drawn again is another check with the same enterprises.
CREATE TABLE desk_city_check (
    uid          TEXT    NOT NULL PRIMARY KEY CHECK (length(uid) = 36),
    county       TEXT    NOT NULL CHECK (length(county) > 0),
    -- the batch whose enterprises the frame was limited to; NULL: every enterprise the desk holds for the county
    batch_uid    TEXT    REFERENCES desk_batch (uid),
    seed         BIGINT  NOT NULL CHECK (seed >= 0),
    algorithm    TEXT    NOT NULL CHECK (length(algorithm) > 0),
    frame_sha256 TEXT    NOT NULL CHECK (length(frame_sha256) = 64),
    population   INTEGER NOT NULL CHECK (population >= 1),
    rule         TEXT    NOT NULL CHECK (length(rule) > 0),
    rule_size    INTEGER NOT NULL CHECK (rule_size >= 1 AND rule_size <= population),
    drawn_by     TEXT    NOT NULL,
    -- UTC, yyyy-MM-dd HH:mm:ss
    drawn_at     TEXT    NOT NULL
);
CREATE INDEX desk_city_check_county ON desk_city_check (county, drawn_at);

-- The plan: each stratum (an industry) with its enterprises, the seats its share gave, and those drawn.
CREATE TABLE desk_city_check_stratum (
    check_uid   TEXT    NOT NULL REFERENCES desk_city_check (uid),
    position    INTEGER NOT NULL CHECK (position >= 1),
    stratum     TEXT    NOT NULL,
    enterprises INTEGER NOT NULL CHECK (enterprises >= 1),
    allotted    INTEGER NOT NULL CHECK (allotted >= 0),
    drawn       INTEGER NOT NULL CHECK (drawn >= 0),
    PRIMARY KEY (check_uid, position)
);

-- The frame in its order: each enterprise the county had accepted, its latest signed inspection then, its draw number
-- (unsigned 64 bits, in decimal: BIGINT is signed) and, when drawn, its place in the draw.
CREATE TABLE desk_city_check_enterprise (
    check_uid       TEXT    NOT NULL REFERENCES desk_city_check (uid),
    frame_position  INTEGER NOT NULL CHECK (frame_position >= 1),
    credit_code     TEXT    NOT NULL CHECK (length(credit_code) > 0),
    enterprise_name TEXT    NOT NULL,
    stratum         TEXT    NOT NULL,
    inspection_uid  TEXT    NOT NULL REFERENCES desk_inspection (uid),
    draw_number     TEXT    NOT NULL CHECK (length(draw_number) BETWEEN 1 AND 20),
    drawn_position  INTEGER CHECK (drawn_position IS NULL OR drawn_position >= 1),
    PRIMARY KEY (check_uid, credit_code),
    UNIQUE (check_uid, frame_position)
);
CREATE INDEX desk_city_check_enterprise_drawn ON desk_city_check_enterprise (check_uid, drawn_position);

-- The city's re-inspection of a drawn enterprise, read from a city inspector's inspection file loaded for this check:
-- signed only, kept once per check by its uid. Never a county's inspection (desk_inspection), and never counted in the
-- county summary.
CREATE TABLE desk_city_inspection (
    check_uid            TEXT    NOT NULL,
    uid                  TEXT    NOT NULL CHECK (length(uid) = 36),
    credit_code          TEXT    NOT NULL,
    enterprise_name      TEXT    NOT NULL,
    signed_at            TEXT    NOT NULL,
    score_hundredths     BIGINT  NOT NULL,
    max_score_hundredths BIGINT,
    conclusion           TEXT    NOT NULL CHECK (conclusion IN ('PASS', 'RECTIFY', 'FAIL')),
    vetoes               INTEGER NOT NULL CHECK (vetoes >= 0),
    source_file          TEXT    NOT NULL,
    loaded_by            TEXT    NOT NULL,
    loaded_at            TEXT    NOT NULL,
    PRIMARY KEY (check_uid, uid),
    FOREIGN KEY (check_uid, credit_code) REFERENCES desk_city_check_enterprise (check_uid, credit_code)
);
CREATE INDEX desk_city_inspection_uid ON desk_city_inspection (uid);
