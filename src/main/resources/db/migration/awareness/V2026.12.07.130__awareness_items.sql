-- The awareness hub: news items and success stories per municipality, written in Markdown by the coordinator.
CREATE TABLE awareness_item (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  kind         text NOT NULL CHECK (kind IN ('NEWS', 'STORY')),
  title        text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  body         text NOT NULL CHECK (length(body) <= 20000),
  public       boolean NOT NULL DEFAULT false,
  published_at timestamptz,
  -- how often the published item was read on the hub and on the intranet page: numbers only, never who
  reads_hub    bigint NOT NULL DEFAULT 0 CHECK (reads_hub >= 0),
  reads_embed  bigint NOT NULL DEFAULT 0 CHECK (reads_embed >= 0),
  created_by   uuid REFERENCES app_user (id),
  created_at   timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX awareness_item_published_idx ON awareness_item (tenant_id, published_at DESC) WHERE published_at IS NOT NULL;
ALTER TABLE awareness_item ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON awareness_item USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Images of an item (PNG or JPEG only, recognised by content), encrypted at rest with the item's id bound.
CREATE TABLE awareness_image (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  item_id      uuid NOT NULL REFERENCES awareness_item (id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  size_bytes   integer NOT NULL CHECK (size_bytes > 0),
  nonce        bytea NOT NULL,
  ciphertext   bytea NOT NULL,
  uploaded_by  uuid REFERENCES app_user (id),
  created_at   timestamptz NOT NULL
);
CREATE INDEX awareness_image_item_idx ON awareness_image (tenant_id, item_id);
ALTER TABLE awareness_image ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON awareness_image USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE UPDATE ON awareness_image FROM ${appRole};
