-- Issue 13, points 3, 5 and the signing of 6: the inspector's review of an inspection. Every row is final once
-- written (a later row of the same line supersedes it, the history stays), and nothing more is written for an
-- inspection once its on-site record is signed: the triggers refuse it, whatever the app does.

-- The checklist the inspection scores against, kept whole (its canonical JSON), so that the review can be made
-- again: none, the package's own; the latest row is in force ('package' goes back to the package's own).
CREATE TABLE review_template (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    source        TEXT    NOT NULL CHECK (source IN ('package', 'file')),
    file_name     TEXT    NOT NULL DEFAULT '',
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    version       TEXT    NOT NULL,
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    json          TEXT    NOT NULL CHECK (length(json) > 0),
    chosen_by     TEXT    NOT NULL,
    chosen_at     TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX review_template_of ON review_template (inspection_id, id);

-- A line's score changed by the inspector, always with a reason; score NULL takes the line back to its computed
-- score. Kept by the template's name and the line id; the latest of a line is in force.
CREATE TABLE review_score_change (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    template_name TEXT    NOT NULL CHECK (length(trim(template_name)) > 0),
    line_id       TEXT    NOT NULL CHECK (length(trim(line_id)) > 0),
    -- exact decimal text
    score         TEXT,
    reason        TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    changed_by    TEXT    NOT NULL,
    changed_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX review_score_change_of ON review_score_change (inspection_id, template_name, line_id, id);

-- The inspector's judgement of a manual line (evidence M or A+M), in the shape of the enterprise's line_judgement.
CREATE TABLE review_judgement (
    id               INTEGER PRIMARY KEY,
    inspection_id    INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    template_name    TEXT    NOT NULL CHECK (length(trim(template_name)) > 0),
    template_version TEXT    NOT NULL,
    line_id          TEXT    NOT NULL CHECK (length(trim(line_id)) > 0),
    verdict          TEXT    NOT NULL CHECK (verdict IN ('CONFIRMED', 'DEDUCTED', 'SCORED', 'VETO_FAILED',
                                                         'VETO_MET', 'NOT_APPLICABLE', 'NOT_JUDGED')),
    points           TEXT,
    note             TEXT    NOT NULL DEFAULT '',
    judged_by        TEXT    NOT NULL,
    judged_at        TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK ((verdict IN ('DEDUCTED', 'SCORED')) = (points IS NOT NULL)),
    CHECK (verdict <> 'VETO_FAILED' OR length(trim(note)) > 0)
);
CREATE INDEX review_judgement_of ON review_judgement (inspection_id, template_name, line_id, id);

-- A file (a photo, a scan) an inspection keeps, owned by a row of another table: owner_kind names the table
-- ('judgement' here), owner_id the row.
CREATE TABLE review_attachment (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    owner_kind    TEXT    NOT NULL CHECK (length(trim(owner_kind)) > 0),
    owner_id      INTEGER NOT NULL,
    position      INTEGER NOT NULL CHECK (position >= 0),
    file_name     TEXT    NOT NULL CHECK (length(trim(file_name)) > 0),
    sha256        TEXT    NOT NULL CHECK (length(sha256) = 64),
    size          BIGINT  NOT NULL CHECK (size >= 0),
    content       BLOB    NOT NULL,
    added_by      TEXT    NOT NULL,
    added_at      TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    UNIQUE (owner_kind, owner_id, position)
);
CREATE INDEX review_attachment_of ON review_attachment (inspection_id, owner_kind, owner_id);

-- A finding (model.inspection.InspectionFinding); uid unique everywhere.
CREATE TABLE review_finding (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE RESTRICT,
    uid           TEXT    NOT NULL UNIQUE CHECK (length(uid) = 36),
    line_id       TEXT    NOT NULL DEFAULT '',
    source        TEXT    NOT NULL CHECK (source IN ('DEDUCTION', 'VETO', 'MANUAL')),
    seen          TEXT    NOT NULL CHECK (length(trim(seen)) > 0),
    requirement   TEXT    NOT NULL DEFAULT '',
    deadline      TEXT    NOT NULL CHECK (length(deadline) = 10),
    responsible   TEXT    NOT NULL DEFAULT '',
    created_by    TEXT    NOT NULL,
    created_at    TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX review_finding_of ON review_finding (inspection_id, id);

-- The on-site record (Work Safety Law Art. 65), signed once: time, place, content, problems found and how they are
-- handled, the inspectors, the enterprise's responsible person and whether he or she refused to sign (with a note),
-- and the result as it stood when signed (template, score, conclusion, the scored checklist as JSON).
CREATE TABLE review_record (
    inspection_id      INTEGER PRIMARY KEY REFERENCES inspection (id) ON DELETE RESTRICT,
    checked_at         TEXT    NOT NULL CHECK (length(trim(checked_at)) > 0),
    place              TEXT    NOT NULL CHECK (length(trim(place)) > 0),
    content            TEXT    NOT NULL CHECK (length(trim(content)) > 0),
    problems           TEXT    NOT NULL DEFAULT '',
    handling           TEXT    NOT NULL DEFAULT '',
    -- one name a line
    inspectors         TEXT    NOT NULL CHECK (length(trim(inspectors)) > 0),
    responsible_person TEXT    NOT NULL CHECK (length(trim(responsible_person)) > 0),
    refused_to_sign    INTEGER NOT NULL DEFAULT 0 CHECK (refused_to_sign IN (0, 1)),
    refusal_note       TEXT    NOT NULL DEFAULT '',
    template_name      TEXT    NOT NULL,
    template_version   TEXT    NOT NULL,
    template_sha256    TEXT    NOT NULL CHECK (length(template_sha256) = 64),
    as_of              TEXT    NOT NULL,
    score              TEXT    NOT NULL,
    max_score          TEXT    NOT NULL,
    conclusion         TEXT    NOT NULL CHECK (conclusion IN ('PASS', 'RECTIFY', 'FAIL')),
    result             TEXT    NOT NULL,
    signed_by          TEXT    NOT NULL,
    signed_at          TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (refused_to_sign = 0 OR length(trim(refusal_note)) > 0)
);

CREATE TRIGGER review_template_final BEFORE UPDATE ON review_template
BEGIN SELECT RAISE(ABORT, 'a chosen template cannot be changed; choose again'); END;
CREATE TRIGGER review_template_kept BEFORE DELETE ON review_template
BEGIN SELECT RAISE(ABORT, 'a chosen template cannot be deleted; choose again'); END;
CREATE TRIGGER review_template_signed BEFORE INSERT ON review_template
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded'); END;

CREATE TRIGGER review_score_change_final BEFORE UPDATE ON review_score_change
BEGIN SELECT RAISE(ABORT, 'a score change cannot be changed; change the score again'); END;
CREATE TRIGGER review_score_change_kept BEFORE DELETE ON review_score_change
BEGIN SELECT RAISE(ABORT, 'a score change cannot be deleted; change the score again'); END;
CREATE TRIGGER review_score_change_signed BEFORE INSERT ON review_score_change
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded'); END;

CREATE TRIGGER review_judgement_final BEFORE UPDATE ON review_judgement
BEGIN SELECT RAISE(ABORT, 'a judgement cannot be changed; judge the line again'); END;
CREATE TRIGGER review_judgement_kept BEFORE DELETE ON review_judgement
BEGIN SELECT RAISE(ABORT, 'a judgement cannot be deleted; judge the line again'); END;
CREATE TRIGGER review_judgement_signed BEFORE INSERT ON review_judgement
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded'); END;

CREATE TRIGGER review_attachment_final BEFORE UPDATE ON review_attachment
BEGIN SELECT RAISE(ABORT, 'an attachment cannot be changed'); END;
CREATE TRIGGER review_attachment_kept BEFORE DELETE ON review_attachment
BEGIN SELECT RAISE(ABORT, 'an attachment cannot be deleted'); END;
CREATE TRIGGER review_attachment_signed BEFORE INSERT ON review_attachment
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded'); END;

CREATE TRIGGER review_finding_final BEFORE UPDATE ON review_finding
BEGIN SELECT RAISE(ABORT, 'a finding cannot be changed'); END;
CREATE TRIGGER review_finding_kept BEFORE DELETE ON review_finding
BEGIN SELECT RAISE(ABORT, 'a finding cannot be deleted'); END;
CREATE TRIGGER review_finding_signed BEFORE INSERT ON review_finding
WHEN EXISTS (SELECT 1 FROM review_record WHERE inspection_id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'the inspection is signed: nothing more can be recorded'); END;

CREATE TRIGGER review_record_final BEFORE UPDATE ON review_record
BEGIN SELECT RAISE(ABORT, 'a signed on-site record cannot be changed'); END;
CREATE TRIGGER review_record_kept BEFORE DELETE ON review_record
BEGIN SELECT RAISE(ABORT, 'a signed on-site record cannot be deleted'); END;
