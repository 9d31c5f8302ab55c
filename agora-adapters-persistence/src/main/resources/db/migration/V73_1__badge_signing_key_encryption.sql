-- Badge signing keys encrypted at rest (issue 17): private_key now holds a JWE (dir + A256GCM) of the PKCS#8 key under
-- a configured key-encryption key, named here. NULL marks a row written before this migration, still in clear: SQL
-- cannot encrypt (the KEK is configuration, not data), so the application encrypts those rows at start-up
-- (JdbcSchoolKeyStore.reencryptStaleKeys), as it re-encrypts rows under a previous KEK after a rotation.
ALTER TABLE badge_signing_key ADD COLUMN private_key_kek_id VARCHAR(40);
