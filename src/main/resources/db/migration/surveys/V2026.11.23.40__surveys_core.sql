-- Anonymous employee survey. Anonymity is built into the tables:
--  * survey_response holds no token, user, address, user agent or time finer than the day, and is not
--    linked to survey_invitation by any key; its ids are random UUIDs, so they carry no order.
--  * survey_invitation stores only the SHA-256 hash of a token and whether it was used, not when.
--  * free text (survey_comment) is kept apart from the answers, without department or date.
--  * a survey is always anonymous and its minimum group size cannot be lowered after creation.

CREATE TABLE survey_questionnaire (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  variant    text NOT NULL CHECK (variant IN ('CIVIL_SERVANT', 'OFFICE_HOLDER')),
  version    integer NOT NULL CHECK (version >= 1),
  questions  jsonb NOT NULL CHECK (jsonb_typeof(questions) = 'array'),
  created_on date NOT NULL DEFAULT current_date,
  UNIQUE (tenant_id, variant, version),
  UNIQUE (tenant_id, id)
);

CREATE TABLE survey (
  id                 uuid PRIMARY KEY,
  tenant_id          uuid NOT NULL REFERENCES municipality (id),
  title              text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  variant            text NOT NULL CHECK (variant IN ('CIVIL_SERVANT', 'OFFICE_HOLDER')),
  questionnaire_id   uuid NOT NULL,
  opens_on           date NOT NULL,
  closes_on          date NOT NULL,
  closed_on          date,
  anonymous          boolean NOT NULL DEFAULT true CHECK (anonymous),
  min_group_size     integer NOT NULL CHECK (min_group_size BETWEEN 5 AND 1000),
  baseline_survey_id uuid,
  created_on         date NOT NULL DEFAULT current_date,
  CHECK (closes_on >= opens_on),
  UNIQUE (tenant_id, id),
  FOREIGN KEY (tenant_id, questionnaire_id) REFERENCES survey_questionnaire (tenant_id, id),
  FOREIGN KEY (tenant_id, baseline_survey_id) REFERENCES survey (tenant_id, id)
);
CREATE INDEX survey_tenant_idx ON survey (tenant_id, opens_on DESC);

-- Anonymity and the group size are fixed once a survey exists.
CREATE FUNCTION survey_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.anonymous IS DISTINCT FROM OLD.anonymous OR NEW.min_group_size < OLD.min_group_size
     OR NEW.variant <> OLD.variant OR NEW.tenant_id <> OLD.tenant_id THEN
    RAISE EXCEPTION 'survey anonymity settings are fixed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER survey_guard BEFORE UPDATE ON survey FOR EACH ROW EXECUTE FUNCTION survey_guard();

-- The questionnaire versions a survey has used; answers may be given in any of them.
CREATE TABLE survey_version (
  tenant_id        uuid NOT NULL REFERENCES municipality (id),
  survey_id        uuid NOT NULL,
  questionnaire_id uuid NOT NULL,
  PRIMARY KEY (survey_id, questionnaire_id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id),
  FOREIGN KEY (tenant_id, questionnaire_id) REFERENCES survey_questionnaire (tenant_id, id)
);

CREATE TABLE survey_invitation (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  survey_id     uuid NOT NULL,
  email         text NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$' AND length(email) <= 254),
  department_id uuid REFERENCES department (id),
  token_hash    text NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  used          boolean NOT NULL DEFAULT false,
  expires_on    date NOT NULL,
  reminders     integer NOT NULL DEFAULT 0,
  last_sent_on  date NOT NULL DEFAULT current_date,
  UNIQUE (survey_id, email),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);
CREATE INDEX survey_invitation_open_idx ON survey_invitation (tenant_id, survey_id, used, last_sent_on);

-- An open link for one department (or none), to be shared on the intranet; counts its own submissions.
CREATE TABLE survey_open_link (
  id            uuid PRIMARY KEY,
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  survey_id     uuid NOT NULL,
  department_id uuid REFERENCES department (id),
  code          text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9]{12,40}$'),
  expected_size integer NOT NULL CHECK (expected_size BETWEEN 0 AND 100000),
  responses     integer NOT NULL DEFAULT 0,
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);
CREATE UNIQUE INDEX survey_open_link_department_uq
  ON survey_open_link (survey_id, coalesce(department_id, '00000000-0000-0000-0000-000000000000'::uuid));

