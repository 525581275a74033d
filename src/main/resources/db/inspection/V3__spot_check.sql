-- Issue 13, point 4: the spot check of an inspection, stored in the inspector's inspection file. A draw is kept with
-- everything that replays it (decision 0023: seed, algorithm, the frame's SHA-256, rule and size), its plan and its
-- people in draw order. An inspection may be drawn again until its first rating; its current draw is its latest.
-- Nothing here is changed or deleted once written: a redraw, a replacement or a rating is a new row.

CREATE TABLE spot_check_draw (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    seed          BIGINT  NOT NULL CHECK (seed >= 0),
    -- e.g. nineones-draw/1
    algorithm     TEXT    NOT NULL CHECK (length(algorithm) > 0),
    frame_sha256  TEXT    NOT NULL CHECK (length(frame_sha256) = 64),
    population    INTEGER NOT NULL CHECK (population > 0),
    -- the size the rule (or the inspector) asked for; the additions come on top
    rule_size     INTEGER NOT NULL CHECK (rule_size >= 1 AND rule_size <= population),
    -- the rule's name, or NULL when the inspector gave the size
    rule          TEXT,
    drawn_by      TEXT    NOT NULL,
    drawn_at      TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX spot_check_draw_inspection ON spot_check_draw (inspection_id, id);

-- The plan: each org unit (stratum) with its people, the seats its share gave and the people drawn from it.
CREATE TABLE spot_check_plan (
    draw_id  INTEGER NOT NULL REFERENCES spot_check_draw (id) ON DELETE RESTRICT,
    position INTEGER NOT NULL CHECK (position >= 1),
    org_unit TEXT    NOT NULL,
    people   INTEGER NOT NULL CHECK (people >= 1),
    allotted INTEGER NOT NULL CHECK (allotted >= 0),
    drawn    INTEGER NOT NULL CHECK (drawn >= 0),
    PRIMARY KEY (draw_id, position)
);

-- A person of a draw, as the sampling frame gives them: drawn (position 1…n in draw order, addition NONE or why
-- added beyond the plan) or drawn later as a replacement (the next positions, addition REPLACEMENT).
CREATE TABLE spot_check_person (
    id                INTEGER PRIMARY KEY,
    draw_id           INTEGER NOT NULL REFERENCES spot_check_draw (id) ON DELETE RESTRICT,
    position          INTEGER NOT NULL CHECK (position >= 1),
    org_unit          TEXT    NOT NULL,
    employee_number   TEXT    NOT NULL,
    name              TEXT    NOT NULL,
    post              TEXT    NOT NULL,
    special_operation BOOLEAN NOT NULL CHECK (special_operation IN (0, 1)),
    team_leader       BOOLEAN NOT NULL CHECK (team_leader IN (0, 1)),
    -- the person's draw number, the first 8 bytes of its SHA-256 (read as unsigned)
    draw_number       BIGINT  NOT NULL,
    addition          TEXT    NOT NULL
        CHECK (addition IN ('NONE', 'SPECIAL_OPERATION', 'TEAM_LEADER', 'REPLACEMENT')),
    UNIQUE (draw_id, position),
    UNIQUE (draw_id, org_unit, employee_number, name, post)
);

-- An absent person replaced by the next one the same draw gives; the reason and who recorded it.
CREATE TABLE spot_check_replacement (
    absent_id      INTEGER PRIMARY KEY REFERENCES spot_check_person (id) ON DELETE RESTRICT,
    replacement_id INTEGER NOT NULL UNIQUE REFERENCES spot_check_person (id) ON DELETE RESTRICT,
    reason         TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by    TEXT    NOT NULL,
    recorded_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (absent_id <> replacement_id)
);

-- How well a person drawn knows the post's duties, with a note, an optional photo and the questions asked.
CREATE TABLE spot_check_rating (
    person_id   INTEGER PRIMARY KEY REFERENCES spot_check_person (id) ON DELETE RESTRICT,
    familiarity TEXT    NOT NULL CHECK (familiarity IN ('FAMILIAR', 'BASICALLY_FAMILIAR', 'UNFAMILIAR')),
    note        TEXT    NOT NULL DEFAULT '',
    photo       BLOB,
    photo_name  TEXT,
    photo_type  TEXT,
    rated_by    TEXT    NOT NULL,
    rated_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK ((photo IS NULL AND photo_name IS NULL AND photo_type IS NULL)
        OR (photo IS NOT NULL AND length(trim(photo_name)) > 0 AND photo_type IS NOT NULL))
);

-- The questions put to a person rated, in the order asked: kind, text, options (a JSON array) and answer, and the
-- post and content version of the package's records they were made from.
CREATE TABLE spot_check_question (
    person_id         INTEGER NOT NULL REFERENCES spot_check_rating (person_id) ON DELETE RESTRICT,
    position          INTEGER NOT NULL CHECK (position >= 1),
    kind              TEXT    NOT NULL CHECK (kind IN ('TRUE_FALSE', 'SINGLE_CHOICE', 'FILL_BLANK')),
    stem              TEXT    NOT NULL CHECK (length(stem) > 0),
    options           TEXT    NOT NULL DEFAULT '[]',
    answer            TEXT    NOT NULL,
    post_id           BIGINT,
    source_version_id BIGINT,
    PRIMARY KEY (person_id, position)
);

-- A new draw only while the inspection has no rating.
CREATE TRIGGER spot_check_draw_before_ratings BEFORE INSERT ON spot_check_draw
WHEN EXISTS (SELECT 1 FROM spot_check_rating r JOIN spot_check_person p ON p.id = r.person_id
             JOIN spot_check_draw d ON d.id = p.draw_id WHERE d.inspection_id = NEW.inspection_id)
BEGIN
    SELECT RAISE(ABORT, 'an inspection whose spot check has ratings cannot be drawn again');
END;
-- A rating only for a person not replaced as absent.
CREATE TRIGGER spot_check_rating_present BEFORE INSERT ON spot_check_rating
WHEN EXISTS (SELECT 1 FROM spot_check_replacement WHERE absent_id = NEW.person_id)
BEGIN
    SELECT RAISE(ABORT, 'a person replaced as absent cannot be rated');
END;
-- A replacement only for a person not rated.
CREATE TRIGGER spot_check_replacement_unrated BEFORE INSERT ON spot_check_replacement
WHEN EXISTS (SELECT 1 FROM spot_check_rating WHERE person_id = NEW.absent_id)
BEGIN
    SELECT RAISE(ABORT, 'a person rated cannot be replaced');
END;

CREATE TRIGGER spot_check_draw_final BEFORE UPDATE ON spot_check_draw
BEGIN
    SELECT RAISE(ABORT, 'a spot-check draw cannot be changed');
END;
CREATE TRIGGER spot_check_draw_kept BEFORE DELETE ON spot_check_draw
BEGIN
    SELECT RAISE(ABORT, 'a spot-check draw cannot be deleted');
END;
CREATE TRIGGER spot_check_plan_final BEFORE UPDATE ON spot_check_plan
BEGIN
    SELECT RAISE(ABORT, 'a spot-check plan cannot be changed');
END;
CREATE TRIGGER spot_check_plan_kept BEFORE DELETE ON spot_check_plan
BEGIN
    SELECT RAISE(ABORT, 'a spot-check plan cannot be deleted');
END;
CREATE TRIGGER spot_check_person_final BEFORE UPDATE ON spot_check_person
BEGIN
    SELECT RAISE(ABORT, 'a person drawn cannot be changed');
END;
CREATE TRIGGER spot_check_person_kept BEFORE DELETE ON spot_check_person
BEGIN
    SELECT RAISE(ABORT, 'a person drawn cannot be deleted');
END;
CREATE TRIGGER spot_check_replacement_final BEFORE UPDATE ON spot_check_replacement
BEGIN
    SELECT RAISE(ABORT, 'a replacement cannot be changed');
END;
CREATE TRIGGER spot_check_replacement_kept BEFORE DELETE ON spot_check_replacement
BEGIN
    SELECT RAISE(ABORT, 'a replacement cannot be deleted');
END;
CREATE TRIGGER spot_check_rating_final BEFORE UPDATE ON spot_check_rating
BEGIN
    SELECT RAISE(ABORT, 'a rating cannot be changed');
END;
CREATE TRIGGER spot_check_rating_kept BEFORE DELETE ON spot_check_rating
BEGIN
    SELECT RAISE(ABORT, 'a rating cannot be deleted');
END;
CREATE TRIGGER spot_check_question_final BEFORE UPDATE ON spot_check_question
BEGIN
    SELECT RAISE(ABORT, 'a question asked cannot be changed');
END;
CREATE TRIGGER spot_check_question_kept BEFORE DELETE ON spot_check_question
BEGIN
    SELECT RAISE(ABORT, 'a question asked cannot be deleted');
END;

-- Nothing more once the inspection's on-site record is signed (V2's review_record): no draw, person, replacement or
-- rating.
CREATE TRIGGER spot_check_draw_unsigned BEFORE INSERT ON spot_check_draw
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN
    SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded');
END;
CREATE TRIGGER spot_check_person_unsigned BEFORE INSERT ON spot_check_person
WHEN EXISTS (SELECT 1 FROM review_record x JOIN spot_check_draw d ON d.inspection_id = x.inspection_id
             WHERE d.id = NEW.draw_id)
BEGIN
    SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded');
END;
CREATE TRIGGER spot_check_rating_unsigned BEFORE INSERT ON spot_check_rating
WHEN EXISTS (SELECT 1 FROM review_record x JOIN spot_check_draw d ON d.inspection_id = x.inspection_id
             JOIN spot_check_person p ON p.draw_id = d.id WHERE p.id = NEW.person_id)
BEGIN
    SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded');
END;
