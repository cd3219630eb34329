-- Mail outbox: every mail is written here in the transaction of the work that causes it, and sent from here,
-- right after that transaction commits and again by the mail-outbox job until it is sent or has failed for good.
-- A mail of a municipality carries its tenant_id; a platform-level mail (no municipality) has tenant_id NULL and,
-- like platform rows elsewhere, belongs to the platform context: it is seen only where no municipality is set.
-- The body (which may hold a personal link) is encrypted with the application's key and removed once the mail is
-- sent; rows are deleted some time after their last attempt (see docs/OPERATIONS.md).

CREATE TABLE mail_outbox (
  id              uuid PRIMARY KEY,
  tenant_id       uuid REFERENCES municipality (id),  -- NULL: platform-level mail
  recipient       text NOT NULL CHECK (length(recipient) BETWEEN 3 AND 320),
  subject         text NOT NULL CHECK (length(subject) <= 500),
  mail_key        text NOT NULL CHECK (length(mail_key) <= 120),
  topic           text CHECK (length(topic) <= 120),  -- what the mail belongs to, e.g. a survey's invitations
  body_nonce      bytea,
  body            bytea,                             -- NULL once sent
  state           text NOT NULL CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED')),
  attempts        integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  created_at      timestamptz NOT NULL,
  next_attempt_at timestamptz NOT NULL,
  last_attempt_at timestamptz,
  last_error      text CHECK (length(last_error) <= 1000),
  sent_at         timestamptz,
  CHECK ((body IS NULL) = (body_nonce IS NULL)),
  CHECK (state = 'SENT' OR body IS NOT NULL)
);
CREATE INDEX mail_outbox_due_idx ON mail_outbox (tenant_id, next_attempt_at) WHERE state IN ('PENDING', 'SENDING');
CREATE INDEX mail_outbox_problems_idx ON mail_outbox (tenant_id, last_attempt_at DESC)
  WHERE last_error IS NOT NULL AND state <> 'SENT';
CREATE INDEX mail_outbox_topic_idx ON mail_outbox (tenant_id, topic) WHERE topic IS NOT NULL AND state <> 'SENT';
CREATE INDEX mail_outbox_age_idx ON mail_outbox (coalesce(last_attempt_at, created_at)) WHERE state IN ('SENT', 'FAILED');

ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON mail_outbox
  USING (tenant_id IS NOT DISTINCT FROM current_tenant())
  WITH CHECK (tenant_id IS NOT DISTINCT FROM current_tenant());

-- The job asks which municipalities have mail due before it works in each one's context. This owner function
-- answers only that (NULL stands for platform-level mail), nothing about the mails themselves.
CREATE FUNCTION mail_outbox_due_tenants(p_now timestamptz) RETURNS TABLE (tenant_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT DISTINCT o.tenant_id FROM mail_outbox o
         WHERE o.state IN ('PENDING', 'SENDING') AND o.next_attempt_at <= p_now $$;

-- Retention across all municipalities: rows that were sent or failed for good, last tried before p_before.
CREATE FUNCTION mail_outbox_purge(p_before timestamptz) RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$ WITH gone AS (DELETE FROM mail_outbox
                       WHERE state IN ('SENT', 'FAILED') AND coalesce(last_attempt_at, created_at) < p_before
                       RETURNING 1)
        SELECT count(*)::integer FROM gone $$;

REVOKE ALL ON FUNCTION mail_outbox_due_tenants(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mail_outbox_due_tenants(timestamptz) TO ${appRole};
REVOKE ALL ON FUNCTION mail_outbox_purge(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mail_outbox_purge(timestamptz) TO ${appRole};
