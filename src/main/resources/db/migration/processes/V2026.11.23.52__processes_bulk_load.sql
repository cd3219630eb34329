-- Bulk tables of the analysis: fewer indexes and no per-row foreign-key checks, so that a million access rights
-- load in seconds. Row-level security still guards every row; the import checks all references itself.
ALTER TABLE proc_access DROP CONSTRAINT proc_access_tenant_id_fkey;
DROP INDEX proc_access_application_idx;
ALTER TABLE proc_step_auth DROP CONSTRAINT proc_step_auth_tenant_id_fkey;
ALTER TABLE proc_finding DROP CONSTRAINT proc_finding_tenant_id_fkey;
DROP INDEX proc_finding_person_idx;
DROP INDEX proc_finding_process_idx;
