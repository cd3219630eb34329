-- Access rights: one partition per municipality, replaced as a whole by each import.
--
-- An access-rights file is the complete picture (a large municipality: a million rows), so an import replaces
-- everything the municipality had. Maintaining a unique index while a million rows arrive, and checking the
-- row-level security policy per row, cost most of the import time. Instead the import streams the rows with
-- binary COPY into a fresh table that only this municipality's rows fit (a CHECK on tenant_id), builds its index
-- once, protects it like every tenant table and swaps it in as the municipality's partition.
--
-- Safety: the application role reads and deletes only through the parent (row-level security as everywhere).
-- It can write into the fresh table only between proc_access_begin_load() and proc_access_end_load() of its own
-- transaction (the grant is made and revoked there, and rolls back with it), and only rows of the municipality
-- bound to the connection (the CHECK constraint, later the partition bound). Partitions themselves carry the
-- same policy and grant the application nothing.

ALTER TABLE proc_access RENAME TO proc_access_unpartitioned;
ALTER INDEX proc_access_pkey RENAME TO proc_access_unpartitioned_pkey;
ALTER TABLE proc_access_unpartitioned RENAME CONSTRAINT proc_access_access_right_check
  TO proc_access_unpartitioned_access_right_check;

CREATE TABLE proc_access (
  tenant_id      uuid NOT NULL,
  person_id      uuid NOT NULL,
  application_id uuid NOT NULL,
  access_right   text NOT NULL CONSTRAINT proc_access_access_right_check CHECK (length(access_right) BETWEEN 1 AND 80)
) PARTITION BY LIST (tenant_id);
ALTER TABLE proc_access ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON proc_access
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
REVOKE ALL ON proc_access FROM ${appRole};
GRANT SELECT, DELETE ON proc_access TO ${appRole};

-- The name of a municipality's partition (the load table is this name plus _load).
CREATE FUNCTION proc_access_partition(tenant uuid) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$ SELECT 'proc_access_' || replace(tenant::text, '-', '') $$;

-- Creates the empty load table for the municipality bound to the connection and lets the application write
-- into it until proc_access_end_load(); returns its (quoted) name for COPY.
CREATE FUNCTION proc_access_begin_load() RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    tenant uuid := current_tenant();
    load text;
  BEGIN
    IF tenant IS NULL THEN
      RAISE EXCEPTION 'no municipality bound to this connection';
    END IF;
    -- one load per municipality at a time; the second waits for the first to commit or roll back
    PERFORM pg_advisory_xact_lock(hashtextextended('proc_access_load:' || tenant::text, 0));
    load := proc_access_partition(tenant) || '_load';
    IF to_regclass(load) IS NOT NULL THEN
      EXECUTE format('DROP TABLE %I', load);
    END IF;
    EXECUTE format('CREATE TABLE %I (LIKE proc_access INCLUDING CONSTRAINTS, '
                   'CONSTRAINT %I CHECK (tenant_id = %L::uuid))', load, load || '_tenant', tenant);
    EXECUTE format('REVOKE ALL ON %I FROM PUBLIC, ${appRole}', load);
    EXECUTE format('GRANT INSERT ON %I TO ${appRole}', load);
    RETURN format('%I', load);
  END $$;

-- Finishes the load begun in this transaction: takes the application's write right away, builds the unique
-- index, enables row-level security, and makes the table the municipality's partition in place of the old one.
CREATE FUNCTION proc_access_end_load() RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  DECLARE
    tenant uuid := current_tenant();
    part text;
    load text;
  BEGIN
    IF tenant IS NULL THEN
      RAISE EXCEPTION 'no municipality bound to this connection';
    END IF;
    part := proc_access_partition(tenant);
    load := part || '_load';
    IF to_regclass(load) IS NULL THEN
      RAISE EXCEPTION 'no access load begun for this municipality in this transaction';
    END IF;
    EXECUTE format('REVOKE ALL ON %I FROM ${appRole}', load);
    EXECUTE format('CREATE UNIQUE INDEX %I ON %I (person_id, application_id, access_right)', load || '_key', load);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', load);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant()) '
                   'WITH CHECK (tenant_id = current_tenant())', load);
    IF to_regclass(part) IS NOT NULL THEN
      EXECUTE format('ALTER TABLE proc_access DETACH PARTITION %I', part);
      EXECUTE format('DROP TABLE %I', part);
    END IF;
    EXECUTE format('ALTER TABLE %I RENAME TO %I', load, part);
    EXECUTE format('ALTER INDEX %I RENAME TO %I', load || '_key', part || '_key');
    EXECUTE format('ALTER TABLE %I RENAME CONSTRAINT %I TO %I', part, load || '_tenant', part || '_tenant');
    -- the CHECK on tenant_id proves the partition bound: attaching does not scan the rows again
    EXECUTE format('ALTER TABLE proc_access ATTACH PARTITION %I FOR VALUES IN (%L)', part, tenant);
    EXECUTE format('ANALYZE %I', part);
  END $$;

REVOKE ALL ON FUNCTION proc_access_begin_load() FROM PUBLIC;
REVOKE ALL ON FUNCTION proc_access_end_load() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION proc_access_begin_load() TO ${appRole};
GRANT EXECUTE ON FUNCTION proc_access_end_load() TO ${appRole};

-- Existing rights move into their municipality's partition.
DO $$
DECLARE
  tenant uuid;
  load text;
BEGIN
  FOR tenant IN SELECT DISTINCT tenant_id FROM proc_access_unpartitioned LOOP
    PERFORM set_config('app.tenant_id', tenant::text, true);
    load := proc_access_begin_load();
    EXECUTE format('INSERT INTO %s SELECT * FROM proc_access_unpartitioned WHERE tenant_id = %L', load, tenant);
    PERFORM proc_access_end_load();
  END LOOP;
  PERFORM set_config('app.tenant_id', '', true);
END $$;
DROP TABLE proc_access_unpartitioned;

-- Statistics after an import: the access partition is analysed by proc_access_end_load() (analysing the
-- parent would sample every municipality's rights).
CREATE OR REPLACE FUNCTION proc_refresh_statistics() RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    ANALYZE proc_person;
    ANALYZE proc_step_auth;
  END $$;
