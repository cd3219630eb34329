-- A structured address on a meldpunt report (ADR 1020). The chosen BAG id itself is sealed with the report's content;
-- in clear there is only a keyed pseudonym of it (HMAC-SHA256 under a key derived per municipality from the master
-- key), so that reports at one address can be counted without a database copy telling which address it is.
ALTER TABLE meldpunt_report ADD COLUMN address_key text;
CREATE INDEX meldpunt_report_address_idx ON meldpunt_report (tenant_id, address_key) WHERE address_key IS NOT NULL;
