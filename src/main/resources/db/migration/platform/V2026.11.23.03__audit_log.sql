-- Append-only audit log with a per-municipality hash chain.
-- Rows are written by the application (INSERT only); audit_seal() links them into the chain shortly after.

CREATE TABLE audit_event (
  id          bigserial PRIMARY KEY,
  tenant_id   uuid REFERENCES municipality (id),   -- NULL: platform-level event
  occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  actor_id    uuid,
  actor_name  text NOT NULL,
  actor_roles text NOT NULL DEFAULT '',
  action      text NOT NULL CHECK (action IN ('CREATE', 'READ', 'UPDATE', 'DELETE', 'LOGIN', 'LOGOUT', 'EXPORT', 'IMPORT', 'VERIFY')),
  object_type text NOT NULL,
  object_id   text,
  result      text NOT NULL CHECK (result IN ('SUCCESS', 'DENIED', 'FAILURE')),
  origin      text,
  purpose     text NOT NULL,
  chain_seq   bigint,
  prev_hash   text,
  hash        text
);
CREATE INDEX audit_event_tenant_time_idx ON audit_event (tenant_id, occurred_at DESC);
CREATE INDEX audit_event_tenant_object_idx ON audit_event (tenant_id, object_type, object_id);
CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE hash IS NULL;
CREATE UNIQUE INDEX audit_event_chain_idx ON audit_event (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), chain_seq);

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_event FOR SELECT USING (tenant_id = current_tenant());
CREATE POLICY audit_append ON audit_event FOR INSERT
  WITH CHECK (tenant_id IS NULL OR tenant_id = current_tenant());
REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${appRole};

-- The text that is hashed for one row: every field, in a fixed order and format.
CREATE FUNCTION audit_canonical(e audit_event) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT concat_ws('|', e.id, coalesce(e.tenant_id::text, '-'),
                     to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     coalesce(e.actor_id::text, '-'), e.actor_name, e.actor_roles, e.action, e.object_type,
                     coalesce(e.object_id, '-'), e.result, coalesce(e.origin, '-'), e.purpose, e.chain_seq)
  $$;

-- Rows may never change, except once: an unsealed row receives its place in the chain.
CREATE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'audit_event is append-only';
  END IF;
  IF OLD.hash IS NOT NULL OR NEW.hash IS NULL
     OR (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash') <> (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash') THEN
    RAISE EXCEPTION 'audit_event is append-only';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_event_guard BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_guard();

-- Links all unsealed rows into their municipality's chain: hash = sha256(prev_hash || canonical text).
-- Serialised by an advisory lock, so several nodes may call it at once. Returns the number of rows sealed.
CREATE FUNCTION audit_seal() RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
DECLARE
  r        audit_event;
  last_seq bigint;
  last_hsh text;
  sealed   integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(7406153);
  FOR r IN SELECT * FROM audit_event WHERE hash IS NULL ORDER BY id LOOP
    SELECT a.chain_seq, a.hash INTO last_seq, last_hsh
      FROM audit_event a
     WHERE a.tenant_id IS NOT DISTINCT FROM r.tenant_id AND a.hash IS NOT NULL
     ORDER BY a.chain_seq DESC LIMIT 1;
    r.chain_seq := coalesce(last_seq, 0) + 1;
    r.prev_hash := coalesce(last_hsh, '');
    r.hash := encode(sha256(convert_to(r.prev_hash || audit_canonical(r), 'UTF8')), 'hex');
    UPDATE audit_event SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    sealed := sealed + 1;
  END LOOP;
  RETURN sealed;
END $$;
REVOKE ALL ON FUNCTION audit_seal() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_seal() TO ${appRole};

-- The canonical text of the rows of the current municipality's chain, for verification by the application.
CREATE FUNCTION audit_chain() RETURNS TABLE (id bigint, chain_seq bigint, prev_hash text, hash text, canonical text)
  LANGUAGE sql STABLE
  AS $$ SELECT e.id, e.chain_seq, e.prev_hash, e.hash, audit_canonical(e) FROM audit_event e
         WHERE e.tenant_id = current_tenant() AND e.hash IS NOT NULL ORDER BY e.chain_seq $$;
