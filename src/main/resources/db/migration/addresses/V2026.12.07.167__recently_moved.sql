-- The rule "recently moved to this address" (ADR 1000): the trade extract's optional column "datum vestiging op
-- adres" (null for extracts without it, so earlier extracts and imports stay valid), and its threshold in days.
ALTER TABLE trade_establishment ADD COLUMN IF NOT EXISTS address_since date;
ALTER TABLE addresses_signal_settings
  ADD COLUMN recent_days integer NOT NULL DEFAULT 365 CHECK (recent_days BETWEEN 1 AND 3650);
