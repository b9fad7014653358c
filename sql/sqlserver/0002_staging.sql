-- Staging: the validated, pseudonymised rows of the delivery being loaded. Emptied when the load ends.

-- grain: one row per provider row of the delivery being loaded
CREATE TABLE stg_aanbieder (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, aanbieder NVARCHAR(200), naam NVARCHAR(200), soort NVARCHAR(200), keurmerk NVARCHAR(200), contract_start DATE, contract_einde DATE);
-- grain: one row per klantmanager row
CREATE TABLE stg_medewerker (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, medewerker NVARCHAR(200), team NVARCHAR(200), fte FLOAT);
-- grain: one row per client row
CREATE TABLE stg_klant (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, klant_id NVARCHAR(200), bsn_pseudoniem NVARCHAR(200), geboortedatum DATE, geslacht NVARCHAR(200), postcode4 NVARCHAR(200), gemeentecode NVARCHAR(200), opleiding NVARCHAR(200), leefvorm NVARCHAR(200), arbeidsplicht NVARCHAR(200), medewerker NVARCHAR(200));
-- grain: one row per application row
CREATE TABLE stg_aanvraag (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, aanvraagnr NVARCHAR(200), klant_id NVARCHAR(200), regeling NVARCHAR(200), aanvraagdatum DATE, besluitdatum DATE, besluit NVARCHAR(200), reden NVARCHAR(MAX));
-- grain: one row per benefit period row
CREATE TABLE stg_uitkering (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, uitkeringnr NVARCHAR(200), klant_id NVARCHAR(200), regeling NVARCHAR(200), ingangsdatum DATE, einddatum DATE, reden_einde DATE, bedrag_maand_cent BIGINT);
-- grain: one row per traject row
CREATE TABLE stg_traject (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, trajectnr NVARCHAR(200), klant_id NVARCHAR(200), doel NVARCHAR(200), klantprofiel NVARCHAR(200), startdatum DATE, einddatum DATE, resultaat NVARCHAR(200), medewerker NVARCHAR(200));
-- grain: one row per voorziening row
CREATE TABLE stg_voorziening (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, voorzieningnr NVARCHAR(200), klant_id NVARCHAR(200), trajectnr NVARCHAR(200), instrument NVARCHAR(200), aanbieder NVARCHAR(200), startdatum DATE, geplande_einddatum DATE, einddatum DATE, resultaat NVARCHAR(200), kosten_cent BIGINT, financiering NVARCHAR(200));
-- grain: one row per ladder registration row
CREATE TABLE stg_ladder (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, klant_id NVARCHAR(200), datum DATE, trede_code NVARCHAR(200), bron NVARCHAR(MAX));
-- grain: one row per employment row
CREATE TABLE stg_dienstverband (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, klant_id NVARCHAR(200), startdatum DATE, einddatum DATE, uren_per_week FLOAT, soort NVARCHAR(200));
-- grain: one row per ledger line row
CREATE TABLE stg_betaling (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, boekingsnr NVARCHAR(200), boekdatum DATE, budget NVARCHAR(200), soort NVARCHAR(200), bedrag_cent BIGINT, klant_id NVARCHAR(200), voorzieningnr NVARCHAR(200), omschrijving NVARCHAR(MAX));
-- grain: one row per time registration row
CREATE TABLE stg_uren (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, medewerker NVARCHAR(200), datum DATE, klant_id NVARCHAR(200), activiteit NVARCHAR(200), uren FLOAT);
-- grain: one row per sanction row
CREATE TABLE stg_maatregel (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, maatregelnr NVARCHAR(200), klant_id NVARCHAR(200), besluitdatum DATE, categorie BIGINT, percentage BIGINT, duur_maanden BIGINT, recidive NVARCHAR(200));
-- grain: one row per instrument of referentie/instrumenten.csv
CREATE TABLE stg_instrument (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, instrument NVARCHAR(200), omschrijving NVARCHAR(MAX), categorie NVARCHAR(200), work_first NVARCHAR(200));
-- grain: one row per local ladder code of referentie/ladder.csv
CREATE TABLE stg_ladder_code (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, code NVARCHAR(200), omschrijving NVARCHAR(MAX), trede BIGINT);
-- grain: one row per budget row of referentie/budget.csv
CREATE TABLE stg_budget (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, gemeentecode NVARCHAR(200), jaar BIGINT, budget NVARCHAR(200), toegekend_cent BIGINT, meegenomen_cent BIGINT, ontvangsten_cent BIGINT, regime NVARCHAR(200));
-- grain: one row per target of referentie/doelstellingen.csv
CREATE TABLE stg_doelstelling (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, gemeentecode NVARCHAR(200), jaar BIGINT, indicator NVARCHAR(200), waarde FLOAT, bron NVARCHAR(MAX));
-- grain: one row per benchmark row of referentie/benchmark.csv
CREATE TABLE stg_benchmark (levering_id BIGINT NOT NULL, regel BIGINT NOT NULL, gemeentecode NVARCHAR(200), gemeentenaam NVARCHAR(200), jaar BIGINT, groep NVARCHAR(200), inwoners BIGINT, volume_ultimo BIGINT, instroom BIGINT, uitstroom BIGINT, uitstroom_werk BIGINT);

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
