-- Lock-out that cannot be used to deny service (ADR 0013). After too many failed logins an account is locked, but
-- only for addresses it has not logged in from before: the owner keeps logging in from the office or from home while
-- someone elsewhere guesses. The addresses are kept only as a hash with the account's id, for a limited time, at
-- most 20 per account; the application cannot read this table, only ask the owner functions below.
CREATE TABLE login_address (
  user_id       uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  tenant_id     uuid REFERENCES municipality (id),
  address_hash  bytea NOT NULL CHECK (length(address_hash) = 32),
  last_login_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, address_hash)
);

ALTER TABLE login_address ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON login_address
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE ALL ON login_address FROM ${appRole};

CREATE FUNCTION auth_address_hash(p_user uuid, p_address text)
  RETURNS bytea LANGUAGE sql IMMUTABLE SET search_path = public
  AS $$ SELECT sha256(convert_to(p_user::text || '|' || coalesce(p_address, ''), 'UTF8')) $$;

-- A successful login notes its address. It ends the failure count and a lock that has run out; a lock that is still
-- running stays (the owner got in from a known address, the guessing elsewhere goes on).
CREATE FUNCTION auth_record_success(p_user uuid, p_address text, p_keep interval)
  RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    UPDATE app_user
       SET last_login_at = now(),
           failed_logins = CASE WHEN locked_until > now() THEN failed_logins ELSE 0 END,
           locked_until = CASE WHEN locked_until > now() THEN locked_until END
     WHERE id = p_user;
    INSERT INTO login_address (user_id, tenant_id, address_hash, last_login_at)
    SELECT u.id, u.tenant_id, auth_address_hash(u.id, p_address), now() FROM app_user u WHERE u.id = p_user
        ON CONFLICT (user_id, address_hash) DO UPDATE SET last_login_at = excluded.last_login_at;
    DELETE FROM login_address a
     WHERE a.user_id = p_user
       AND (a.last_login_at < now() - p_keep
            OR a.address_hash NOT IN (SELECT k.address_hash FROM login_address k WHERE k.user_id = p_user
                                       ORDER BY k.last_login_at DESC LIMIT 20));
  END
  $$;

CREATE FUNCTION auth_is_familiar_address(p_user uuid, p_address text, p_keep interval)
  RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (SELECT 1 FROM login_address
                    WHERE user_id = p_user AND address_hash = auth_address_hash(p_user, p_address)
                      AND last_login_at > now() - p_keep)
  $$;

-- A lock after failed password logins no longer stops the account's API keys: a key cannot be guessed, and a lock
-- that anyone can cause must not cut off the account's intranet button or phone app.
CREATE OR REPLACE FUNCTION auth_use_api_token(p_hash bytea)
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
     WHERE u.enabled AND u.tenant_id IS NOT NULL
     GROUP BY token.id, token.scope, token.expires_at, u.id
  $$;

REVOKE ALL ON FUNCTION auth_address_hash(uuid, text), auth_record_success(uuid, text, interval),
  auth_is_familiar_address(uuid, text, interval) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION auth_record_success(uuid, text, interval), auth_is_familiar_address(uuid, text, interval)
  TO ${appRole};
