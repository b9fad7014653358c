-- Indexes for the report queries at large-city scale. Without them SQLite scanned a whole delivery once per row:
-- movement per instrument (every movement row per voorziening), the forecast's commitments (every payment per
-- running voorziening) and traject costs (every hour registration per traject).
CREATE INDEX ix_fct_ladderovergang_klant ON fct_ladderovergang (levering_id, klant_key);
CREATE INDEX ix_fct_betaling_voorziening ON fct_betaling (levering_id, voorzieningnr);
CREATE INDEX ix_fct_uren_klant ON fct_uren (levering_id, klant_key);
