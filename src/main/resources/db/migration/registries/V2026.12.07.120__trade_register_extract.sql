-- The trade register extract a municipality buys: every establishment (vestiging) in the municipality, per
-- municipality (ADR 0710). An import replaces the municipality's rows as a whole.
CREATE TABLE trade_establishment (
  tenant_id             uuid NOT NULL REFERENCES municipality (id),
  establishment_number  text NOT NULL CHECK (establishment_number ~ '^[0-9]{12}$'),
  kvk_number            text NOT NULL CHECK (kvk_number ~ '^[0-9]{8}$'),
  name                  text NOT NULL,
  sbi_codes             text[] NOT NULL DEFAULT '{}',
  postcode              text NOT NULL,
  house_number          integer NOT NULL,
  house_letter          text,
  addition              text,
  addressable_object_id text,
  number_designation_id text,
  PRIMARY KEY (tenant_id, establishment_number)
);
CREATE INDEX trade_establishment_address_idx ON trade_establishment (tenant_id, postcode, house_number);
CREATE INDEX trade_establishment_kvk_idx ON trade_establishment (tenant_id, kvk_number);
CREATE INDEX trade_establishment_object_idx ON trade_establishment (tenant_id, addressable_object_id)
  WHERE addressable_object_id IS NOT NULL;
CREATE INDEX trade_establishment_designation_idx ON trade_establishment (tenant_id, number_designation_id)
  WHERE number_designation_id IS NOT NULL;
ALTER TABLE trade_establishment ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON trade_establishment
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
-- rows are replaced by an import, never changed one by one
REVOKE UPDATE ON trade_establishment FROM ${appRole};

-- One row per import that was loaded: when, by whom, how many establishments, the file's encoding.
CREATE TABLE trade_import (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  imported_at    timestamptz NOT NULL,
  imported_by    uuid,
  establishments integer NOT NULL,
  encoding       text NOT NULL,
  file_name      text
);
CREATE INDEX trade_import_tenant_idx ON trade_import (tenant_id, imported_at DESC);
ALTER TABLE trade_import ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON trade_import
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE, DELETE ON trade_import FROM ${appRole};
