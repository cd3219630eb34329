-- After a bulk import the planner needs fresh statistics at once (autovacuum comes too late for the analysis
-- that follows in the same transaction). ANALYZE needs the table owner: this owner function is the only way.
CREATE FUNCTION proc_refresh_statistics() RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
  BEGIN
    ANALYZE proc_person;
    ANALYZE proc_step_auth;
    ANALYZE proc_access;
  END $$;
REVOKE ALL ON FUNCTION proc_refresh_statistics() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION proc_refresh_statistics() TO ${appRole};
