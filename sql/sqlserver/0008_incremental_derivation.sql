-- Incremental ladder derivation: a fingerprint of what the ladder rules read of each client, per delivery. A client
-- whose fingerprint equals the one in the municipality's previous delivery keeps that delivery's positions on the
-- peildata both cover; only the new peildata are derived.

-- grain: one row per client per delivery; vingerafdruk is 64 bits of the SHA-256 of the client's sorted history;
-- vorige_klant_key is the same client in the previous delivery when its fingerprint is unchanged (its rows were taken over)
CREATE TABLE fct_klantafleiding (levering_id BIGINT NOT NULL, klant_key BIGINT NOT NULL, vingerafdruk BIGINT NOT NULL, vorige_klant_key BIGINT,
    PRIMARY KEY (levering_id, klant_key));
