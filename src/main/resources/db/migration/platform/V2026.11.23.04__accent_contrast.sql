-- The original default accent colour had too little contrast with white text (3.2:1); use one of 5.6:1.
ALTER TABLE municipality ALTER COLUMN theme_accent SET DEFAULT '#a84d00';
UPDATE municipality SET theme_accent = '#a84d00' WHERE theme_accent = '#e17000';
