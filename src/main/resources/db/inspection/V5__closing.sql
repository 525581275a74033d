-- Issue 14, point 2: the enterprise's closing packages (整改回复包) imported into the inspection file, and the
-- inspector's acceptance (验收整改) or reopening (退回整改) of each finding. Rectification follows the signature: V2's
-- "signed" triggers guard only V2's tables, and these tables are written after signing — indeed only then (a closing
-- package answers the findings file, which is issued once the on-site record is signed). Every row is final once
-- written: a later package or a later decision supersedes an earlier one, the history stays.

-- A closing package imported, once by its fingerprint (the SHA-256 of the whole zip).
CREATE TABLE closing_package (
    id                   INTEGER PRIMARY KEY,
    inspection_id        INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    fingerprint          TEXT    NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    file_name            TEXT    NOT NULL,
    findings_fingerprint TEXT    NOT NULL CHECK (length(findings_fingerprint) = 64),
    enterprise_name      TEXT    NOT NULL,
    credit_code          TEXT    NOT NULL,
    made_on              TEXT    NOT NULL CHECK (length(made_on) = 10),
    imported_by          TEXT    NOT NULL,
    imported_at          TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX closing_package_of ON closing_package (inspection_id, id);

-- A finding a package answers (by the finding's uid), in the package's order.
CREATE TABLE closing_answer (
    id          INTEGER PRIMARY KEY,
    package_id  INTEGER NOT NULL REFERENCES closing_package (id) ON DELETE RESTRICT,
    finding_uid TEXT    NOT NULL CHECK (length(finding_uid) = 36),
    UNIQUE (package_id, finding_uid)
);
CREATE INDEX closing_answer_finding ON closing_answer (finding_uid, package_id);

-- A measure of an answer as the enterprise's list had it: text, owner's name, deadline, status and its days.
CREATE TABLE closing_measure (
    id          INTEGER PRIMARY KEY,
    answer_id   INTEGER NOT NULL REFERENCES closing_answer (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL CHECK (position >= 1),
    text        TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    deadline    TEXT,
    status      TEXT    NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    added_on    TEXT,
    done_on     TEXT,
    verified_on TEXT,
    UNIQUE (answer_id, position)
);

-- An evidence file of a measure, kept with its SHA-256 (checked again when read).
CREATE TABLE closing_evidence (
    id         INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES closing_measure (id) ON DELETE RESTRICT,
    position   INTEGER NOT NULL CHECK (position >= 1),
    path       TEXT    NOT NULL,
    file_name  TEXT    NOT NULL,
    what       TEXT    NOT NULL DEFAULT '',
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    size       BIGINT  NOT NULL CHECK (size >= 0),
    content    BLOB    NOT NULL,
    UNIQUE (measure_id, position)
);

-- The inspector's decision on a finding: ACCEPTED closes it, REOPENED (with its reason) sends it back; the latest
-- decision of a finding is in force. package_id: the latest package answering the finding when decided (NULL: none).
CREATE TABLE closing_decision (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    finding_uid   TEXT    NOT NULL CHECK (length(finding_uid) = 36),
    decision      TEXT    NOT NULL CHECK (decision IN ('ACCEPTED', 'REOPENED')),
    reason        TEXT    NOT NULL DEFAULT '',
    package_id    INTEGER REFERENCES closing_package (id) ON DELETE RESTRICT,
    decided_by    TEXT    NOT NULL,
    decided_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (decision <> 'REOPENED' OR length(trim(reason)) > 0)
);
CREATE INDEX closing_decision_of ON closing_decision (inspection_id, finding_uid, id);

CREATE TRIGGER closing_package_unsigned BEFORE INSERT ON closing_package
WHEN NOT EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is not signed: it has no findings file to answer'); END;
CREATE TRIGGER closing_decision_unsigned BEFORE INSERT ON closing_decision
WHEN NOT EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is not signed: it has no findings file to answer'); END;

CREATE TRIGGER closing_package_final BEFORE UPDATE ON closing_package
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be changed'); END;
CREATE TRIGGER closing_package_kept BEFORE DELETE ON closing_package
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be deleted'); END;
CREATE TRIGGER closing_answer_final BEFORE UPDATE ON closing_answer
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be changed'); END;
CREATE TRIGGER closing_answer_kept BEFORE DELETE ON closing_answer
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be deleted'); END;
CREATE TRIGGER closing_measure_final BEFORE UPDATE ON closing_measure
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be changed'); END;
CREATE TRIGGER closing_measure_kept BEFORE DELETE ON closing_measure
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be deleted'); END;
CREATE TRIGGER closing_evidence_final BEFORE UPDATE ON closing_evidence
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be changed'); END;
CREATE TRIGGER closing_evidence_kept BEFORE DELETE ON closing_evidence
BEGIN SELECT RAISE(ABORT, 'an imported closing package cannot be deleted'); END;
CREATE TRIGGER closing_decision_final BEFORE UPDATE ON closing_decision
BEGIN SELECT RAISE(ABORT, 'a decision on a finding cannot be changed; decide again'); END;
CREATE TRIGGER closing_decision_kept BEFORE DELETE ON closing_decision
BEGIN SELECT RAISE(ABORT, 'a decision on a finding cannot be deleted; decide again'); END;
