-- Schools onboarded at run time (issue 11): the platform operator creates, disables and enables schools.
-- eval_establishment stays the one table of schools (the bootstrap school is registered in it at start-up, as before);
-- it gains when a school was registered (schools already there: this migration's time) and, while it is disabled,
-- since when. API-key authentication reads disabled_at with the key (one join on the primary key).
ALTER TABLE eval_establishment ADD COLUMN created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
ALTER TABLE eval_establishment ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
-- a school admin lists its keys newest first
CREATE INDEX ix_access_api_key_uai_created ON access_api_key (uai, created_at DESC, key_id);
