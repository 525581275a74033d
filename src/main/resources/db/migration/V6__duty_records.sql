-- Records of duty performance (专档记录, nine ones 9 and beyond): minutes of safety meetings, inspection notes,
-- training and publicity photos, scans of signed registers. Decision 0016's honest records: a duty record is final
-- once recorded (the triggers refuse an update or a delete, whatever writes to the file); a mistake is mended by a
-- new record whose corrects_id names the record it replaces, with a reason; a correction with voided = 1 withdraws
-- it. The files are kept in V3's attachment table (final, never deleted), linked here in their order, so a list of
-- records never reads a file's bytes and a correction may keep the files of the record it corrects.

CREATE TABLE duty_record (
    id                INTEGER PRIMARY KEY,
    kind              TEXT    NOT NULL CHECK (kind IN ('MEETING_MINUTES', 'INSPECTION_NOTES', 'TRAINING_PHOTOS',
                                                       'PUBLICITY_PHOTOS', 'SIGNED_REGISTER', 'OTHER')),
    title             TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    recorded_on       TEXT    NOT NULL CHECK (length(recorded_on) = 10),
    nine_item         INTEGER NOT NULL CHECK (nine_item BETWEEN 1 AND 9),
    note              TEXT    NOT NULL DEFAULT '',
    org_unit_id       INTEGER REFERENCES org_unit (id) ON DELETE RESTRICT,
    voided            INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    corrects_id       INTEGER UNIQUE REFERENCES duty_record (id) ON DELETE RESTRICT,
    correction_reason TEXT,
    recorded_by       TEXT    NOT NULL,
    recorded_at       TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (corrects_id IS NULL OR length(trim(correction_reason)) > 0)
);
CREATE INDEX duty_record_by_day ON duty_record (recorded_on);

-- The people a record concerns (attendees, the inspected, the trained), in the order given.
CREATE TABLE duty_record_person (
    record_id   INTEGER NOT NULL REFERENCES duty_record (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL CHECK (position >= 0),
    employee_id INTEGER NOT NULL REFERENCES employee (id) ON DELETE RESTRICT,
    PRIMARY KEY (record_id, position),
    UNIQUE (record_id, employee_id)
);

-- The files of a record, in the order given; the bytes stay in attachment.
CREATE TABLE duty_record_attachment (
    record_id     INTEGER NOT NULL REFERENCES duty_record (id) ON DELETE RESTRICT,
    position      INTEGER NOT NULL CHECK (position >= 0),
    attachment_id INTEGER NOT NULL REFERENCES attachment (id) ON DELETE RESTRICT,
    PRIMARY KEY (record_id, position)
);

CREATE TRIGGER duty_record_is_final BEFORE UPDATE ON duty_record
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be changed; record a correction');
END;
CREATE TRIGGER duty_record_kept BEFORE DELETE ON duty_record
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be deleted; record a correction');
END;
CREATE TRIGGER duty_record_person_is_final BEFORE UPDATE ON duty_record_person
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be changed; record a correction');
END;
CREATE TRIGGER duty_record_person_kept BEFORE DELETE ON duty_record_person
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be changed; record a correction');
END;
CREATE TRIGGER duty_record_attachment_is_final BEFORE UPDATE ON duty_record_attachment
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be changed; record a correction');
END;
CREATE TRIGGER duty_record_attachment_kept BEFORE DELETE ON duty_record_attachment
BEGIN
    SELECT RAISE(ABORT, 'a duty record cannot be changed; record a correction');
END;
