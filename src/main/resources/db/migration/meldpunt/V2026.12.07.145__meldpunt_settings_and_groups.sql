-- Per municipality: whether its meldpunt is open to outsiders (residents, entrepreneurs) besides the people who work
-- for it. Without a row, it is not.
CREATE TABLE meldpunt_settings (
  tenant_id         uuid PRIMARY KEY REFERENCES municipality (id),
  open_to_outsiders boolean NOT NULL DEFAULT false,
  updated_on        date NOT NULL
);
ALTER TABLE meldpunt_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON meldpunt_settings USING (tenant_id = current_tenant())
  WITH CHECK (tenant_id = current_tenant());

-- A meldpunt shared by named municipalities (EU Directive 2019/1937 art. 8(9)): one public entry page that lets the
-- reporter choose the municipality; each member keeps its own recipients and its own reports. Set up by the platform
-- operator; public information, so without row security.
CREATE TABLE meldpunt_group (
  id   uuid PRIMARY KEY,
  slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(slug) <= 60),
  name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120)
);
CREATE TABLE meldpunt_group_member (
  group_id        uuid NOT NULL REFERENCES meldpunt_group (id) ON DELETE CASCADE,
  municipality_id uuid NOT NULL REFERENCES municipality (id),
  PRIMARY KEY (group_id, municipality_id)
);
CREATE INDEX meldpunt_group_member_municipality_idx ON meldpunt_group_member (municipality_id);
