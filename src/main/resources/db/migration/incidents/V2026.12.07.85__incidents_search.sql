-- Finding cases on the incident list (ADR 0105): words of the description with full-text search in PostgreSQL's
-- Dutch configuration, stored next to the row so that a walk along the newest incidents can test it cheaply, and a
-- GIN index for rare words.
ALTER TABLE incident ADD COLUMN description_search tsvector
  GENERATED ALWAYS AS (to_tsvector('dutch', description)) STORED;
CREATE INDEX incident_description_search_idx ON incident USING gin (description_search);

-- The search words as a query: every word must occur. Each word is stemmed as the description is, loses a
-- final d or t (the Dutch stemmer keeps "bedreigd" but makes "bedreiging" "bedreig") and matches as a prefix, so
-- "bedreigd", "bedreiging" and "bedreigen" find each other. Stop words drop out; NULL when nothing is left.
CREATE FUNCTION incident_search_query(words text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT string_agg(
           CASE WHEN length(w) > 4 THEN regexp_replace(w, '[dt]$', '') ELSE w END || ':*', ' & ')::tsquery
    FROM (SELECT regexp_replace(lexeme, '[^[:alnum:]]', '', 'g') AS w
            FROM unnest(to_tsvector('dutch', left(words, 200)))) t
   WHERE w <> ''
$$;

