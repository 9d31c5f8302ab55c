-- The référentiel's competency and item rows were written at publication and never read (issue #10): the version's
-- content (referentiel_version.content) is the one source, and cohorts pin (referentiel_id, version) whose framework
-- the domain builds from it. See README "Decisions".
DROP TABLE referentiel_item;
DROP TABLE referentiel_competency;
