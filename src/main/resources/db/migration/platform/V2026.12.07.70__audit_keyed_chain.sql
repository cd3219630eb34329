-- The audit chain becomes keyed (ADR 0003, second decision). Until now audit_seal() linked rows with plain
-- sha256(prev_hash || canonical text): anyone who could write the table could rewrite a row and recompute every later
-- hash. From here on the application seals: hash = HMAC-SHA256(key, prev_hash || canonical text), with a key from
-- the environment that the database never sees. The database still assigns each row its place in the chain (under the
-- same advisory lock as before) and checks that what the application hands back continues the chain.
--
-- Rows sealed so far stay as they are and are verified with plain SHA-256 up to the cut-over recorded here; the first
-- keyed row of each chain carries the last plain hash in its keyed link, so the keyed chain covers them too.

-- 1. Seal what is still waiting, the old way, so that the cut-over falls after every row written before it.
SELECT audit_seal();
DROP FUNCTION audit_seal();

-- 2. Which key sealed a row: NULL for plain SHA-256 (before the cut-over), otherwise the key's id (not the key).
ALTER TABLE audit_event ADD COLUMN seal_key text;

CREATE OR REPLACE FUNCTION audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'audit_event is append-only';
  END IF;
  IF OLD.hash IS NOT NULL OR NEW.hash IS NULL
     OR (to_jsonb(OLD) - 'chain_seq' - 'prev_hash' - 'hash' - 'seal_key')
        <> (to_jsonb(NEW) - 'chain_seq' - 'prev_hash' - 'hash' - 'seal_key') THEN
    RAISE EXCEPTION 'audit_event is append-only';
  END IF;
  RETURN NEW;
END $$;

-- A row is written unsealed: only audit_apply() gives it its place and hash, so nobody can slip in a sealed-looking row.
CREATE FUNCTION audit_guard_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.chain_seq IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.seal_key IS NOT NULL THEN
    RAISE EXCEPTION 'audit_event rows are written unsealed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_event_unsealed BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_guard_insert();

-- 3. The cut-over per chain (tenant_id NULL: the platform's chain): rows from first_keyed_seq on are keyed. A chain
--    without a row here (every chain started after this migration) is keyed from its first row.
CREATE TABLE audit_chain_cutover (
  tenant_id       uuid REFERENCES municipality (id),
  first_keyed_seq bigint NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX audit_chain_cutover_chain_idx
  ON audit_chain_cutover (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid));
INSERT INTO audit_chain_cutover (tenant_id, first_keyed_seq)
  SELECT tenant_id, max(chain_seq) + 1 FROM audit_event WHERE chain_seq IS NOT NULL GROUP BY tenant_id;

-- 4. Anchors: a chain's head as it was handed outside the database (log, mail), with a MAC under the key, so that a
--    chain cut short after an anchor, or rewritten before it, is found.
CREATE TABLE audit_anchor (
  id          bigserial PRIMARY KEY,
  tenant_id   uuid REFERENCES municipality (id),   -- NULL: the platform's chain
  chain_seq   bigint NOT NULL,
  hash        text NOT NULL,
  anchored_at timestamptz NOT NULL,
  key_id      text NOT NULL,
  mac         text NOT NULL
);
CREATE INDEX audit_anchor_chain_idx
  ON audit_anchor (coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), chain_seq);

-- 5. Breaks found by the scheduled verification: one row per break, so that it is reported once; resolved_at is set
--    when the chain verifies again.
CREATE TABLE audit_chain_break (
  id              bigserial PRIMARY KEY,
  tenant_id       uuid REFERENCES municipality (id),   -- NULL: the platform's chain
  first_broken_id bigint,                               -- NULL: the chain ends before an anchored head
  reason          text NOT NULL,
  detected_at     timestamptz NOT NULL,
  resolved_at     timestamptz
);
CREATE INDEX audit_chain_break_open_idx ON audit_chain_break (tenant_id) WHERE resolved_at IS NULL;

-- A municipality sees its own rows; without a municipality in context, the platform's.
ALTER TABLE audit_chain_cutover ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_chain_cutover
  USING (tenant_id IS NOT DISTINCT FROM current_tenant()) WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant());
ALTER TABLE audit_anchor ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_anchor
  USING (tenant_id IS NOT DISTINCT FROM current_tenant()) WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant());
ALTER TABLE audit_chain_break ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON audit_chain_break
  USING (tenant_id IS NOT DISTINCT FROM current_tenant()) WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant());

-- The cut-over is fixed and anchors are append-only, for the application and (while the guard is on) the owner.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_chain_cutover FROM ${appRole};
REVOKE UPDATE, DELETE, TRUNCATE ON audit_anchor FROM ${appRole};
CREATE FUNCTION audit_fixed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER audit_chain_cutover_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_chain_cutover
  FOR EACH ROW EXECUTE FUNCTION audit_fixed();
CREATE TRIGGER audit_anchor_guard BEFORE UPDATE OR DELETE ON audit_anchor
  FOR EACH ROW EXECUTE FUNCTION audit_fixed();

