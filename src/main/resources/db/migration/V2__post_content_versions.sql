-- Every version of a post's safety content (duty list, operating procedure, risk card, emergency card).
-- Numbers count up from 1 per post and kind. A draft may change; an approved version never does (the trigger
-- below enforces it): editing it starts a new draft. The body is the content's JSON form (model ContentJson).
-- Times are UTC (CURRENT_TIMESTAMP); effective_from is a day (yyyy-MM-dd).
CREATE TABLE post_content_version (
    id               INTEGER PRIMARY KEY,
    post_id          INTEGER NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    kind             TEXT    NOT NULL CHECK (kind IN ('DUTY_LIST', 'PROCEDURE', 'RISK_CARD', 'EMERGENCY_CARD')),
    number           INTEGER NOT NULL CHECK (number >= 1),
    status           TEXT    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'APPROVED')),
    body             TEXT    NOT NULL CHECK (json_valid(body)),
    template_name    TEXT,
    template_version INTEGER NOT NULL DEFAULT 0,
    created_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    approved_by      TEXT,
    approved_at      TEXT,
    effective_from   TEXT,
    UNIQUE (post_id, kind, number),
    CHECK (status = 'DRAFT'
        OR (length(trim(approved_by)) > 0 AND approved_at IS NOT NULL AND effective_from IS NOT NULL))
);

-- At most one draft per post and kind.
CREATE UNIQUE INDEX post_content_one_draft ON post_content_version (post_id, kind) WHERE status = 'DRAFT';

-- For "the version in force for every post of a kind" in one query.
CREATE INDEX post_content_by_kind ON post_content_version (kind, status, post_id, effective_from);

-- Approved versions are final, whatever writes to the file.
CREATE TRIGGER post_content_approved_is_final
    BEFORE UPDATE ON post_content_version
    WHEN OLD.status = 'APPROVED'
BEGIN
    SELECT RAISE(ABORT, 'an approved version of post content cannot be changed; edit it as a new draft');
END;

-- The minimal duty list of issue 2 becomes each post's first draft of its duty list, in the same order.
INSERT INTO post_content_version (post_id, kind, number, status, body)
SELECT post_id, 'DUTY_LIST', 1, 'DRAFT',
       json_object('items', json_group_array(json_object(
               'category', '',
               'duty', text,
               'responsible', '本岗位',
               'scope', '',
               'assessmentStandard', '',
               'legalBasis', '',
               'form', 'DIRECT') ORDER BY position))
FROM post_duty
GROUP BY post_id;

DROP TABLE post_duty;
