-- Decision 0008: every acceptance package exported from this workspace, for the hand-over to the county (移交记录):
-- when, which file, its fingerprint (the SHA-256 of the whole zip) and what it held. A hand-over happened; its record
-- is never changed or deleted.

CREATE TABLE package_export (
    id              INTEGER PRIMARY KEY,
    -- ISO-8601 with the local offset, exactly as the package's manifest says (2026-12-06T17:20:00+08:00)
    exported_at     TEXT    NOT NULL,
    file_name       TEXT    NOT NULL,
    file_path       TEXT    NOT NULL,
    file_size       BIGINT  NOT NULL CHECK (file_size >= 0),
    fingerprint     TEXT    NOT NULL CHECK (length(fingerprint) = 64),
    enterprise_name TEXT    NOT NULL,
    credit_code     TEXT    NOT NULL DEFAULT '',
    app_version     TEXT    NOT NULL DEFAULT '',
    recorded_at     TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- What one package held, in the order the cover letter lists it: the registers (org units, posts, people, duties)
-- and the rows of every ledger of people's records. The label is the text shown when the package was exported.
CREATE TABLE package_export_count (
    export_id INTEGER NOT NULL REFERENCES package_export (id) ON DELETE RESTRICT,
    position  INTEGER NOT NULL CHECK (position >= 0),
    item      TEXT    NOT NULL,
    label     TEXT    NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity >= 0),
    unit      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (export_id, position)
);

CREATE TRIGGER package_export_final BEFORE UPDATE ON package_export
BEGIN
    SELECT RAISE(ABORT, 'a package export record cannot be changed');
END;
CREATE TRIGGER package_export_kept BEFORE DELETE ON package_export
BEGIN
    SELECT RAISE(ABORT, 'a package export record cannot be deleted');
END;
CREATE TRIGGER package_export_count_final BEFORE UPDATE ON package_export_count
BEGIN
    SELECT RAISE(ABORT, 'a package export record cannot be changed');
END;
CREATE TRIGGER package_export_count_kept BEFORE DELETE ON package_export_count
BEGIN
    SELECT RAISE(ABORT, 'a package export record cannot be deleted');
END;