-- 6. Sealing, in two steps inside one transaction of the application:
--    audit_pending(n) takes the sealing lock and gives up to n unsealed rows, per chain in id order, each with the
--    place it gets and its canonical text; prev_hash is given for the first row of each chain only (for the others it
--    is the hash the application computes for the row before). audit_apply(...) writes the hashes back, checking that
--    every row continues its chain.
CREATE FUNCTION audit_pending(max_rows integer)
  RETURNS TABLE (id bigint, tenant_id uuid, chain_seq bigint, prev_hash text, canonical text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
#variable_conflict use_column
DECLARE
  r        audit_event;
  chain    uuid;
  current  uuid;
  last_seq bigint;
  last_hsh text;
  n        integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(7406153);
  FOR r IN SELECT * FROM audit_event e WHERE e.hash IS NULL
            ORDER BY coalesce(e.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), e.id
            LIMIT max_rows LOOP
    chain := coalesce(r.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid);
    IF n = 0 OR chain IS DISTINCT FROM current THEN
      current := chain;
      last_seq := NULL;
      last_hsh := NULL;
      SELECT a.chain_seq, a.hash INTO last_seq, last_hsh
        FROM audit_event a
       WHERE coalesce(a.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain
         AND a.chain_seq IS NOT NULL
       ORDER BY coalesce(a.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) DESC, a.chain_seq DESC
       LIMIT 1;
      prev_hash := coalesce(last_hsh, '');
    ELSE
      prev_hash := NULL;
    END IF;
    r.chain_seq := coalesce(last_seq, 0) + 1;
    last_seq := r.chain_seq;
    id := r.id;
    tenant_id := r.tenant_id;
    chain_seq := r.chain_seq;
    canonical := audit_canonical(r);
    n := n + 1;
    RETURN NEXT;
  END LOOP;
END $$;
REVOKE ALL ON FUNCTION audit_pending(integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_pending(integer) TO ${appRole};

CREATE FUNCTION audit_apply(ids bigint[], seqs bigint[], prevs text[], hashes text[], key_id text)
  RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
DECLARE
  i        integer;
  chain    uuid;
  expected text;
BEGIN
  PERFORM pg_advisory_xact_lock(7406153);
  IF key_id IS NULL THEN
    RAISE EXCEPTION 'audit rows are sealed with a key';
  END IF;
  FOR i IN 1 .. coalesce(array_length(ids, 1), 0) LOOP
    SELECT coalesce(e.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) INTO chain
      FROM audit_event e WHERE e.id = ids[i] AND e.hash IS NULL;
    IF NOT FOUND THEN
      RAISE EXCEPTION 'audit_event % is not waiting to be sealed', ids[i];
    END IF;
    IF seqs[i] = 1 THEN
      expected := '';
    ELSE
      expected := NULL;
      SELECT a.hash INTO expected FROM audit_event a
       WHERE coalesce(a.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain
         AND a.chain_seq = seqs[i] - 1;
    END IF;
    IF expected IS NULL OR expected IS DISTINCT FROM prevs[i] THEN
      RAISE EXCEPTION 'audit_event % does not continue its chain', ids[i];
    END IF;
    UPDATE audit_event SET chain_seq = seqs[i], prev_hash = prevs[i], hash = hashes[i], seal_key = key_id
     WHERE audit_event.id = ids[i];
  END LOOP;
  RETURN coalesce(array_length(ids, 1), 0);
END $$;
REVOKE ALL ON FUNCTION audit_apply(bigint[], bigint[], text[], text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_apply(bigint[], bigint[], text[], text[], text) TO ${appRole};

-- 7. The chain of the municipality in context, or without one the platform's chain (tenant_id NULL), which row-level
--    security hides from every context. The filter is the same as the policy's for a municipality.
DROP FUNCTION audit_chain();
CREATE FUNCTION audit_chain()
  RETURNS TABLE (id bigint, chain_seq bigint, prev_hash text, hash text, seal_key text, canonical text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT e.id, e.chain_seq, e.prev_hash, e.hash, e.seal_key, audit_canonical(e) FROM audit_event e
         WHERE coalesce(e.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid)
               = coalesce(current_tenant(), '00000000-0000-0000-0000-000000000000'::uuid)
           AND e.chain_seq IS NOT NULL
         ORDER BY coalesce(e.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), e.chain_seq $$;
REVOKE ALL ON FUNCTION audit_chain() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_chain() TO ${appRole};

-- 8. For the health check, which runs without a municipality: the chains with a break that is not resolved.
CREATE FUNCTION audit_open_breaks() RETURNS TABLE (tenant_id uuid, reason text, detected_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT b.tenant_id, b.reason, b.detected_at FROM audit_chain_break b WHERE b.resolved_at IS NULL
         ORDER BY b.detected_at $$;
REVOKE ALL ON FUNCTION audit_open_breaks() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_open_breaks() TO ${appRole};
