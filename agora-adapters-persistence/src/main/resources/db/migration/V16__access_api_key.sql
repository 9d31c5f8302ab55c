-- API keys belong to the access feature (issue #10), not to evaluation: the table says so. Renamed in place, rows kept.
ALTER TABLE eval_api_key RENAME TO access_api_key;
ALTER INDEX eval_api_key_uai RENAME TO access_api_key_uai;
