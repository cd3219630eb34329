-- The BAG (Basisregistratie Adressen en Gebouwen), loaded from Kadaster's extract (ADR 0700). Public registry data,
-- shared by the whole platform: no tenant_id and no row-level security. Every table holds every voorkomen (the
-- history) with "current" marking the one in force at the stand's date; lookups read only current rows through
-- partial indexes. x and y are Rijksdriehoek coordinates (EPSG:28992): the point of a verblijfsobject, the
-- centroid of a polygon's outer ring(s) otherwise, worked out while loading.

CREATE TABLE bag_woonplaats (
  id text NOT NULL,
  voorkomen integer NOT NULL,
  current boolean NOT NULL,
  status text,
  begin_geldigheid date,
  eind_geldigheid date,
  registered_at timestamp,
  registered_until timestamp,
  naam text,
  x double precision,
  y double precision
);

CREATE TABLE bag_openbare_ruimte (
  id text NOT NULL,
  voorkomen integer NOT NULL,
  current boolean NOT NULL,
  status text,
  begin_geldigheid date,
  eind_geldigheid date,
  registered_at timestamp,
  registered_until timestamp,
  naam text,
  type text,
  woonplaats_id text
);

CREATE TABLE bag_nummeraanduiding (
  id text NOT NULL,
  voorkomen integer NOT NULL,
  current boolean NOT NULL,
  status text,
  begin_geldigheid date,
  eind_geldigheid date,
  registered_at timestamp,
  registered_until timestamp,
  postcode text,
  huisnummer integer,
  huisletter text,
  toevoeging text,
  object_type text,
  openbare_ruimte_id text,
  woonplaats_id text
);

-- Verblijfsobjecten (kind VBO), ligplaatsen (LIG) and standplaatsen (STA): the objects an address belongs to.
CREATE TABLE bag_adresseerbaar_object (
  id text NOT NULL,
  voorkomen integer NOT NULL,
  current boolean NOT NULL,
  kind text NOT NULL CHECK (kind IN ('VBO', 'LIG', 'STA')),
  status text,
  begin_geldigheid date,
  eind_geldigheid date,
  registered_at timestamp,
  registered_until timestamp,
  hoofdadres_id text,
  nevenadres_ids text[],
  gebruiksdoelen text[],
  oppervlakte integer,
  pand_ids text[],
  x double precision,
  y double precision
);

CREATE TABLE bag_pand (
  id text NOT NULL,
  voorkomen integer NOT NULL,
  current boolean NOT NULL,
  status text,
  begin_geldigheid date,
  eind_geldigheid date,
  registered_at timestamp,
  registered_until timestamp,
  bouwjaar integer,
  x double precision,
  y double precision
);

-- Kenmerken in onderzoek (the InOnderzoek part): which attribute of which object is being investigated.
CREATE TABLE bag_in_onderzoek (
  object_id text NOT NULL,
  kenmerk text NOT NULL,
  in_onderzoek boolean NOT NULL,
  begin_geldigheid date,
  eind_geldigheid date
);

-- The municipality-residence relation (GEM-WPL-RELATIE): which municipality a woonplaats belongs to.
CREATE TABLE bag_gemeente_woonplaats (
  woonplaats_id text NOT NULL,
  gemeente_code text NOT NULL,
  status text,
  begin_geldigheid date,
  eind_geldigheid date
);

-- The stand in the tables: one row. status LOADING while a load runs (or was killed: it resumes), READY after.
CREATE TABLE bag_stand (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  status text NOT NULL CHECK (status IN ('EMPTY', 'LOADING', 'READY')),
  extract_name text,
  extract_bytes bigint,
  area text,
  area_name text,
  stand_date date,
  mutations_until date,
  started_at timestamptz,
  finished_at timestamptz,
  objects bigint NOT NULL DEFAULT 0,
  bytes_done bigint NOT NULL DEFAULT 0
);
INSERT INTO bag_stand (status) VALUES ('EMPTY');

-- Parts (XML files) of the running load that are in the tables: each is committed with its rows, so that a
-- restarted load skips exactly these. Unlogged like the tables during a load: a database crash empties both.
CREATE UNLOGGED TABLE bag_load_part (
  name text PRIMARY KEY,
  objects integer NOT NULL
);

-- Mutation files applied after the stand, in order.
CREATE TABLE bag_mutation_file (
  name text NOT NULL,
  period_from date NOT NULL,
  period_until date NOT NULL,
  changes integer NOT NULL,
  applied_at timestamptz NOT NULL
);

