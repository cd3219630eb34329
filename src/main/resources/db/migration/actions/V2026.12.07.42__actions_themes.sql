-- Themes of the action plan: a list per municipality that actions are grouped by. It starts with the five pillars
-- of the resilience scan and the eight measures of Veilige Publieke Taak; the coordinator adds, renames and
-- deactivates themes. A theme is never deleted: a deactivated theme stays on the actions that have it.
CREATE TABLE action_theme (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  name       text NOT NULL CHECK (length(name) BETWEEN 2 AND 100),
  kind       text NOT NULL CHECK (kind IN ('PILLAR', 'VPT', 'OWN')),
  active     boolean NOT NULL DEFAULT true,
  sort_order integer NOT NULL
);
CREATE UNIQUE INDEX action_theme_tenant_name_idx ON action_theme (tenant_id, lower(name));
CREATE INDEX action_theme_tenant_order_idx ON action_theme (tenant_id, sort_order);
ALTER TABLE action_theme ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_theme USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE DELETE ON action_theme FROM ${appRole};

ALTER TABLE action_item ADD COLUMN theme_id uuid REFERENCES action_theme (id);
CREATE INDEX action_item_tenant_theme_idx ON action_item (tenant_id, theme_id);

-- The starting list, in one place: given to a municipality that has no themes yet (here for the municipalities that
-- exist today; the application calls it on first use for municipalities added later). Safe to call twice at once:
-- the unique name index makes the second call insert nothing.
CREATE FUNCTION action_themes_seed(p_tenant uuid) RETURNS void LANGUAGE sql VOLATILE AS $$
  INSERT INTO action_theme (id, tenant_id, name, kind, sort_order)
  SELECT gen_random_uuid(), p_tenant, s.name, s.kind, s.sort_order
    FROM (VALUES
      ('Bewustwording en organisatie', 'PILLAR', 1),
      ('Informatiepositie', 'PILLAR', 2),
      ('Beleid en handhaving', 'PILLAR', 3),
      ('Integere en veilige werkomgeving', 'PILLAR', 4),
      ('Communicatie intern en extern', 'PILLAR', 5),
      ('Norm stellen', 'VPT', 6),
      ('Melden', 'VPT', 7),
      ('Registreren', 'VPT', 8),
      ('Trainen', 'VPT', 9),
      ('Aangifte of melding bij de politie', 'VPT', 10),
      ('Reactie op de dader', 'VPT', 11),
      ('Schade verhalen', 'VPT', 12),
      ('Gesprek met de medewerker en nazorg', 'VPT', 13)) AS s (name, kind, sort_order)
   WHERE NOT EXISTS (SELECT 1 FROM action_theme t WHERE t.tenant_id = p_tenant)
  ON CONFLICT DO NOTHING
$$;

SELECT action_themes_seed(id) FROM municipality;
