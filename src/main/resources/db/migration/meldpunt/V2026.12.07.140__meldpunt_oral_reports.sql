-- Oral reports (ADR 0604): a recipient records a phone call or a meeting as a report, with the reporter's consent to
-- the record; the reporter reads, corrects (by a message) and confirms it with the receipt code. Days only.
ALTER TABLE meldpunt_report
  ADD COLUMN channel      text NOT NULL DEFAULT 'WRITTEN' CHECK (channel IN ('WRITTEN', 'PHONE', 'MEETING')),
  -- the recipient who recorded an oral report; null for a written one
  ADD COLUMN recorded_by  uuid,
  -- the day the reporter's consent to the record was noted; required for an oral report
  ADD COLUMN consent_on   date,
  -- the day the reporter confirmed the record
  ADD COLUMN confirmed_on date,
  ADD CONSTRAINT meldpunt_oral_record CHECK (
    (channel = 'WRITTEN' AND recorded_by IS NULL AND consent_on IS NULL AND confirmed_on IS NULL)
    OR (channel <> 'WRITTEN' AND recorded_by IS NOT NULL AND consent_on IS NOT NULL));
