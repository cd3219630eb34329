-- API keys: an intranet page, a phone app or another system reports through the JSON API with
-- "Authorization: Bearer <key>" instead of a browser session. Only the SHA-256 of a key is stored; the key itself
-- is shown once, when it is made. A key acts for the user who made it, with that user's roles, and
-- for scope REPORT only on POST /api/v1/reports.
CREATE TABLE api_token (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  user_id      uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
  scope        text NOT NULL CHECK (scope IN ('REPORT', 'API')),
  token_hash   bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  hint         text NOT NULL CHECK (length(hint) BETWEEN 4 AND 12),
  created_at   timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL,
  last_used_at timestamptz,
  revoked_at   timestamptz,
  revoked_by   uuid REFERENCES app_user (id),
  CHECK (expires_at > created_at)
);
CREATE INDEX api_token_tenant_user_idx ON api_token (tenant_id, user_id, created_at DESC);

ALTER TABLE api_token ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON api_token
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
-- Keys are made and revoked, never rewritten: the application may set only the revocation columns.
REVOKE UPDATE, DELETE ON api_token FROM ${appRole};
GRANT UPDATE (revoked_at, revoked_by) ON api_token TO ${appRole};

-- A request with a key arrives before any municipality is known: this owner function is the only way past
-- row-level security. It answers only for a key that is neither revoked nor expired, of an enabled, unlocked
-- user, and notes when the key was last used (at most once a minute).
CREATE FUNCTION auth_use_api_token(p_hash bytea)
  RETURNS TABLE (token_id uuid, scope text, expires_at timestamptz, id uuid, tenant_id uuid, username text,
                 display_name text, department_id uuid, roles text[])
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
    WITH token AS (
      SELECT t.id, t.scope, t.expires_at, t.user_id, t.last_used_at
        FROM api_token t
       WHERE t.token_hash = p_hash AND t.revoked_at IS NULL AND t.expires_at > now()
    ), used AS (
      UPDATE api_token a SET last_used_at = now()
        FROM token
       WHERE a.id = token.id AND (token.last_used_at IS NULL OR token.last_used_at < now() - interval '1 minute')
    )
    SELECT token.id, token.scope, token.expires_at, u.id, u.tenant_id, u.username, u.display_name, u.department_id,
           coalesce(array_agg(r.role ORDER BY r.role) FILTER (WHERE r.role IS NOT NULL), '{}')
      FROM token
      JOIN app_user u ON u.id = token.user_id
      LEFT JOIN user_role r ON r.user_id = u.id
     WHERE u.enabled AND (u.locked_until IS NULL OR u.locked_until < now()) AND u.tenant_id IS NOT NULL
     GROUP BY token.id, token.scope, token.expires_at, u.id
  $$;

REVOKE ALL ON FUNCTION auth_use_api_token(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_use_api_token(bytea) TO ${appRole};
