-- People's records (nine ones 4-8): responsibility letters, training, exams, rewards and penalties, periodic
-- assessments. Decision 0016.
--
-- Honest records: a final record is never updated or deleted (the triggers below refuse it, whatever writes to
-- the file). It is corrected by a new row whose corrects_id names the row it replaces, with a reason; a correction
-- with voided = 1 withdraws the record. The record in force is the last of its chain: a row no other row corrects,
-- and not voided. Originals (corrects_id IS NULL) carry the uniqueness rules.
-- Days are yyyy-MM-dd text; times are UTC (CURRENT_TIMESTAMP); recorded_by is the workspace's actor.

-- A scan or photo kept with a record (a signed letter, a sign-in sheet, an assessment form).
CREATE TABLE attachment (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT    NOT NULL CHECK (length(trim(file_name)) > 0),
    media_type  TEXT    NOT NULL,
    sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
    size        INTEGER NOT NULL CHECK (size >= 0),
    content     BLOB    NOT NULL,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE TRIGGER attachment_is_final BEFORE UPDATE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'an attachment cannot be changed; attach a new file with a correction');
END;

-- 4. Responsibility letters (责任书/承诺书): one row per signature recorded for a year. The letter is made from the
-- post's duty-list version in force (duty_list_version_id); when the post gets a newer version, its people sign again.
-- The counterpart is the other party, one level up the org tree (by name when not an employee of the roster).
CREATE TABLE letter_signature (
    id                      INTEGER PRIMARY KEY,
    year                    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    employee_id             INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    post_id                 INTEGER NOT NULL REFERENCES post (id) ON DELETE RESTRICT,
    duty_list_version_id    INTEGER REFERENCES post_content_version (id) ON DELETE RESTRICT,
    counterpart_employee_id INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
    counterpart_name        TEXT    NOT NULL DEFAULT '',
    signed_on               TEXT    NOT NULL,
    attachment_id           INTEGER REFERENCES attachment (id) ON DELETE RESTRICT,
    voided                  INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id             INTEGER UNIQUE REFERENCES letter_signature (id) ON DELETE RESTRICT,
    correction_reason       TEXT,
    recorded_by             TEXT    NOT NULL,
    recorded_at             TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0)
);
CREATE INDEX letter_signature_by_year ON letter_signature (year, employee_id);

-- 5. Training sessions (Art. 28: time, content, participants, results). A session may be edited (with its audit
-- entry); what a person was credited is in training_attendance, which is final.
CREATE TABLE training_session (
    id                    INTEGER PRIMARY KEY,
    held_on               TEXT    NOT NULL,
    hours                 REAL    NOT NULL CHECK (hours > 0 AND hours <= 200),
    topic                 TEXT    NOT NULL CHECK (length(trim(topic)) > 0),
    kind                  TEXT    NOT NULL CHECK (kind IN ('INDUCTION_COMPANY', 'INDUCTION_WORKSHOP', 'INDUCTION_TEAM',
                                                           'ANNUAL', 'TRANSFER', 'RETURN_TO_WORK',
                                                           'SPECIAL_OPERATION', 'DRILL')),
    content               TEXT    NOT NULL DEFAULT '',
    trainer               TEXT    NOT NULL DEFAULT '',
    place                 TEXT    NOT NULL DEFAULT '',
    org_unit_id           INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,
    sign_in_attachment_id INTEGER REFERENCES attachment (id) ON DELETE RESTRICT,
    recorded_by           TEXT    NOT NULL,
    recorded_at           TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at            TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX training_session_by_day ON training_session (held_on);

-- One person at one session: the hours credited, and the session's test score and pass when there was one.
CREATE TABLE training_attendance (
    id                INTEGER PRIMARY KEY,
    session_id        INTEGER NOT NULL REFERENCES training_session (id) ON DELETE RESTRICT,
    employee_id       INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    hours             REAL    NOT NULL CHECK (hours >= 0 AND hours <= 200),
    score             REAL    CHECK (score IS NULL OR score >= 0),
    passed            INTEGER CHECK (passed IS NULL OR passed IN (0, 1)),
    voided            INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id       INTEGER UNIQUE REFERENCES training_attendance (id) ON DELETE RESTRICT,
    correction_reason TEXT,
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0)
);
CREATE UNIQUE INDEX training_attendance_once ON training_attendance (session_id, employee_id) WHERE corrects_id IS NULL;
CREATE INDEX training_attendance_by_employee ON training_attendance (employee_id);

