-- Issue 12, point 2: the enterprise's own judgement of the checklist lines a person judges (evidence M or A+M), and
-- the lines it marks 缺项 (not applicable; only where the template allows it). One row per act of judging, final
-- like every record here (decision 0016, V4, V8): never changed, never deleted. A new judgement of the same line
-- supersedes the earlier one (the latest row wins, by id), so a line's history stays visible; NOT_JUDGED takes a
-- line back to "not judged" (full points until judged), NOT_APPLICABLE marks it 缺项.
--
-- A judgement is keyed by the template's NAME and the line id, not by its version: it carries over to a new version
-- of the same template as long as the line id still exists there (the version judged against is kept for the
-- record). Where the newer version no longer fits it (the line gone, fewer points than deducted, no longer a veto
-- line, 缺项 no longer allowed), the score skips it and reports the line as not judged.
--
-- The supporting evidence is not stored twice: a judgement names records of duty performance (duty_record, V6),
-- whose files are kept there.

CREATE TABLE line_judgement (
    id               INTEGER PRIMARY KEY,
    template_name    TEXT    NOT NULL CHECK (length(trim(template_name)) > 0),
    template_version TEXT    NOT NULL,
    line_id          TEXT    NOT NULL CHECK (length(trim(line_id)) > 0),
    verdict          TEXT    NOT NULL CHECK (verdict IN ('CONFIRMED', 'DEDUCTED', 'SCORED', 'VETO_FAILED',
                                                         'VETO_MET', 'NOT_APPLICABLE', 'NOT_JUDGED')),
    -- the points deducted (DEDUCTED) or given (SCORED), as exact decimal text; NULL for every other verdict
    points           TEXT,
    note             TEXT    NOT NULL DEFAULT '',
    judged_by        TEXT    NOT NULL CHECK (length(trim(judged_by)) > 0),
    judged_at        TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK ((verdict IN ('DEDUCTED', 'SCORED')) = (points IS NOT NULL)),
    -- a note says why whenever points are deducted or a veto fails
    CHECK (verdict <> 'VETO_FAILED' OR length(trim(note)) > 0),
    CHECK (verdict <> 'DEDUCTED' OR CAST(points AS REAL) = 0 OR length(trim(note)) > 0)
);
CREATE INDEX line_judgement_by_line ON line_judgement (template_name, line_id, id);

-- The records of duty performance a judgement rests on, in the order given.
CREATE TABLE line_judgement_record (
    judgement_id   INTEGER NOT NULL REFERENCES line_judgement (id) ON DELETE RESTRICT,
    position       INTEGER NOT NULL CHECK (position >= 0),
    duty_record_id INTEGER NOT NULL REFERENCES duty_record (id) ON DELETE RESTRICT,
    PRIMARY KEY (judgement_id, position),
    UNIQUE (judgement_id, duty_record_id)
);

CREATE TRIGGER line_judgement_is_final BEFORE UPDATE ON line_judgement
BEGIN
    SELECT RAISE(ABORT, 'a judgement cannot be changed; record a new judgement of the line');
END;
CREATE TRIGGER line_judgement_kept BEFORE DELETE ON line_judgement
BEGIN
    SELECT RAISE(ABORT, 'a judgement cannot be deleted; record a new judgement of the line');
END;
CREATE TRIGGER line_judgement_record_is_final BEFORE UPDATE ON line_judgement_record
BEGIN
    SELECT RAISE(ABORT, 'a judgement cannot be changed; record a new judgement of the line');
END;
CREATE TRIGGER line_judgement_record_kept BEFORE DELETE ON line_judgement_record
BEGIN
    SELECT RAISE(ABORT, 'a judgement cannot be changed; record a new judgement of the line');
END;
