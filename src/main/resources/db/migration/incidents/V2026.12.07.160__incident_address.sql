-- A structured address on an incident (ADR 1020): the BAG nummeraanduiding the reporter chose, besides the free-text
-- location. Counting per address (AddressMentions) and stacking by address walk this index within one municipality.
ALTER TABLE incident ADD COLUMN address_bag_id text CHECK (address_bag_id ~ '^[0-9]{4}20[0-9]{10}$');
CREATE INDEX incident_tenant_address_idx ON incident (tenant_id, address_bag_id, occurred_at)
  WHERE address_bag_id IS NOT NULL;