-- 6. Exams: a question bank per post (generated from its duty list and procedure, or written by hand).
CREATE TABLE exam_question (
    id                INTEGER PRIMARY KEY,
    post_id           INTEGER REFERENCES post (id) ON DELETE CASCADE,
    kind              TEXT    NOT NULL CHECK (kind IN ('TRUE_FALSE', 'SINGLE_CHOICE', 'FILL_BLANK')),
    stem              TEXT    NOT NULL CHECK (length(trim(stem)) > 0),
    options           TEXT    NOT NULL DEFAULT '[]' CHECK (json_valid(options)),
    answer            TEXT    NOT NULL CHECK (length(trim(answer)) > 0),
    origin            TEXT    NOT NULL CHECK (origin IN ('GENERATED', 'MANUAL')),
    source_version_id INTEGER REFERENCES post_content_version (id) ON DELETE SET NULL,
    retired           INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at        TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX exam_question_by_post ON exam_question (post_id, retired);

-- One exam for one post: its paper (the questions drawn, in order, with their points), its pass mark.
CREATE TABLE exam (
    id                  INTEGER PRIMARY KEY,
    post_id             INTEGER NOT NULL REFERENCES post (id) ON DELETE RESTRICT,
    title               TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    held_on             TEXT    NOT NULL,
    max_score           REAL    NOT NULL DEFAULT 100 CHECK (max_score > 0),
    pass_mark           REAL    NOT NULL DEFAULT 60 CHECK (pass_mark >= 0 AND pass_mark <= max_score),
    training_session_id INTEGER REFERENCES training_session (id) ON DELETE RESTRICT,
    recorded_by         TEXT    NOT NULL,
    recorded_at         TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE exam_paper_question (
    exam_id     INTEGER NOT NULL REFERENCES exam (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 1),
    question_id INTEGER NOT NULL REFERENCES exam_question (id) ON DELETE RESTRICT,
    points      REAL    NOT NULL CHECK (points > 0),
    PRIMARY KEY (exam_id, position)
);

-- A person's result in an exam: final, corrected only by a correction row.
CREATE TABLE exam_result (
    id                INTEGER PRIMARY KEY,
    exam_id           INTEGER NOT NULL REFERENCES exam (id) ON DELETE RESTRICT,
    employee_id       INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    score             REAL    NOT NULL CHECK (score >= 0),
    passed            INTEGER NOT NULL CHECK (passed IN (0, 1)),
    voided            INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id       INTEGER UNIQUE REFERENCES exam_result (id) ON DELETE RESTRICT,
    correction_reason TEXT,
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0)
);
CREATE UNIQUE INDEX exam_result_once ON exam_result (exam_id, employee_id) WHERE corrects_id IS NULL;
CREATE INDEX exam_result_by_employee ON exam_result (employee_id);

-- 7. Rewards and penalties: the rules, then the ledger. An entry concerns a person or an org unit, and where it can a
-- duty item (the duty-list version, the item's number, and its text as it was).
CREATE TABLE reward_rule (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('REWARD', 'PENALTY')),
    description TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    amount      REAL    NOT NULL DEFAULT 0 CHECK (amount >= 0),
    points      REAL    NOT NULL DEFAULT 0 CHECK (points >= 0),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE reward_entry (
    id                INTEGER PRIMARY KEY,
    occurred_on       TEXT    NOT NULL,
    employee_id       INTEGER REFERENCES employee (id) ON DELETE RESTRICT,
    org_unit_id       INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,
    kind              TEXT    NOT NULL CHECK (kind IN ('REWARD', 'PENALTY')),
    reason            TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    rule_id           INTEGER REFERENCES reward_rule (id) ON DELETE RESTRICT,
    duty_version_id   INTEGER REFERENCES post_content_version (id) ON DELETE RESTRICT,
    duty_position     INTEGER CHECK (duty_position IS NULL OR duty_position >= 1),
    duty_text         TEXT    NOT NULL DEFAULT '',
    amount            REAL    NOT NULL DEFAULT 0 CHECK (amount >= 0),
    points            REAL    NOT NULL DEFAULT 0 CHECK (points >= 0),
    approved_by       TEXT    NOT NULL CHECK (length(trim(approved_by)) > 0),
    voided            INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id       INTEGER UNIQUE REFERENCES reward_entry (id) ON DELETE RESTRICT,
    correction_reason TEXT,
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK ((employee_id IS NULL) <> (org_unit_id IS NULL)),
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0)
);
CREATE INDEX reward_entry_by_day ON reward_entry (occurred_on);

-- 8. Periodic assessment: a period (month, quarter, year), then one assessment per person scored item by item
-- against their post's assessment standards. While OPEN it may be edited (with audit entries); CLOSED is final,
-- with both signatures; a correction is a new assessment with corrects_id.
CREATE TABLE assessment_period (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('MONTH', 'QUARTER', 'YEAR')),
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL CHECK (ends_on >= starts_on),
    UNIQUE (kind, starts_on)
);

