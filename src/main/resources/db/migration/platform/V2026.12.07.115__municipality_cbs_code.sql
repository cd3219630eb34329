-- The CBS municipality code (gemeentecode, four digits as in the BAG: 0221) of each municipality, given at
-- onboarding, so that a BAG extract of a municipality can be matched to it (ADR 0702). The demo municipalities
-- are fictional and get codes CBS does not use (99xx), so that they never pass for a real municipality.
ALTER TABLE municipality ADD COLUMN cbs_code text UNIQUE CHECK (cbs_code ~ '^[0-9]{4}$');

UPDATE municipality SET cbs_code = '9901' WHERE slug = 'voorbeeldstad' AND demo;
UPDATE municipality SET cbs_code = '9902' WHERE slug = 'kleindorp' AND demo;
