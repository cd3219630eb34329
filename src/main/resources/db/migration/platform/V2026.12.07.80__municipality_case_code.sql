-- The short code a municipality's case numbers start with (VBS-2026-0042): two to five capitals, one per
-- municipality, asked for at onboarding. Municipalities created before have none until an operator gives them one;
-- their numbers then read without it (2026-0042).
ALTER TABLE municipality ADD COLUMN case_code text UNIQUE CHECK (case_code ~ '^[A-Z]{2,5}$');

UPDATE municipality SET case_code = 'VBS' WHERE slug = 'voorbeeldstad' AND demo;
UPDATE municipality SET case_code = 'KLD' WHERE slug = 'kleindorp' AND demo;