CREATE TABLE assessment (
    id                   INTEGER PRIMARY KEY,
    period_id            INTEGER NOT NULL REFERENCES assessment_period (id) ON DELETE RESTRICT,
    employee_id          INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    post_id              INTEGER NOT NULL REFERENCES post (id) ON DELETE RESTRICT,
    duty_list_version_id INTEGER REFERENCES post_content_version (id) ON DELETE RESTRICT,
    status               TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
    score                REAL,
    max_score            REAL,
    rating               TEXT    CHECK (rating IS NULL OR rating IN ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    assessor             TEXT    NOT NULL DEFAULT '',
    assessor_signed_on   TEXT,
    assessee_signed_on   TEXT,
    attachment_id        INTEGER REFERENCES attachment (id) ON DELETE RESTRICT,
    voided               INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id          INTEGER UNIQUE REFERENCES assessment (id) ON DELETE RESTRICT,
    correction_reason    TEXT,
    recorded_by          TEXT    NOT NULL,
    recorded_at          TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    closed_at            TEXT,
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0),
    CHECK (status = 'OPEN' OR voided = 1
        OR (score IS NOT NULL AND rating IS NOT NULL AND length(trim(assessor)) > 0
            AND assessor_signed_on IS NOT NULL AND assessee_signed_on IS NOT NULL AND closed_at IS NOT NULL))
);
CREATE UNIQUE INDEX assessment_once ON assessment (period_id, employee_id) WHERE corrects_id IS NULL;
CREATE INDEX assessment_by_employee ON assessment (employee_id);

CREATE TABLE assessment_item (
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL CHECK (position >= 1),
    duty          TEXT    NOT NULL,
    standard      TEXT    NOT NULL DEFAULT '',
    max_points    REAL    NOT NULL CHECK (max_points >= 0),
    points        REAL    CHECK (points IS NULL OR (points >= 0 AND points <= max_points)),
    note          TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, position)
);

-- The follow-up (约谈) of a person rated low two periods in a row.
CREATE TABLE interview (
    id            INTEGER PRIMARY KEY,
    employee_id   INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE RESTRICT,
    held_on       TEXT    NOT NULL,
    held_by       TEXT    NOT NULL CHECK (length(trim(held_by)) > 0),
    note          TEXT    NOT NULL DEFAULT '',
    recorded_by   TEXT    NOT NULL,
    recorded_at   TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- Final records: never updated, never deleted.
CREATE TRIGGER letter_signature_is_final BEFORE UPDATE ON letter_signature
BEGIN
    SELECT RAISE(ABORT, 'a recorded signature cannot be changed; record a correction');
END;
CREATE TRIGGER letter_signature_kept BEFORE DELETE ON letter_signature
BEGIN
    SELECT RAISE(ABORT, 'a recorded signature cannot be deleted; record a correction');
END;
CREATE TRIGGER training_attendance_is_final BEFORE UPDATE ON training_attendance
BEGIN
    SELECT RAISE(ABORT, 'an attendance record cannot be changed; record a correction');
END;
CREATE TRIGGER training_attendance_kept BEFORE DELETE ON training_attendance
BEGIN
    SELECT RAISE(ABORT, 'an attendance record cannot be deleted; record a correction');
END;
CREATE TRIGGER exam_result_is_final BEFORE UPDATE ON exam_result
BEGIN
    SELECT RAISE(ABORT, 'an exam result cannot be changed; record a correction');
END;
CREATE TRIGGER exam_result_kept BEFORE DELETE ON exam_result
BEGIN
    SELECT RAISE(ABORT, 'an exam result cannot be deleted; record a correction');
END;
CREATE TRIGGER reward_entry_is_final BEFORE UPDATE ON reward_entry
BEGIN
    SELECT RAISE(ABORT, 'a reward or penalty entry cannot be changed; record a correction');
END;
CREATE TRIGGER reward_entry_kept BEFORE DELETE ON reward_entry
BEGIN
    SELECT RAISE(ABORT, 'a reward or penalty entry cannot be deleted; record a correction');
END;
CREATE TRIGGER assessment_closed_is_final BEFORE UPDATE ON assessment
    WHEN OLD.status = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment cannot be changed; record a correction');
END;
CREATE TRIGGER assessment_closed_kept BEFORE DELETE ON assessment
    WHEN OLD.status = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment cannot be deleted; record a correction');
END;
CREATE TRIGGER assessment_item_insert_closed BEFORE INSERT ON assessment_item
    WHEN (SELECT status FROM assessment WHERE id = NEW.assessment_id) = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment cannot be changed; record a correction');
END;
CREATE TRIGGER assessment_item_update_closed BEFORE UPDATE ON assessment_item
    WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment cannot be changed; record a correction');
END;
CREATE TRIGGER assessment_item_delete_closed BEFORE DELETE ON assessment_item
    WHEN (SELECT status FROM assessment WHERE id = OLD.assessment_id) = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'a closed assessment cannot be changed; record a correction');
END;
CREATE TRIGGER interview_is_final BEFORE UPDATE ON interview
BEGIN
    SELECT RAISE(ABORT, 'a recorded interview cannot be changed');
END;
