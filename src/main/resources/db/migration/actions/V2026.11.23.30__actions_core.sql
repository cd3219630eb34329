-- Action plans: actions with owner, due date, priority and status; progress notes; evidence.

CREATE TABLE action_item (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL REFERENCES municipality (id),
  title             text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
  description       text CHECK (length(description) <= 4000),
  source_module     text CHECK (length(source_module) <= 40),
  source_ref        text CHECK (length(source_ref) <= 200),
  owner_id          uuid REFERENCES app_user (id),
  due_date          date,
  priority          text NOT NULL CHECK (priority IN ('LOW', 'MEDIUM', 'HIGH')),
  status            text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
  created_by        uuid,
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  completed_at      timestamptz,
  reminded_for      date,      -- the due date a reminder was last sent for
  escalated_for     date       -- the due date an escalation was last sent for
);
CREATE INDEX action_item_tenant_source_idx ON action_item (tenant_id, source_module, source_ref);
CREATE INDEX action_item_tenant_owner_idx ON action_item (tenant_id, owner_id, status);
CREATE INDEX action_item_tenant_open_due_idx ON action_item (tenant_id, due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE action_note (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  action_id  uuid NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  author_id  uuid,
  kind       text NOT NULL CHECK (kind IN ('NOTE', 'STATUS', 'PLAN')),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX action_note_tenant_action_idx ON action_note (tenant_id, action_id, created_at);

CREATE TABLE action_evidence (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  action_id    uuid NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  label        text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  link         text CHECK (link ~ '^https?://' AND length(link) <= 2000),
  file_name    text CHECK (length(file_name) <= 200),
  content_type text,
  content      bytea,
  added_by     uuid,
  added_at     timestamptz NOT NULL DEFAULT now(),
  CHECK ((link IS NULL) <> (content IS NULL))
);
CREATE INDEX action_evidence_tenant_action_idx ON action_evidence (tenant_id, action_id);

ALTER TABLE action_item ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_item USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE action_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_note USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
ALTER TABLE action_evidence ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON action_evidence USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
-- Notes and evidence are a record of what happened: never changed afterwards.
REVOKE UPDATE ON action_note, action_evidence FROM ${appRole};
