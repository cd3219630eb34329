-- Four eyes: a change that one person may not make alone (granting the role of confidant, resetting a confidant's
-- password, later a meldpunt's export or a verwijsindex's flag) waits here until a second, different person
-- decides. The requesting module keeps what it needs to apply the change in payload (opaque text, cleared once
-- decided) and applies it when the decision is published. Rows are decided or expired, never deleted.
CREATE TABLE approval_request (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  kind          text NOT NULL CHECK (kind ~ '^[a-z][a-z0-9-]{2,60}$'),
  subject_id    uuid NOT NULL,
  subject_label text NOT NULL CHECK (length(subject_label) BETWEEN 1 AND 200),
  detail_key    text CHECK (detail_key IS NULL OR length(detail_key) <= 120),
  payload       text,
  requested_by  uuid NOT NULL REFERENCES app_user (id),
  requested_at  timestamptz NOT NULL,
  approver_role text CHECK (approver_role IN ('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY',
                                              'LEGAL', 'ADMIN')),
  approver_id   uuid REFERENCES app_user (id),
  inform_role   text CHECK (inform_role IN ('EMPLOYEE', 'MANAGER', 'CONFIDANT', 'COORDINATOR', 'SECRETARY',
                                            'LEGAL', 'ADMIN')),
  expires_at    timestamptz NOT NULL,
  status        text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED', 'EXPIRED')),
  decided_by    uuid REFERENCES app_user (id),
  decided_at    timestamptz,
  reason        text CHECK (reason IS NULL OR length(reason) BETWEEN 1 AND 1000),
  CHECK (expires_at > requested_at),
  -- who decides: a named person, or anyone holding a role
  CHECK ((approver_role IS NULL) <> (approver_id IS NULL)),
  CHECK ((status = 'PENDING') = (decided_at IS NULL)),
  CHECK ((status IN ('APPROVED', 'REFUSED')) = (decided_by IS NOT NULL)),
  CHECK (status <> 'REFUSED' OR reason IS NOT NULL),
  -- the second pair of eyes is never the person who asked, nor the person the change is about
  CHECK (approver_id IS NULL OR (approver_id <> requested_by AND approver_id <> subject_id)),
  CHECK (decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> subject_id))
);
-- One open request per kind and subject: asking again (a second login with the same claim) finds the first.
CREATE UNIQUE INDEX approval_request_pending_uq ON approval_request (tenant_id, kind, subject_id)
  WHERE status = 'PENDING';
CREATE INDEX approval_request_tenant_status_idx ON approval_request (tenant_id, status, expires_at);
CREATE INDEX approval_request_tenant_decided_idx ON approval_request (tenant_id, decided_at DESC)
  WHERE status = 'APPROVED';

ALTER TABLE approval_request ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON approval_request
  USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
-- Requests are made and decided, never rewritten or removed: the application may set only the decision.
REVOKE UPDATE, DELETE ON approval_request FROM ${appRole};
GRANT UPDATE (status, decided_by, decided_at, reason, payload) ON approval_request TO ${appRole};
