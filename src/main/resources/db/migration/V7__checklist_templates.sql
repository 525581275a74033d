-- Issue 12: the acceptance checklists (验收标准) a county issues, versioned. The default ships in the jar and is not
-- stored; every imported template is kept by name and version with the SHA-256 of its canonical JSON, so that a
-- result can always name the exact template it was scored against. A version, once imported, never changes: a county
-- that changes its checklist issues a new version.

CREATE TABLE checklist_template (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    version     TEXT    NOT NULL CHECK (length(trim(version)) > 0),
    -- SHA-256 (hex) of body, the template's canonical JSON as UTF-8
    sha256      TEXT    NOT NULL CHECK (length(sha256) = 64),
    imported_at TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    body        TEXT    NOT NULL,
    UNIQUE (name, version)
);

CREATE TRIGGER checklist_template_final BEFORE UPDATE ON checklist_template
BEGIN
    SELECT RAISE(ABORT, 'an imported checklist template cannot be changed; import a new version');
END;
CREATE TRIGGER checklist_template_kept BEFORE DELETE ON checklist_template
BEGIN
    SELECT RAISE(ABORT, 'an imported checklist template cannot be deleted');
END;
