-- Issue 12: the enterprise's self-assessment (自评) as a record. A checklist scored against the records on a day,
-- signed by a named person: from then on final (never changed, never deleted). A later self-assessment is a new row;
-- an earlier one keeps its score. The result is kept whole (every line, every deduction with the records it rested
-- on) as the JSON of the scorer's result, so that it reads back exactly as it was signed.

CREATE TABLE self_assessment (
    id               INTEGER PRIMARY KEY,
    as_of            TEXT    NOT NULL CHECK (length(as_of) = 10),
    template_name    TEXT    NOT NULL,
    template_version TEXT    NOT NULL,
    template_sha256  TEXT    NOT NULL CHECK (length(template_sha256) = 64),
    score            TEXT    NOT NULL,
    max_score        TEXT    NOT NULL,
    conclusion       TEXT    NOT NULL CHECK (conclusion IN ('PASS', 'RECTIFY', 'FAIL')),
    signed_by        TEXT    NOT NULL CHECK (length(trim(signed_by)) > 0),
    signed_at        TEXT    NOT NULL,
    result_json      TEXT    NOT NULL
);

CREATE TRIGGER self_assessment_final BEFORE UPDATE ON self_assessment
BEGIN
    SELECT RAISE(ABORT, 'a signed self-assessment cannot be changed');
END;
CREATE TRIGGER self_assessment_kept BEFORE DELETE ON self_assessment
BEGIN
    SELECT RAISE(ABORT, 'a signed self-assessment cannot be deleted');
END;
