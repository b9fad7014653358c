-- Staging: the validated, pseudonymised rows of the delivery being loaded. Emptied when the load ends.

-- grain: one row per provider row of the delivery being loaded
CREATE TABLE stg_aanbieder (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, aanbieder TEXT, naam TEXT, soort TEXT, keurmerk TEXT, contract_start TEXT, contract_einde TEXT);
-- grain: one row per klantmanager row
CREATE TABLE stg_medewerker (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, medewerker TEXT, team TEXT, fte REAL);
-- grain: one row per client row
CREATE TABLE stg_klant (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, klant_id TEXT, bsn_pseudoniem TEXT, geboortedatum TEXT, geslacht TEXT, postcode4 TEXT, gemeentecode TEXT, opleiding TEXT, leefvorm TEXT, arbeidsplicht TEXT, medewerker TEXT);
-- grain: one row per application row
CREATE TABLE stg_aanvraag (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, aanvraagnr TEXT, klant_id TEXT, regeling TEXT, aanvraagdatum TEXT, besluitdatum TEXT, besluit TEXT, reden TEXT);
-- grain: one row per benefit period row
CREATE TABLE stg_uitkering (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, uitkeringnr TEXT, klant_id TEXT, regeling TEXT, ingangsdatum TEXT, einddatum TEXT, reden_einde TEXT, bedrag_maand_cent INTEGER);
-- grain: one row per traject row
CREATE TABLE stg_traject (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, trajectnr TEXT, klant_id TEXT, doel TEXT, klantprofiel TEXT, startdatum TEXT, einddatum TEXT, resultaat TEXT, medewerker TEXT);
-- grain: one row per voorziening row
CREATE TABLE stg_voorziening (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, voorzieningnr TEXT, klant_id TEXT, trajectnr TEXT, instrument TEXT, aanbieder TEXT, startdatum TEXT, geplande_einddatum TEXT, einddatum TEXT, resultaat TEXT, kosten_cent INTEGER, financiering TEXT);
-- grain: one row per ladder registration row
CREATE TABLE stg_ladder (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, klant_id TEXT, datum TEXT, trede_code TEXT, bron TEXT);
-- grain: one row per employment row
CREATE TABLE stg_dienstverband (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, klant_id TEXT, startdatum TEXT, einddatum TEXT, uren_per_week REAL, soort TEXT);
-- grain: one row per ledger line row
CREATE TABLE stg_betaling (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, boekingsnr TEXT, boekdatum TEXT, budget TEXT, soort TEXT, bedrag_cent INTEGER, klant_id TEXT, voorzieningnr TEXT, omschrijving TEXT);
-- grain: one row per time registration row
CREATE TABLE stg_uren (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, medewerker TEXT, datum TEXT, klant_id TEXT, activiteit TEXT, uren REAL);
-- grain: one row per sanction row
CREATE TABLE stg_maatregel (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, maatregelnr TEXT, klant_id TEXT, besluitdatum TEXT, categorie INTEGER, percentage INTEGER, duur_maanden INTEGER, recidive TEXT);
-- grain: one row per instrument of referentie/instrumenten.csv
CREATE TABLE stg_instrument (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, instrument TEXT, omschrijving TEXT, categorie TEXT, work_first TEXT);
-- grain: one row per local ladder code of referentie/ladder.csv
CREATE TABLE stg_ladder_code (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, code TEXT, omschrijving TEXT, trede INTEGER);
-- grain: one row per budget row of referentie/budget.csv
CREATE TABLE stg_budget (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, gemeentecode TEXT, jaar INTEGER, budget TEXT, toegekend_cent INTEGER, meegenomen_cent INTEGER, ontvangsten_cent INTEGER, regime TEXT);
-- grain: one row per target of referentie/doelstellingen.csv
CREATE TABLE stg_doelstelling (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, gemeentecode TEXT, jaar INTEGER, indicator TEXT, waarde REAL, bron TEXT);
-- grain: one row per benchmark row of referentie/benchmark.csv
CREATE TABLE stg_benchmark (levering_id INTEGER NOT NULL, regel INTEGER NOT NULL, gemeentecode TEXT, gemeentenaam TEXT, jaar INTEGER, groep TEXT, inwoners INTEGER, volume_ultimo INTEGER, instroom INTEGER, uitstroom INTEGER, uitstroom_werk INTEGER);

-- The integrity checks look rows up by key within the delivery being loaded.
CREATE INDEX ix_stg_aanbieder ON stg_aanbieder (levering_id, aanbieder, regel);
CREATE INDEX ix_stg_medewerker ON stg_medewerker (levering_id, medewerker, regel);
CREATE INDEX ix_stg_klant ON stg_klant (levering_id, klant_id, regel);
CREATE INDEX ix_stg_aanvraag ON stg_aanvraag (levering_id, aanvraagnr, regel);
CREATE INDEX ix_stg_uitkering ON stg_uitkering (levering_id, uitkeringnr, regel);
CREATE INDEX ix_stg_traject ON stg_traject (levering_id, trajectnr, regel);
CREATE INDEX ix_stg_voorziening ON stg_voorziening (levering_id, voorzieningnr, regel);
CREATE INDEX ix_stg_betaling ON stg_betaling (levering_id, boekingsnr, regel);
CREATE INDEX ix_stg_maatregel ON stg_maatregel (levering_id, maatregelnr, regel);
CREATE INDEX ix_stg_instrument ON stg_instrument (levering_id, instrument, regel);
CREATE INDEX ix_stg_ladder_code ON stg_ladder_code (levering_id, code, regel);
CREATE INDEX ix_stg_budget ON stg_budget (levering_id, gemeentecode, jaar, budget, regel);
CREATE INDEX ix_stg_doelstelling ON stg_doelstelling (levering_id, gemeentecode, jaar, indicator, regel);
CREATE INDEX ix_stg_benchmark ON stg_benchmark (levering_id, gemeentecode, jaar, regel);
