-- Address signals (ADR 1000-1003): each municipality's rules, thresholds and who may see signals, and its list of
-- known legitimate addresses (business centres, registered-office providers) that silences the rules there.
CREATE TABLE addresses_signal_settings (
  tenant_id        uuid PRIMARY KEY REFERENCES municipality (id),
  rules_off        text[] NOT NULL DEFAULT '{}',
  many_at_address  integer NOT NULL CHECK (many_at_address BETWEEN 2 AND 1000),
  many_at_home     integer NOT NULL CHECK (many_at_home BETWEEN 1 AND 1000),
  mentions         integer NOT NULL CHECK (mentions BETWEEN 1 AND 1000),
  street_same_kind integer NOT NULL CHECK (street_same_kind BETWEEN 2 AND 1000),
  viewer_roles     text[] NOT NULL DEFAULT '{}',
  updated_at       timestamptz NOT NULL,
  updated_by       uuid
);
ALTER TABLE addresses_signal_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON addresses_signal_settings
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON addresses_signal_settings FROM ${appRole};

CREATE TABLE addresses_signal_exception (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  bag_id     text NOT NULL CHECK (bag_id ~ '^[0-9]{16}$'),
  reason     text NOT NULL CHECK (length(reason) BETWEEN 3 AND 500),
  added_at   timestamptz NOT NULL,
  added_by   uuid,
  UNIQUE (tenant_id, bag_id)
);
ALTER TABLE addresses_signal_exception ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON addresses_signal_exception
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE ON addresses_signal_exception FROM ${appRole};
