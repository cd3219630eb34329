-- Vulnerable processes and functions: the reference catalogue (global), a municipality's own processes,
-- steps, risk assessments, controls, positions, and the data for the who-can-do-what analysis.

-- Reference catalogue, the same for every municipality: codes only, names come from the message bundles.
CREATE TABLE proc_reference_group (
  scheme text NOT NULL CHECK (scheme IN ('MAIN', 'VNG', 'BIBOB')),
  code   text NOT NULL,
  sort   integer NOT NULL,
  PRIMARY KEY (scheme, code)
);
INSERT INTO proc_reference_group (scheme, code, sort) VALUES
  ('MAIN', 'FINANCIAL_TRANSACTIONS', 1), ('MAIN', 'PROCUREMENT', 2), ('MAIN', 'SUBSIDIES', 3),
  ('MAIN', 'TRAVEL_DOCUMENTS', 4), ('MAIN', 'PERMITS', 5), ('MAIN', 'INFORMATION', 6), ('MAIN', 'BRP', 7),
  ('MAIN', 'ENFORCEMENT', 8),
  ('VNG', 'COLLECTING', 1), ('VNG', 'OUTSOURCING', 2), ('VNG', 'PAYING_OUT', 3), ('VNG', 'GRANTING', 4),
  ('VNG', 'ENFORCING', 5), ('VNG', 'FINANCIAL_MEANS', 6), ('VNG', 'GOODS_SERVICES', 7), ('VNG', 'REAL_ESTATE', 8),
  ('VNG', 'INFORMATION', 9),
  ('BIBOB', 'PERMITS', 1), ('BIBOB', 'SUBSIDIES', 2), ('BIBOB', 'REAL_ESTATE', 3), ('BIBOB', 'PUBLIC_CONTRACTS', 4);
REVOKE INSERT, UPDATE, DELETE ON proc_reference_group FROM ${appRole};

-- Per municipality: settings (risk matrix size, langzitter threshold, key of the pseudonyms).
CREATE TABLE proc_setting (
  tenant_id         uuid PRIMARY KEY REFERENCES municipality (id),
  likelihood_levels integer NOT NULL DEFAULT 5 CHECK (likelihood_levels BETWEEN 3 AND 10),
  impact_levels     integer NOT NULL DEFAULT 5 CHECK (impact_levels BETWEEN 3 AND 10),
  langzitter_years  integer NOT NULL DEFAULT 5 CHECK (langzitter_years BETWEEN 1 AND 40),
  pseudonym_key     bytea NOT NULL
);

