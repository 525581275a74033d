-- Issue 14: a finding's status on the desk follows the inspector's decisions in the inspection file (accepted:
-- CLOSED on the day accepted; sent back or none: OPEN). Two copies of an inspection file may hold the same inspection
-- with different decisions; the status of the latest decision wins whatever the order the files are loaded in, so
-- the desk keeps when that decision was made (UTC yyyy-MM-dd HH:mm:ss as the inspection file wrote it; NULL: no
-- decision yet). Under decision 0025's rules: TEXT only, no triggers, a plain ADD COLUMN both engines accept.
ALTER TABLE desk_finding ADD COLUMN decided_at TEXT CHECK (decided_at IS NULL OR length(decided_at) = 19);
