-- The language a user picked in the application (the language switch), used for the mails they receive.
-- NULL: never picked; mails are then in Dutch.
ALTER TABLE app_user ADD COLUMN language text CHECK (language IN ('nl', 'en'));
