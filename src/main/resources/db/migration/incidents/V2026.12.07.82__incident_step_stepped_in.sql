-- A step completed by the coordinator or the secretary in its owner's place is recorded as such (issue 17).
ALTER TABLE incident_step ADD COLUMN stepped_in boolean NOT NULL DEFAULT false;
