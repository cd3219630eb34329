-- Which deadline notices went out for a report, so that each goes out once (days and flags, no times: ADR 0601).
ALTER TABLE meldpunt_report
  ADD COLUMN acknowledge_reminded  boolean NOT NULL DEFAULT false,
  ADD COLUMN acknowledge_escalated boolean NOT NULL DEFAULT false,
  ADD COLUMN inform_reminded       boolean NOT NULL DEFAULT false,
  ADD COLUMN inform_escalated      boolean NOT NULL DEFAULT false;
