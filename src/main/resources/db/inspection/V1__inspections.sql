-- Decision 0024: the inspector's inspection file (检查档案), many inspections in one file. An inspection is one
-- acceptance package opened: who the enterprise is, the package's fingerprint and where it came from. What the
-- inspection reads later is copied from the package (inspection_part), checked against the manifest's SHA-256.

-- One row: what this file is, so that a file can say which version of the app made it and for whom.
CREATE TABLE inspection_file (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    label       TEXT    NOT NULL DEFAULT '',
    created_by  TEXT    NOT NULL,
    created_at  TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    app_version TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE inspection (
    id                   INTEGER PRIMARY KEY,
    -- kept when inspection files are merged (issue 14): the same inspection is the same uid
    uid                  TEXT    NOT NULL UNIQUE CHECK (length(uid) = 36),
    enterprise_name      TEXT    NOT NULL CHECK (length(trim(enterprise_name)) > 0),
    credit_code          TEXT    NOT NULL DEFAULT '',
    county               TEXT    NOT NULL DEFAULT '',
    industry             TEXT    NOT NULL DEFAULT '',
    package_name         TEXT    NOT NULL,
    package_size         BIGINT  NOT NULL CHECK (package_size > 0),
    -- the SHA-256 of the whole zip, as the cover letter gives it; one inspection per package in a file
    package_fingerprint  TEXT    NOT NULL UNIQUE CHECK (length(package_fingerprint) = 64),
    package_created_at   TEXT    NOT NULL DEFAULT '',
    package_app_version  TEXT    NOT NULL DEFAULT '',
    edition              TEXT    NOT NULL DEFAULT 'standard' CHECK (edition IN ('standard', 'internal')),
    -- what the inspector typed from the cover letter, if anything, and whether it was the package's
    typed_fingerprint    TEXT    CHECK (typed_fingerprint IS NULL OR length(typed_fingerprint) = 64),
    opened_by            TEXT    NOT NULL,
    opened_at            TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- A file copied from the package: its path in the zip, the SHA-256 the manifest gives it, its bytes.
CREATE TABLE inspection_part (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    path          TEXT    NOT NULL CHECK (length(path) > 0),
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    size          BIGINT  NOT NULL CHECK (size >= 0),
    content       BLOB    NOT NULL,
    PRIMARY KEY (inspection_id, path)
);

CREATE TRIGGER inspection_final BEFORE UPDATE ON inspection
BEGIN
    SELECT RAISE(ABORT, 'an inspection''s package record cannot be changed');
END;
CREATE TRIGGER inspection_kept BEFORE DELETE ON inspection
BEGIN
    SELECT RAISE(ABORT, 'an inspection cannot be deleted');
END;
CREATE TRIGGER inspection_part_final BEFORE UPDATE ON inspection_part
BEGIN
    SELECT RAISE(ABORT, 'a part copied from a package cannot be changed');
END;
CREATE TRIGGER inspection_part_kept BEFORE DELETE ON inspection_part
BEGIN
    SELECT RAISE(ABORT, 'a part copied from a package cannot be deleted');
END;
