-- Read views of the organisation for other modules' list and case pages (ADR 0005): names only, no login data.
-- security_invoker makes the row-level security of the tables underneath apply to whoever reads the view.
CREATE VIEW org_person WITH (security_invoker = true) AS
  SELECT id, tenant_id, display_name FROM app_user;

CREATE VIEW org_department WITH (security_invoker = true) AS
  SELECT id, tenant_id, name FROM department;

CREATE VIEW org_position WITH (security_invoker = true) AS
  SELECT id, tenant_id, name FROM position;

REVOKE INSERT, UPDATE, DELETE ON org_person, org_department, org_position FROM ${appRole};