CREATE TABLE proc_process (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  main_code   text NOT NULL,
  vng_code    text,
  bibob_code  text,
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  owner       text CHECK (length(owner) <= 120),
  department  text CHECK (length(department) <= 120),
  dim_origin  text NOT NULL DEFAULT 'BOTH' CHECK (dim_origin IN ('INTERNAL', 'EXTERNAL', 'BOTH')),
  dim_intent  text NOT NULL DEFAULT 'BOTH' CHECK (dim_intent IN ('INTENDED', 'UNINTENDED', 'BOTH')),
  dim_cause   text NOT NULL DEFAULT 'BOTH' CHECK (dim_cause IN ('SYSTEM', 'HUMAN', 'BOTH')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

-- A step of a process; activity tags steps for the segregation-of-duty rules (e.g. BIBOB_INVESTIGATION).
CREATE TABLE proc_step (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  process_id uuid NOT NULL REFERENCES proc_process (id) ON DELETE CASCADE,
  code       text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
  name       text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
  activity   text CHECK (activity ~ '^[A-Z0-9_]{2,40}$'),
  seq        integer NOT NULL DEFAULT 0,
  UNIQUE (tenant_id, code)
);
CREATE INDEX proc_step_process_idx ON proc_step (tenant_id, process_id);

CREATE TABLE proc_assessment (
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  process_id  uuid NOT NULL REFERENCES proc_process (id) ON DELETE CASCADE,
  kind        text NOT NULL CHECK (kind IN ('INHERENT', 'CURRENT', 'RESIDUAL')),
  likelihood  integer NOT NULL CHECK (likelihood BETWEEN 1 AND 10),
  impact      integer NOT NULL CHECK (impact BETWEEN 1 AND 10),
  assessed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (process_id, kind)
);
CREATE INDEX proc_assessment_tenant_idx ON proc_assessment (tenant_id, kind);

CREATE TABLE proc_control (
  id             uuid PRIMARY KEY,
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  process_id     uuid NOT NULL REFERENCES proc_process (id) ON DELETE CASCADE,
  type           text NOT NULL CHECK (type IN ('FOUR_EYES', 'SEGREGATION', 'ROTATION', 'SCREENING', 'DEPERSONALISED',
                                               'PROTOCOL', 'LOGGING')),
  effectiveness  text NOT NULL CHECK (effectiveness IN ('EFFECTIVE', 'PARTIAL', 'INEFFECTIVE', 'UNKNOWN')),
  last_test_date date,
  last_test_ok   boolean,
  note           text CHECK (length(note) <= 500),
  UNIQUE (process_id, type)
);
CREATE INDEX proc_control_tenant_idx ON proc_control (tenant_id, process_id);

-- Organisation as the HR export knows it (not the users of this application).
CREATE TABLE proc_position (
  id                  uuid PRIMARY KEY,
  tenant_id           uuid NOT NULL REFERENCES municipality (id),
  name                text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  salary_scale        integer CHECK (salary_scale BETWEEN 1 AND 18),
  holds_mandate       boolean NOT NULL DEFAULT false,
  broad_access        boolean NOT NULL DEFAULT false,
  screening           text NOT NULL DEFAULT 'NONE' CHECK (screening IN ('NONE', 'VOG', 'VOG_SPECIFIC', 'SECURITY')),
  screening_years     integer CHECK (screening_years BETWEEN 1 AND 10),
  UNIQUE (tenant_id, name)
);

CREATE TABLE proc_person (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  employee_no text NOT NULL CHECK (length(employee_no) BETWEEN 1 AND 40),
  pseudonym   text NOT NULL,
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  email       text CHECK (length(email) <= 200),
  position_id uuid REFERENCES proc_position (id),
  department  text CHECK (length(department) <= 120),
  manager_no  text,
  start_date  date NOT NULL,
  end_date    date,
  UNIQUE (tenant_id, employee_no)
);
CREATE INDEX proc_person_position_idx ON proc_person (tenant_id, position_id);

CREATE TABLE proc_application (
  id          uuid PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES municipality (id),
  code        text NOT NULL CHECK (code ~ '^[A-Za-z0-9._-]{1,40}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
  sensitive   boolean NOT NULL DEFAULT false,
  owner_email text CHECK (length(owner_email) <= 200),
  UNIQUE (tenant_id, code)
);

-- The applications a position needs: sensitive access beyond this is "broad access".
CREATE TABLE proc_position_need (
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  position_id    uuid NOT NULL REFERENCES proc_position (id) ON DELETE CASCADE,
  application_id uuid NOT NULL REFERENCES proc_application (id) ON DELETE CASCADE,
  PRIMARY KEY (tenant_id, position_id, application_id)
);

CREATE TABLE proc_step_auth (
  tenant_id uuid NOT NULL REFERENCES municipality (id),
  person_id uuid NOT NULL REFERENCES proc_person (id) ON DELETE CASCADE,
  step_id   uuid NOT NULL REFERENCES proc_step (id) ON DELETE CASCADE,
  since     date,
  PRIMARY KEY (tenant_id, step_id, person_id)
);
CREATE INDEX proc_step_auth_person_idx ON proc_step_auth (tenant_id, person_id);

CREATE TABLE proc_access (
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  person_id      uuid NOT NULL REFERENCES proc_person (id) ON DELETE CASCADE,
  application_id uuid NOT NULL REFERENCES proc_application (id) ON DELETE CASCADE,
  access_right   text NOT NULL CHECK (length(access_right) BETWEEN 1 AND 80),
  PRIMARY KEY (tenant_id, person_id, application_id, access_right)
);
CREATE INDEX proc_access_application_idx ON proc_access (tenant_id, application_id);

-- Segregation-of-duty rules: one person must not hold a step tagged activity_a and one tagged activity_b.
CREATE TABLE proc_sod_rule (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  name       text NOT NULL CHECK (length(name) BETWEEN 2 AND 160),
  activity_a text NOT NULL CHECK (activity_a ~ '^[A-Z0-9_]{2,40}$'),
  activity_b text NOT NULL CHECK (activity_b ~ '^[A-Z0-9_]{2,40}$'),
  active     boolean NOT NULL DEFAULT true,
  UNIQUE (tenant_id, activity_a, activity_b)
);

-- The findings of the latest analysis run. finding_key is stable across runs (it names kind and objects),
-- so an action made from a finding is found again after the next run.
CREATE TABLE proc_finding (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id      uuid NOT NULL REFERENCES municipality (id),
  finding_key    text NOT NULL,
  kind           text NOT NULL CHECK (kind IN ('SOLE_STEP', 'SOLE_PROCESS', 'LONG_POSITION', 'LONG_PROCESS',
                                               'SOD_CONFLICT', 'BROAD_ACCESS', 'LEAVER_ACCESS')),
  process_id     uuid,
  step_id        uuid,
  person_id      uuid,
  application_id uuid,
  rule_id        uuid,
  detail         text,
  years          integer,
  UNIQUE (tenant_id, finding_key)
);
CREATE INDEX proc_finding_kind_idx ON proc_finding (tenant_id, kind);
CREATE INDEX proc_finding_person_idx ON proc_finding (tenant_id, person_id);
CREATE INDEX proc_finding_process_idx ON proc_finding (tenant_id, process_id);

CREATE TABLE proc_analysis_run (
  tenant_id   uuid PRIMARY KEY REFERENCES municipality (id),
  finished_at timestamptz NOT NULL,
  millis      integer NOT NULL
);

CREATE TABLE proc_import (
  id         uuid PRIMARY KEY,
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  kind       text NOT NULL CHECK (kind IN ('PERSONS', 'STEPS', 'ACCESS')),
  rows       integer NOT NULL,
  encoding   text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by uuid
);
CREATE INDEX proc_import_tenant_idx ON proc_import (tenant_id, imported_at DESC);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['proc_setting', 'proc_process', 'proc_step', 'proc_assessment', 'proc_control',
      'proc_position', 'proc_person', 'proc_application', 'proc_position_need', 'proc_step_auth', 'proc_access',
      'proc_sod_rule', 'proc_finding', 'proc_analysis_run', 'proc_import'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = current_tenant()) '
                   'WITH CHECK (tenant_id = current_tenant())', t);
  END LOOP;
END $$;
REVOKE UPDATE, DELETE ON proc_import FROM ${appRole};