CREATE TABLE survey_response (
  id               uuid PRIMARY KEY,
  tenant_id        uuid NOT NULL REFERENCES municipality (id),
  survey_id        uuid NOT NULL,
  questionnaire_id uuid NOT NULL,
  department_id    uuid REFERENCES department (id),
  submitted_on     date NOT NULL,
  answers          jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id),
  FOREIGN KEY (tenant_id, questionnaire_id) REFERENCES survey_questionnaire (tenant_id, id)
);
CREATE INDEX survey_response_survey_idx ON survey_response (tenant_id, survey_id, department_id);

CREATE TABLE survey_comment (
  id           uuid PRIMARY KEY,
  tenant_id    uuid NOT NULL REFERENCES municipality (id),
  survey_id    uuid NOT NULL,
  question_code text NOT NULL,
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);
CREATE INDEX survey_comment_survey_idx ON survey_comment (tenant_id, survey_id);

-- Response rate per department, refreshed at most once a day.
CREATE TABLE survey_rate (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  survey_id     uuid NOT NULL,
  department_id uuid NOT NULL REFERENCES department (id),
  invited       integer NOT NULL,
  responded     integer NOT NULL,
  refreshed_on  date NOT NULL,
  PRIMARY KEY (survey_id, department_id),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);

-- Totals per question and answer of a closed survey: the input of the cross-municipality benchmark.
CREATE TABLE survey_summary (
  tenant_id     uuid NOT NULL REFERENCES municipality (id),
  survey_id     uuid NOT NULL,
  question_code text NOT NULL,
  value         integer NOT NULL,
  n             integer NOT NULL,
  PRIMARY KEY (survey_id, question_code, value),
  FOREIGN KEY (tenant_id, survey_id) REFERENCES survey (tenant_id, id)
);
CREATE INDEX survey_summary_tenant_idx ON survey_summary (tenant_id, survey_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['survey_questionnaire', 'survey', 'survey_version', 'survey_invitation', 'survey_open_link',
                           'survey_response', 'survey_comment', 'survey_rate', 'survey_summary'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant()) '
                   'WITH CHECK (tenant_id = current_tenant())', t);
  END LOOP;
END $$;

-- Answers and free text are never changed; they are only rewritten in random order (delete + insert).
REVOKE UPDATE ON survey_response, survey_comment FROM ${appRole};
REVOKE DELETE ON survey_questionnaire FROM ${appRole};

-- Respondents are not logged in: these owner functions find the municipality and survey behind a token
-- hash or an open-link code, and reveal nothing else.
CREATE FUNCTION survey_resolve_token(p_token_hash text)
  RETURNS TABLE (tenant_id uuid, survey_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT i.tenant_id, i.survey_id FROM survey_invitation i WHERE i.token_hash = p_token_hash $$;

CREATE FUNCTION survey_resolve_open_link(p_code text)
  RETURNS TABLE (tenant_id uuid, survey_id uuid)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT l.tenant_id, l.survey_id FROM survey_open_link l WHERE l.code = p_code $$;

-- The benchmark: answer totals of the latest closed survey (of this variant, with enough respondents)
-- of every other municipality that opted in, pooled. Only for a municipality that opted in itself, and
-- only when at least three others contribute, so that no single municipality can be read from it.
CREATE FUNCTION survey_benchmark(p_variant text, p_min_group integer)
  RETURNS TABLE (question_code text, value integer, n bigint, municipalities bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    WITH me AS (
      SELECT m.id FROM municipality m WHERE m.id = current_tenant() AND m.benchmark_opt_in
    ), latest AS (
      SELECT DISTINCT ON (s.tenant_id) s.id, s.tenant_id
        FROM survey s JOIN municipality m ON m.id = s.tenant_id AND m.benchmark_opt_in
        JOIN survey_summary t ON t.survey_id = s.id AND t.question_code = '_n' AND t.value = 0
       WHERE s.variant = p_variant AND s.tenant_id <> current_tenant() AND EXISTS (SELECT 1 FROM me)
         AND t.n >= greatest(p_min_group, 5)
       ORDER BY s.tenant_id, s.closes_on DESC, s.id
    ), pooled AS (
      SELECT t.question_code, t.value, sum(t.n) AS n, count(DISTINCT t.tenant_id) AS municipalities
        FROM survey_summary t JOIN latest l ON l.id = t.survey_id
       GROUP BY t.question_code, t.value
    )
    SELECT p.question_code, p.value, p.n, p.municipalities FROM pooled p
     WHERE (SELECT count(*) FROM latest) >= 3
  $$;

REVOKE ALL ON FUNCTION survey_resolve_token(text), survey_resolve_open_link(text), survey_benchmark(text, integer)
  FROM PUBLIC;
GRANT EXECUTE ON FUNCTION survey_resolve_token(text), survey_resolve_open_link(text), survey_benchmark(text, integer)
  TO ${appRole};
