-- User names are unique over the whole platform (they are the login name), but row-level security hides
-- other municipalities' users. This owner function answers only "is this name taken?", nothing more.
CREATE FUNCTION admin_username_taken(p_username text, p_except uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(p_username)
                        AND id IS DISTINCT FROM p_except) $$;

REVOKE ALL ON FUNCTION admin_username_taken(text, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION admin_username_taken(text, uuid) TO ${appRole};

CREATE INDEX app_user_tenant_name_idx ON app_user (tenant_id, lower(display_name));
CREATE INDEX app_user_tenant_position_idx ON app_user (tenant_id, position_id);

-- A user changes their own password (also platform operators, who belong to no municipality).
CREATE FUNCTION account_set_password(p_user uuid, p_hash text) RETURNS void
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$ UPDATE app_user SET password_hash = p_hash, failed_logins = 0, locked_until = NULL WHERE id = p_user $$;

REVOKE ALL ON FUNCTION account_set_password(uuid, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_set_password(uuid, text) TO ${appRole};
