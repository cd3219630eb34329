-- Evidence files of actions are stored encrypted (AES-GCM by the application): content holds the ciphertext,
-- nonce its nonce, content_type the type recognised from the content. Rows written before this version have no
-- nonce and are read as they were stored.
ALTER TABLE action_evidence ADD COLUMN nonce bytea;
