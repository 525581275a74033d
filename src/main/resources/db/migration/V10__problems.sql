-- Issue 14, point 1: the enterprise's problem list (问题清单) and its rectification measures (整改措施). One list of
-- problems, whatever their source: an inspector's findings file (FINDING, imported and verified; the finding's uid is
-- unique, so importing the same file twice adds nothing), a line that lost points or failed its veto in a signed
-- self-assessment (SELF_ASSESSMENT, one problem per self-assessment and line), or a problem entered by hand from a
-- safety meeting or a check (MANUAL). Like every record here (decision 0016, V4, V6, V9) nothing is changed or
-- deleted: a problem is final once recorded; a measure is a fixed identity whose text, owner, deadline and status
-- are versions, each a new row (added, a status change with its evidence, a correction with its reason); the latest
-- version is the measure as it stands and the earlier ones stay as its history. A measure is final once VERIFIED:
-- no version follows a VERIFIED one.

-- Every findings file imported, once by its fingerprint (the SHA-256 of the whole zip).
CREATE TABLE findings_import (
    id                  INTEGER PRIMARY KEY,
    fingerprint         TEXT    NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    file_name           TEXT    NOT NULL,
    inspection_uid      TEXT    NOT NULL CHECK (length(trim(inspection_uid)) > 0),
    package_fingerprint TEXT    NOT NULL,
    template_name       TEXT    NOT NULL,
    template_version    TEXT    NOT NULL,
    inspector           TEXT    NOT NULL,
    inspected_on        TEXT    NOT NULL CHECK (length(inspected_on) = 10),
    score               TEXT    NOT NULL,
    conclusion          TEXT    NOT NULL CHECK (conclusion IN ('PASS', 'RECTIFY', 'FAIL')),
    findings            INTEGER NOT NULL CHECK (findings >= 0),
    imported_by         TEXT    NOT NULL,
    imported_at         TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE problem (
    id                   INTEGER PRIMARY KEY,
    source               TEXT    NOT NULL CHECK (source IN ('FINDING', 'SELF_ASSESSMENT', 'MANUAL')),
    -- FINDING: the finding's uid and the findings file it came in (its fingerprint, inspection, package)
    finding_uid          TEXT    UNIQUE,
    findings_fingerprint TEXT    REFERENCES findings_import (fingerprint) ON DELETE RESTRICT,
    inspection_uid       TEXT,
    package_fingerprint  TEXT,
    -- SELF_ASSESSMENT: the signed self-assessment whose line lost points or failed its veto
    self_assessment_id   INTEGER REFERENCES self_assessment (id) ON DELETE RESTRICT,
    line_id              TEXT    NOT NULL DEFAULT '',
    seen                 TEXT    NOT NULL CHECK (length(trim(seen)) > 0),
    requirement          TEXT    NOT NULL DEFAULT '',
    deadline             TEXT    CHECK (deadline IS NULL OR length(deadline) = 10),
    responsible          TEXT    NOT NULL DEFAULT '',
    created_by           TEXT    NOT NULL,
    created_at           TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK ((source = 'FINDING') = (finding_uid IS NOT NULL)),
    CHECK (source <> 'FINDING' OR (findings_fingerprint IS NOT NULL AND inspection_uid IS NOT NULL)),
    CHECK ((source = 'SELF_ASSESSMENT') = (self_assessment_id IS NOT NULL)),
    CHECK (source <> 'SELF_ASSESSMENT' OR length(trim(line_id)) > 0),
    UNIQUE (self_assessment_id, line_id)
);

-- A measure's identity: the problem it belongs to. What it says is in its versions.
CREATE TABLE measure (
    id         INTEGER PRIMARY KEY,
    problem_id INTEGER NOT NULL REFERENCES problem (id) ON DELETE RESTRICT,
    created_by TEXT    NOT NULL,
    created_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX measure_by_problem ON measure (problem_id);

-- Every version of a measure, the latest (by id) in force: ADDED first, then STATUS changes (with a note and their
-- evidence), EVIDENCE added without a change of status, and CORRECTED versions (text, owner or deadline mended, with
-- the reason in the note).
CREATE TABLE measure_version (
    id          INTEGER PRIMARY KEY,
    measure_id  INTEGER NOT NULL REFERENCES measure (id) ON DELETE RESTRICT,
    change      TEXT    NOT NULL CHECK (change IN ('ADDED', 'STATUS', 'EVIDENCE', 'CORRECTED')),
    text        TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    owner_id    INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    deadline    TEXT    NOT NULL CHECK (length(deadline) = 10),
    status      TEXT    NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
    note        TEXT    NOT NULL DEFAULT '',
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (change <> 'CORRECTED' OR length(trim(note)) > 0)
);
CREATE INDEX measure_version_by_measure ON measure_version (measure_id, id);

-- The evidence a version brings: records of duty performance (V6) and files (V3's attachment), in the order given.
CREATE TABLE measure_evidence_record (
    version_id     INTEGER NOT NULL REFERENCES measure_version (id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL CHECK (position >= 0),
    duty_record_id INTEGER NOT NULL REFERENCES duty_record (id) ON DELETE RESTRICT,
    PRIMARY KEY (version_id, position),
    UNIQUE (version_id, duty_record_id)
);
CREATE TABLE measure_evidence_attachment (
    version_id    INTEGER NOT NULL REFERENCES measure_version (id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL CHECK (position >= 0),
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE RESTRICT,
    PRIMARY KEY (version_id, position)
);

CREATE TRIGGER measure_verified_is_final BEFORE INSERT ON measure_version
WHEN (SELECT status FROM measure_version WHERE measure_id = NEW.measure_id ORDER BY id DESC LIMIT 1) = 'VERIFIED'
BEGIN
    SELECT RAISE(ABORT, 'a verified measure is final');
END;
CREATE TRIGGER measure_first_version_added BEFORE INSERT ON measure_version
WHEN (NEW.change = 'ADDED') <> NOT EXISTS (SELECT 1 FROM measure_version WHERE measure_id = NEW.measure_id)
BEGIN
    SELECT RAISE(ABORT, 'a measure begins with one ADDED version');
END;

CREATE TRIGGER findings_import_is_final BEFORE UPDATE ON findings_import
BEGIN
    SELECT RAISE(ABORT, 'an imported findings file cannot be changed');
END;
CREATE TRIGGER findings_import_kept BEFORE DELETE ON findings_import
BEGIN
    SELECT RAISE(ABORT, 'an imported findings file cannot be deleted');
END;
CREATE TRIGGER problem_is_final BEFORE UPDATE ON problem
BEGIN
    SELECT RAISE(ABORT, 'a problem cannot be changed; add or correct its measures');
END;
CREATE TRIGGER problem_kept BEFORE DELETE ON problem
BEGIN
    SELECT RAISE(ABORT, 'a problem cannot be deleted');
END;
CREATE TRIGGER measure_is_final BEFORE UPDATE ON measure
BEGIN
    SELECT RAISE(ABORT, 'a measure cannot be changed; record a new version');
END;
CREATE TRIGGER measure_kept BEFORE DELETE ON measure
BEGIN
    SELECT RAISE(ABORT, 'a measure cannot be deleted');
END;
CREATE TRIGGER measure_version_is_final BEFORE UPDATE ON measure_version
BEGIN
    SELECT RAISE(ABORT, 'a version of a measure cannot be changed; record a new version');
END;
CREATE TRIGGER measure_version_kept BEFORE DELETE ON measure_version
BEGIN
    SELECT RAISE(ABORT, 'a version of a measure cannot be deleted');
END;
CREATE TRIGGER measure_evidence_record_is_final BEFORE UPDATE ON measure_evidence_record
BEGIN
    SELECT RAISE(ABORT, 'evidence cannot be changed; record a new version');
END;
CREATE TRIGGER measure_evidence_record_kept BEFORE DELETE ON measure_evidence_record
BEGIN
    SELECT RAISE(ABORT, 'evidence cannot be deleted');
END;
CREATE TRIGGER measure_evidence_attachment_is_final BEFORE UPDATE ON measure_evidence_attachment
BEGIN
    SELECT RAISE(ABORT, 'evidence cannot be changed; record a new version');
END;
CREATE TRIGGER measure_evidence_attachment_kept BEFORE DELETE ON measure_evidence_attachment
BEGIN
    SELECT RAISE(ABORT, 'evidence cannot be deleted');
END;
