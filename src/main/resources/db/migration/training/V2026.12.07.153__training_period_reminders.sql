-- When the reminder before the end of a certification period went out (ADR 0904): once per period, marked in the
-- transaction that queues the mails.
ALTER TABLE training_period ADD COLUMN reminded_at timestamptz;
