-- The rows one report writes, inserted directly: the incident, its audit record and its event publication.
-- Variables (pgbench -D): tenant, reporter. Run with -M prepared.
\set n random(1, 2000000000)
BEGIN;
INSERT INTO incident (id, tenant_id, reporter_id, registered_by, channel, idempotency_key, request_hash, kinds,
                      occurred_at, location_type, perpetrator_relation, description, severity, severity_suggested)
VALUES (gen_random_uuid(), :tenant, :reporter, :reporter, 'API', 'pgbench-' || gen_random_uuid(), md5(:n::text),
        '{VERBAL_AGGRESSION}', now(), 'COUNTER', 'CITIZEN', 'Benchmarkmelding: klant schreeuwde aan de balie',
        'LOW', 'LOW');
INSERT INTO audit_event (tenant_id, actor_id, actor_name, actor_roles, action, object_type, object_id, result,
                         origin, purpose)
VALUES (:tenant, :reporter, 'medewerker', 'EMPLOYEE', 'CREATE', 'incident', :n, 'SUCCESS', '127.0.0.1', 'report' || chr(58) || 'API');
INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
VALUES (gen_random_uuid(), 'nl.weerbaar.incidents.core.CaseRouting.on(nl.weerbaar.incidents.IncidentRegistered)',
        'nl.weerbaar.incidents.IncidentRegistered', '{"tenantId":"' || :tenant || '","severity":"LOW"}', now());
COMMIT;
