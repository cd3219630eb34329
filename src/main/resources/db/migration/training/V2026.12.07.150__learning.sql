-- E-learning refreshers (ADR 0900, 0901): each employee's schedule per quiz question, the lessons they finished,
-- the municipality's target retention and the reminder mails sent. The schedule and answers are the employee's own:
-- managers and the coordinator see completions per department only (with small-number suppression).

CREATE TABLE learning_card (
  tenant_id         uuid NOT NULL REFERENCES municipality (id),
  user_id           uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  lesson_key        text NOT NULL,
  question_key      text NOT NULL,
  stability         double precision NOT NULL CHECK (stability > 0),
  difficulty        double precision NOT NULL CHECK (difficulty BETWEEN 1 AND 10),
  reps              integer NOT NULL DEFAULT 1,
  lapses            integer NOT NULL DEFAULT 0,
  last_answered_on  date NOT NULL,
  due_on            date NOT NULL,
  PRIMARY KEY (tenant_id, user_id, lesson_key, question_key)
);
-- the reminder job and the start page: who has questions due
CREATE INDEX learning_card_tenant_due_idx ON learning_card (tenant_id, due_on, user_id);
ALTER TABLE learning_card ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON learning_card USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

CREATE TABLE learning_completion (
  tenant_id       uuid NOT NULL REFERENCES municipality (id),
  user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  lesson_key      text NOT NULL,
  lesson_version  integer NOT NULL,
  department_id   uuid,
  completed_on    date NOT NULL,
  PRIMARY KEY (tenant_id, user_id, lesson_key)
);
CREATE INDEX learning_completion_tenant_lesson_idx ON learning_completion (tenant_id, lesson_key, department_id);
ALTER TABLE learning_completion ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON learning_completion USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

CREATE TABLE learning_setting (
  tenant_id         uuid PRIMARY KEY REFERENCES municipality (id),
  target_retention  numeric(3, 2) NOT NULL CHECK (target_retention BETWEEN 0.70 AND 0.97)
);
ALTER TABLE learning_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON learning_setting USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());

-- one reminder per person per day at most, however often the job runs
CREATE TABLE learning_reminder (
  tenant_id  uuid NOT NULL REFERENCES municipality (id),
  user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  sent_on    date NOT NULL,
  PRIMARY KEY (tenant_id, user_id, sent_on)
);
ALTER TABLE learning_reminder ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON learning_reminder USING (tenant_id = current_tenant()) WITH CHECK (tenant_id = current_tenant());
