-- The verwijsindex (ADR 1010): a flag on an address (a BAG nummeraanduiding) without content, saying whom to contact
-- before a home visit or counter contact. A flag is asked by a coordinator (its owner) and becomes active only when a
-- second, different person approves it (ADR 1011). The reason and its category are for the coordinator and the
-- approver only; an employee's lookup reads contact_name, team and phone alone. Flags are never deleted: they end on
-- their date (the nightly job marks them ENDED) or earlier by a coordinator, and keep their history.
CREATE TABLE address_flag (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  id            uuid PRIMARY KEY,
  bag_id        text NOT NULL CHECK (bag_id ~ '^[0-9]{16}$'),
  address_label text NOT NULL CHECK (length(address_label) BETWEEN 1 AND 200),
  contact_name  text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 100),
  team          text NOT NULL CHECK (length(team) BETWEEN 1 AND 100),
  phone         text CHECK (phone IS NULL OR length(phone) BETWEEN 1 AND 30),
  owner_id      uuid NOT NULL REFERENCES app_user (id),
  approver_id   uuid NOT NULL REFERENCES app_user (id),
  category      text NOT NULL CHECK (category IN ('THREAT_TO_STAFF', 'EARLIER_AGGRESSION', 'CARE_COORDINATION',
                                                  'ONGOING_ENFORCEMENT', 'OTHER')),
  reason        text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  starts_on     date NOT NULL,
  ends_on       date NOT NULL,
  status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'ACTIVE', 'REFUSED', 'EXPIRED', 'ENDED')),
  asked_at      timestamptz NOT NULL,
  approved_by   uuid REFERENCES app_user (id),
  approved_at   timestamptz,
  ended_on      date,
  ended_by      uuid REFERENCES app_user (id),
  end_note      text CHECK (end_note IS NULL OR length(end_note) BETWEEN 1 AND 1000),
  reminded_at   timestamptz,
  -- the mandatory end: after the start, at most twelve months on (a renewal measures from its own day, see below)
  CHECK (ends_on > starts_on),
  -- four eyes, also in the database: the one who approves is never the owner
  CHECK (approver_id <> owner_id),
  CHECK (approved_by IS NULL OR approved_by <> owner_id),
  CHECK ((status IN ('ACTIVE', 'ENDED')) = (approved_by IS NOT NULL)),
  CHECK ((status = 'ENDED') = (ended_on IS NOT NULL))
);
-- One flag per address that is asked for or running (a new one once it has ended); also the employee's lookup of
-- the active flag on one address.
CREATE UNIQUE INDEX address_flag_open_uq ON address_flag (tenant_id, bag_id) WHERE status IN ('PENDING', 'ACTIVE');
-- The coordinator's list and the nightly job: flags by state and end date.
CREATE INDEX address_flag_status_idx ON address_flag (tenant_id, status, ends_on);
ALTER TABLE address_flag ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON address_flag USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
-- Flags are never removed.
REVOKE DELETE ON address_flag FROM ${appRole};
