-- The outcome a recipient records for a report; a measure may become an action in the action plan, which holds only
-- the text the recipient wrote for it (the action plan's readers may include the person reported).
ALTER TABLE meldpunt_report
  ADD COLUMN outcome    text CHECK (outcome IN ('NO_FURTHER_ACTION', 'INTERNAL_INVESTIGATION', 'REFERRAL', 'MEASURES')),
  ADD COLUMN outcome_on date,
  ADD COLUMN action_id  uuid,
  ADD CONSTRAINT meldpunt_outcome_day CHECK ((outcome IS NULL) = (outcome_on IS NULL));
