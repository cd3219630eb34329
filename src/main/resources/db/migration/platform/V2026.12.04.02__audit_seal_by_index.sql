-- audit_seal() looked up the end of a municipality's chain once per row to seal, with
-- "tenant_id IS NOT DISTINCT FROM ...", which no index serves: every row cost a scan of the whole audit log, so
-- sealing grew with the square of the log (835 ms per run for ~400 new rows on a log of 30,000 in the report
-- benchmark). Now the rows to seal are taken per municipality, in id order as before; the end of each chain is read
-- once, through audit_event_chain_idx, and carried along. Chains, hashes and their order do not change.
CREATE OR REPLACE FUNCTION audit_seal() RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
DECLARE
  r        audit_event;
  chain    uuid;
  current  uuid;
  last_seq bigint;
  last_hsh text;
  sealed   integer := 0;
BEGIN
  PERFORM pg_advisory_xact_lock(7406153);
  FOR r IN SELECT * FROM audit_event WHERE hash IS NULL
            ORDER BY coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), id LOOP
    chain := coalesce(r.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid);
    IF sealed = 0 OR chain IS DISTINCT FROM current THEN
      current := chain;
      last_seq := NULL;
      last_hsh := NULL;
      SELECT a.chain_seq, a.hash INTO last_seq, last_hsh
        FROM audit_event a
       WHERE coalesce(a.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) = chain
         AND a.chain_seq IS NOT NULL
       ORDER BY coalesce(a.tenant_id, '00000000-0000-0000-0000-000000000000'::uuid) DESC, a.chain_seq DESC
       LIMIT 1;
    END IF;
    r.chain_seq := coalesce(last_seq, 0) + 1;
    r.prev_hash := coalesce(last_hsh, '');
    r.hash := encode(sha256(convert_to(r.prev_hash || audit_canonical(r), 'UTF8')), 'hex');
    UPDATE audit_event SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    last_seq := r.chain_seq;
    last_hsh := r.hash;
    sealed := sealed + 1;
  END LOOP;
  RETURN sealed;
END $$;
