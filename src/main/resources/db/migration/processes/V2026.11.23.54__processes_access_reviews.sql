-- Access review campaigns: the coordinator starts a review, the access rights in scope are copied into review
-- items, each manager confirms or revokes the rights of their department's people, and revoked rights become
-- to-dos for the application owner once the campaign is closed.

CREATE TABLE proc_review_campaign (
  id                uuid PRIMARY KEY,
  tenant_id         uuid NOT NULL REFERENCES municipality (id),
  name              text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  due_date          date NOT NULL,
  sensitive_only    boolean NOT NULL DEFAULT false,
  -- departments as the HR export names them (proc_person.department); null: all departments
  scope_departments text[],
  status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'CLOSED')),
  started_at        timestamptz NOT NULL DEFAULT now(),
  started_by        uuid NOT NULL,
  closed_at         timestamptz,
  closed_by         uuid,
  UNIQUE (tenant_id, name),
  CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
);
CREATE INDEX proc_review_campaign_status_idx ON proc_review_campaign (tenant_id, status, due_date);

-- One access right as it stood when the campaign started. Person and application are referenced by id and the
-- labels the review needs are copied, so the record of the campaign does not change with the next import.
-- reviewer MANAGER: the managers of department_id decide; COORDINATOR: no manager was found at the start.
CREATE TABLE proc_review_item (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id        uuid NOT NULL REFERENCES municipality (id),
  campaign_id      uuid NOT NULL REFERENCES proc_review_campaign (id) ON DELETE CASCADE,
  person_id        uuid NOT NULL,
  employee_no      text NOT NULL,
  pseudonym        text NOT NULL,
  position         text,
  department       text,
  left_on          date,
  application_id   uuid NOT NULL,
  application_code text NOT NULL,
  application_name text NOT NULL,
  sensitive        boolean NOT NULL,
  access_right     text NOT NULL,
  department_id    uuid,
  reviewer         text NOT NULL DEFAULT 'COORDINATOR' CHECK (reviewer IN ('MANAGER', 'COORDINATOR')),
  decision         text CHECK (decision IN ('CONFIRMED', 'REVOKED')),
  reason           text CHECK (length(reason) <= 500),
  decided_by       uuid,
  decided_at       timestamptz,
  withdrawn_by     uuid,
  withdrawn_at     timestamptz,
  UNIQUE (campaign_id, person_id, application_id, access_right),
  CHECK ((decision IS NULL) = (decided_at IS NULL)),
  CHECK (withdrawn_at IS NULL OR decision = 'REVOKED')
);
CREATE INDEX proc_review_item_reviewer_idx ON proc_review_item (tenant_id, campaign_id, reviewer, department_id);
CREATE INDEX proc_review_item_revoked_idx ON proc_review_item (tenant_id, application_id)
  WHERE decision = 'REVOKED';

-- Reminders and escalations sent: each once per campaign and manager.
CREATE TABLE proc_review_notice (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  campaign_id uuid NOT NULL REFERENCES proc_review_campaign (id) ON DELETE CASCADE,
  user_id     uuid NOT NULL,
  kind        text NOT NULL CHECK (kind IN ('REMINDER', 'ESCALATION')),
  sent_at     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, user_id, kind)
);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['proc_review_campaign', 'proc_review_item', 'proc_review_notice'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant()) '
                   'WITH CHECK (tenant_id = current_tenant())', t);
  END LOOP;
END $$;
REVOKE DELETE ON proc_review_campaign, proc_review_item FROM ${appRole};
REVOKE UPDATE, DELETE ON proc_review_notice FROM ${appRole};
