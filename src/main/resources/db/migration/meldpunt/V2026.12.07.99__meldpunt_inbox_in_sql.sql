-- The recipients' list is filtered, ordered and paged in SQL (ADR 0603). The next legal deadline is a stored
-- generated column, with the same rule as Deadlines.next: 7 days after receipt until acknowledged, then 3 months after
-- the acknowledgment, none once the reporter has been informed. Whether the reporter wrote last is kept on the report
-- when a message is added, so that "waiting for an answer" needs no look at the messages.
ALTER TABLE meldpunt_report
  ADD COLUMN next_deadline date GENERATED ALWAYS AS (
    CASE WHEN informed_on IS NOT NULL THEN NULL
         WHEN acknowledged_on IS NULL THEN received_on + 7
         ELSE (acknowledged_on + interval '3 months')::date END) STORED,
  ADD COLUMN awaiting_reply boolean NOT NULL DEFAULT false;

UPDATE meldpunt_report r
   SET awaiting_reply = coalesce((SELECT m.from_reporter FROM meldpunt_message m
                                   WHERE m.tenant_id = r.tenant_id AND m.report_id = r.id
                                   ORDER BY m.seq DESC LIMIT 1), false);

-- The list's order, within one municipality; every filter narrows a walk along it.
CREATE INDEX meldpunt_report_list_idx ON meldpunt_report (tenant_id, next_deadline, received_on, id);
-- What waits for a recipient (start page): open reports not acknowledged or answered by the reporter.
CREATE INDEX meldpunt_report_waiting_idx ON meldpunt_report (tenant_id)
  WHERE informed_on IS NULL AND (acknowledged_on IS NULL OR awaiting_reply);