-- The application's role owns nothing: these owner functions are the only way to empty the tables, drop and build
-- the indexes, and switch the write-ahead log off and on for the bulk load.
CREATE FUNCTION bag_drop_indexes() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    DROP INDEX IF EXISTS bag_woonplaats_id_idx;
    DROP INDEX IF EXISTS bag_openbare_ruimte_id_idx;
    DROP INDEX IF EXISTS bag_nummeraanduiding_id_idx;
    DROP INDEX IF EXISTS bag_nummeraanduiding_postcode_idx;
    DROP INDEX IF EXISTS bag_adresseerbaar_object_id_idx;
    DROP INDEX IF EXISTS bag_adresseerbaar_object_hoofdadres_idx;
    DROP INDEX IF EXISTS bag_adresseerbaar_object_nevenadres_idx;
    DROP INDEX IF EXISTS bag_pand_id_idx;
    DROP INDEX IF EXISTS bag_in_onderzoek_object_idx;
  END $$;

CREATE FUNCTION bag_begin_load() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    PERFORM bag_drop_indexes();
    TRUNCATE bag_woonplaats, bag_openbare_ruimte, bag_nummeraanduiding, bag_adresseerbaar_object, bag_pand,
             bag_in_onderzoek, bag_gemeente_woonplaats, bag_load_part, bag_mutation_file;
    ALTER TABLE bag_woonplaats SET UNLOGGED;
    ALTER TABLE bag_openbare_ruimte SET UNLOGGED;
    ALTER TABLE bag_nummeraanduiding SET UNLOGGED;
    ALTER TABLE bag_adresseerbaar_object SET UNLOGGED;
    ALTER TABLE bag_pand SET UNLOGGED;
    ALTER TABLE bag_in_onderzoek SET UNLOGGED;
    ALTER TABLE bag_gemeente_woonplaats SET UNLOGGED;
  END $$;

-- (id, voorkomen) is not declared unique: Kadaster's own files have been seen to repeat a voorkomen, and a load must
-- not fail on that. Mutations replace a voorkomen by deleting it before inserting.
CREATE FUNCTION bag_build_indexes() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    CREATE INDEX IF NOT EXISTS bag_woonplaats_id_idx ON bag_woonplaats (id, voorkomen);
    CREATE INDEX IF NOT EXISTS bag_openbare_ruimte_id_idx ON bag_openbare_ruimte (id, voorkomen);
    CREATE INDEX IF NOT EXISTS bag_nummeraanduiding_id_idx ON bag_nummeraanduiding (id, voorkomen);
    CREATE INDEX IF NOT EXISTS bag_nummeraanduiding_postcode_idx
      ON bag_nummeraanduiding (postcode, huisnummer) WHERE current;
    CREATE INDEX IF NOT EXISTS bag_adresseerbaar_object_id_idx ON bag_adresseerbaar_object (id, voorkomen);
    CREATE INDEX IF NOT EXISTS bag_adresseerbaar_object_hoofdadres_idx
      ON bag_adresseerbaar_object (hoofdadres_id) WHERE current;
    CREATE INDEX IF NOT EXISTS bag_adresseerbaar_object_nevenadres_idx
      ON bag_adresseerbaar_object USING gin (nevenadres_ids) WHERE current AND nevenadres_ids IS NOT NULL;
    CREATE INDEX IF NOT EXISTS bag_pand_id_idx ON bag_pand (id, voorkomen);
    CREATE INDEX IF NOT EXISTS bag_in_onderzoek_object_idx ON bag_in_onderzoek (object_id);
  END $$;

CREATE FUNCTION bag_end_load() RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    ALTER TABLE bag_woonplaats SET LOGGED;
    ALTER TABLE bag_openbare_ruimte SET LOGGED;
    ALTER TABLE bag_nummeraanduiding SET LOGGED;
    ALTER TABLE bag_adresseerbaar_object SET LOGGED;
    ALTER TABLE bag_pand SET LOGGED;
    ALTER TABLE bag_in_onderzoek SET LOGGED;
    ALTER TABLE bag_gemeente_woonplaats SET LOGGED;
    ANALYZE bag_woonplaats, bag_openbare_ruimte, bag_nummeraanduiding, bag_adresseerbaar_object, bag_pand,
            bag_in_onderzoek, bag_gemeente_woonplaats;
  END $$;

SELECT bag_build_indexes();
