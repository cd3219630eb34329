-- One's own reports are those one made or registered on someone's behalf (reporter_id OR registered_by): the start
-- page's "reports with news" and "my reports". Only reporter_id had an index, so the OR read every incident of the
-- municipality (over 1,000,000 incidents: more than a second); with this one PostgreSQL combines the two.
CREATE INDEX incident_tenant_registered_by_idx ON incident (tenant_id, registered_by) WHERE registered_by IS NOT NULL;
