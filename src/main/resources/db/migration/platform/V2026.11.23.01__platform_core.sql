-- Platform core: the application role, tenant helper, municipalities, organisation, users and roles.
-- Flyway runs as the schema owner; the application connects and then switches to ${appRole},
-- which owns nothing, so row-level security always applies to it.

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${appRole}') THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOBYPASSRLS', '${appRole}');
  END IF;
  EXECUTE format('GRANT %I TO %I', '${appRole}', current_user);
END $$;

GRANT USAGE ON SCHEMA public TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${appRole};
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${appRole};

-- The municipality of the current transaction, or NULL when none is set.
CREATE FUNCTION current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$;

CREATE TABLE municipality (
  id               uuid PRIMARY KEY,
  slug             text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,40}$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  theme_primary    text NOT NULL DEFAULT '#154273' CHECK (theme_primary ~ '^#[0-9a-fA-F]{6}$'),
  theme_accent     text NOT NULL DEFAULT '#e17000' CHECK (theme_accent ~ '^#[0-9a-fA-F]{6}$'),
  logo_text        text,
  demo             boolean NOT NULL DEFAULT false,
  benchmark_opt_in boolean NOT NULL DEFAULT false,
  employee_count   integer CHECK (employee_count >= 0),
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE department (
  id        uuid PRIMARY KEY,
  tenant_id uuid NOT NULL REFERENCES municipality (id),
  code      text NOT NULL CHECK (length(code) BETWEEN 1 AND 20),
  name      text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  UNIQUE (tenant_id, code),
  UNIQUE (tenant_id, name)
);

CREATE TABLE position (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  name           text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  salary_scale   integer CHECK (salary_scale BETWEEN 1 AND 18),
  holds_mandate  boolean NOT NULL DEFAULT false,
  political_office boolean NOT NULL DEFAULT false,
  UNIQUE (tenant_id, name)
);

CREATE TABLE app_user (
  id              uuid PRIMARY KEY,
  tenant_id       uuid REFERENCES municipality (id),  -- NULL only for platform operators
  username        text NOT NULL CHECK (length(username) BETWEEN 3 AND 120),
  display_name    text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
  email           text CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$'),
  password_hash   text,
  department_id   uuid REFERENCES department (id),
  position_id     uuid REFERENCES position (id),
  confidant_scope text CHECK (confidant_scope IN ('CIVIL_SERVANTS', 'OFFICE_HOLDERS')),
  oidc_subject    text,
  enabled         boolean NOT NULL DEFAULT true,
  failed_logins   integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  last_login_at   timestamptz
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (lower(username));
CREATE UNIQUE INDEX app_user_oidc_uq ON app_user (tenant_id, oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX app_user_tenant_department_idx ON app_user (tenant_id, department_id);

CREATE TABLE user_role (
  user_id   uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  tenant_id uuid REFERENCES municipality (id),
  role      text NOT NULL CHECK (role IN ('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY',
                                          'LEGAL', 'ADMIN', 'OPERATOR')),
  PRIMARY KEY (user_id, role),
  CHECK ((role = 'OPERATOR') = (tenant_id IS NULL))
);
CREATE INDEX user_role_tenant_role_idx ON user_role (tenant_id, role);

-- Row-level security: a tenant table shows and accepts only rows of the current municipality.
ALTER TABLE department ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON department
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE position ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON position
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE app_user ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON app_user
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE user_role ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON user_role
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- Municipalities are visible to the application (names and themes are not case data), but only
-- the schema owner creates them: the operator does so through platform_create_municipality.
GRANT SELECT, UPDATE ON municipality TO ${appRole};
REVOKE INSERT, DELETE ON municipality FROM ${appRole};

-- Login happens before a municipality is known: these owner functions are the only way around RLS,
-- and they reveal nothing but what authentication needs.
CREATE FUNCTION auth_find_account(p_username text)
  RETURNS TABLE (id uuid, tenant_id uuid, username text, display_name text, password_hash text,
                 enabled boolean, locked_until timestamptz, department_id uuid, roles text[])
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT u.id, u.tenant_id, u.username, u.display_name, u.password_hash, u.enabled, u.locked_until,
           u.department_id,
           coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}')
      FROM app_user u LEFT JOIN user_role r ON r.user_id = u.id
     WHERE lower(u.username) = lower(p_username)
     GROUP BY u.id
  $$;

CREATE FUNCTION auth_record_failure(p_username text, p_max_failures integer, p_lock interval)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
    UPDATE app_user
       SET failed_logins = failed_logins + 1,
           locked_until = CASE WHEN failed_logins + 1 >= p_max_failures THEN now() + p_lock ELSE locked_until END
     WHERE lower(username) = lower(p_username)
  $$;

CREATE FUNCTION auth_record_success(p_user uuid)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$ UPDATE app_user SET failed_logins = 0, locked_until = NULL, last_login_at = now() WHERE id = p_user $$;

CREATE FUNCTION platform_create_municipality(p_id uuid, p_slug text, p_name text, p_demo boolean)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$ INSERT INTO municipality (id, slug, name, logo_text, demo) VALUES (p_id, p_slug, p_name, p_name, p_demo) $$;

CREATE FUNCTION platform_create_operator(p_id uuid, p_username text, p_display text, p_hash text)
  RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
    INSERT INTO app_user (id, tenant_id, username, display_name, password_hash) VALUES (p_id, NULL, p_username, p_display, p_hash);
    INSERT INTO user_role (user_id, tenant_id, role) VALUES (p_id, NULL, 'OPERATOR');
  $$;

REVOKE ALL ON FUNCTION auth_find_account(text), auth_record_failure(text, integer, interval),
  auth_record_success(uuid), platform_create_municipality(uuid, text, text, boolean),
  platform_create_operator(uuid, text, text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_find_account(text), auth_record_failure(text, integer, interval),
  auth_record_success(uuid), platform_create_municipality(uuid, text, text, boolean),
  platform_create_operator(uuid, text, text, text) TO ${appRole};
