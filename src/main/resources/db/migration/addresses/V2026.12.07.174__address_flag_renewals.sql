-- Renewals of a flag (ADR 1010): each needs a reason and a second person's approval, and runs at most twelve months
-- from the day it was asked. Every renewal is kept, approved or not, as the flag's history; an approved one moves the
-- flag's ends_on to new_ends_on.
CREATE TABLE address_flag_renewal (
  tenant_id        uuid NOT NULL REFERENCES municipality (id),
  id               uuid PRIMARY KEY,
  flag_id          uuid NOT NULL REFERENCES address_flag (id),
  asked_by         uuid NOT NULL REFERENCES app_user (id),
  asked_on         date NOT NULL,
  approver_id      uuid NOT NULL REFERENCES app_user (id),
  reason           text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  previous_ends_on date NOT NULL,
  new_ends_on      date NOT NULL,
  status           text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'EXPIRED')),
  decided_by       uuid REFERENCES app_user (id),
  decided_at       timestamptz,
  CHECK (new_ends_on > asked_on),
  CHECK (new_ends_on <= asked_on + interval '12 months'),
  CHECK (approver_id <> asked_by),
  CHECK (decided_by IS NULL OR decided_by <> asked_by)
);
CREATE INDEX address_flag_renewal_flag_idx ON address_flag_renewal (tenant_id, flag_id, asked_on);
-- at most one renewal waits per flag
CREATE UNIQUE INDEX address_flag_renewal_pending_uq ON address_flag_renewal (flag_id) WHERE status = 'PENDING';
ALTER TABLE address_flag_renewal ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON address_flag_renewal
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON address_flag_renewal FROM ${appRole};
