-- Issue 13, the acceptance opinion: its number as the county writes it (意见书编号, e.g. 滨城验〔2026〕第 12 号) and
-- the inspection team's own words (检查组意见), both given before signing and fixed by it like the rest of the
-- on-site record. Empty: no number; the default sentence (an inspection signed before this version reads so).
ALTER TABLE review_record ADD COLUMN opinion_number TEXT NOT NULL DEFAULT '';
ALTER TABLE review_record ADD COLUMN opinion_words TEXT NOT NULL DEFAULT '';
