-- Kinds of training become editable by the coordinator (ADR 0909): an English name beside the Dutch one, and which
-- kind counts as de-escalation (at most one per municipality), which the offer after an incident plans (ADR 0908).
ALTER TABLE training_kind ADD COLUMN name_en text CHECK (name_en IS NULL OR length(name_en) BETWEEN 1 AND 80);
ALTER TABLE training_kind ADD COLUMN deescalation boolean NOT NULL DEFAULT false;
UPDATE training_kind SET deescalation = true WHERE code = 'de-escalatie';
CREATE UNIQUE INDEX training_kind_one_deescalation_uq ON training_kind (tenant_id) WHERE deescalation;
-- "is this kind in use" when a kind is deleted
CREATE INDEX training_session_tenant_kind_idx ON training_session (tenant_id, kind_id);
-- a person's upcoming sessions (start page, training page)
CREATE INDEX training_attendance_tenant_user_status_idx ON training_attendance (tenant_id, user_id, status);
UPDATE training_kind SET name_en = CASE code
    WHEN 'de-escalatie' THEN 'De-escalation' WHEN 'weerbaarheid' THEN 'Resilience' WHEN 'integriteit' THEN 'Integrity'
    WHEN 'phishing' THEN 'Phishing awareness' WHEN 'ambtsdragers' THEN 'Resilience for office holders' END
 WHERE name_en IS NULL AND code IN ('de-escalatie', 'weerbaarheid', 'integriteit', 'phishing', 'ambtsdragers');
