-- The street rule (ADR 1004) reads the addresses of one street (openbare ruimte) and the establishments at them.
-- The BAG's load drops and rebuilds only its own indexes; this one stays through a load.
CREATE INDEX IF NOT EXISTS bag_nummeraanduiding_street_idx
  ON bag_nummeraanduiding (openbare_ruimte_id) WHERE current;
