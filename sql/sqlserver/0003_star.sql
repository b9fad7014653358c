-- The star: every row knows the delivery it came from, so any report can be made "as known at" a delivery.

-- grain: one row per client per delivery (the client's attributes as known at that delivery's peildatum; the
-- deliveries together are the client's type-2 history). klant_key is the surrogate key the facts use.
CREATE TABLE dim_klant (
    klant_key BIGINT IDENTITY(1,1) PRIMARY KEY, levering_id BIGINT NOT NULL REFERENCES levering (levering_id),
    klant_id NVARCHAR(200) NOT NULL, bsn_pseudoniem NVARCHAR(200), geboortedatum DATE NOT NULL, geslacht NVARCHAR(200), postcode4 NVARCHAR(200),
    gemeentecode NVARCHAR(200) NOT NULL, opleiding NVARCHAR(200), leefvorm NVARCHAR(200), arbeidsplicht NVARCHAR(200), medewerker NVARCHAR(200));
CREATE UNIQUE INDEX ux_dim_klant ON dim_klant (levering_id, klant_id);

-- grain: one row per provider per delivery
CREATE TABLE dim_aanbieder (levering_id BIGINT NOT NULL, aanbieder NVARCHAR(200) NOT NULL, naam NVARCHAR(200) NOT NULL, soort NVARCHAR(200), keurmerk NVARCHAR(200),
    contract_start DATE, contract_einde DATE, PRIMARY KEY (levering_id, aanbieder));

-- grain: one row per klantmanager per delivery (no names, only a code)
CREATE TABLE dim_medewerker (levering_id BIGINT NOT NULL, medewerker NVARCHAR(200) NOT NULL, team NVARCHAR(200), fte FLOAT, PRIMARY KEY (levering_id, medewerker));

-- grain: one row per application for a benefit per delivery
CREATE TABLE fct_aanvraag (levering_id BIGINT NOT NULL, aanvraagnr NVARCHAR(200) NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    regeling NVARCHAR(200) NOT NULL, aanvraagdatum DATE NOT NULL, besluitdatum DATE, besluit NVARCHAR(200), reden NVARCHAR(MAX), PRIMARY KEY (levering_id, aanvraagnr));

-- grain: one row per benefit period per delivery
CREATE TABLE fct_uitkering (levering_id BIGINT NOT NULL, uitkeringnr NVARCHAR(200) NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    regeling NVARCHAR(200) NOT NULL, ingangsdatum DATE NOT NULL, einddatum DATE, reden_einde DATE, bedrag_maand_cent BIGINT,
    PRIMARY KEY (levering_id, uitkeringnr));
CREATE INDEX ix_fct_uitkering_klant ON fct_uitkering (levering_id, klant_key);

-- grain: one row per traject per delivery
CREATE TABLE fct_traject (levering_id BIGINT NOT NULL, trajectnr NVARCHAR(200) NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    doel NVARCHAR(200) NOT NULL, klantprofiel NVARCHAR(200), startdatum DATE NOT NULL, einddatum DATE, resultaat NVARCHAR(200), medewerker NVARCHAR(200),
    PRIMARY KEY (levering_id, trajectnr));
CREATE INDEX ix_fct_traject_klant ON fct_traject (levering_id, klant_key);

-- grain: one row per voorziening (instrument deployed) per delivery
CREATE TABLE fct_voorziening (levering_id BIGINT NOT NULL, voorzieningnr NVARCHAR(200) NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    trajectnr NVARCHAR(200), instrument NVARCHAR(200) NOT NULL, aanbieder NVARCHAR(200), startdatum DATE NOT NULL, geplande_einddatum DATE, einddatum DATE,
    resultaat NVARCHAR(200), kosten_cent BIGINT, financiering NVARCHAR(200) NOT NULL, PRIMARY KEY (levering_id, voorzieningnr));
CREATE INDEX ix_fct_voorziening_klant ON fct_voorziening (levering_id, klant_key);

-- grain: one row per participation-ladder registration per delivery
CREATE TABLE fct_ladderregistratie (levering_id BIGINT NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    datum DATE NOT NULL, trede_code NVARCHAR(200) NOT NULL, bron NVARCHAR(MAX));
CREATE INDEX ix_fct_ladderregistratie_klant ON fct_ladderregistratie (levering_id, klant_key);

-- grain: one row per employment period of a client per delivery
CREATE TABLE fct_dienstverband (levering_id BIGINT NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    startdatum DATE NOT NULL, einddatum DATE, uren_per_week FLOAT, soort NVARCHAR(200) NOT NULL);
CREATE INDEX ix_fct_dienstverband_klant ON fct_dienstverband (levering_id, klant_key);

-- grain: one row per ledger line per delivery; gemeentecode is the client's municipality, else the delivery's
CREATE TABLE fct_betaling (levering_id BIGINT NOT NULL, boekingsnr NVARCHAR(200) NOT NULL, boekdatum DATE NOT NULL, budget NVARCHAR(200) NOT NULL,
    soort NVARCHAR(200) NOT NULL, bedrag_cent BIGINT NOT NULL, klant_key BIGINT REFERENCES dim_klant (klant_key), voorzieningnr NVARCHAR(200),
    omschrijving NVARCHAR(MAX), gemeentecode NVARCHAR(200) NOT NULL, PRIMARY KEY (levering_id, boekingsnr));

-- grain: one row per time registration of a klantmanager per delivery
CREATE TABLE fct_uren (levering_id BIGINT NOT NULL, medewerker NVARCHAR(200) NOT NULL, datum DATE NOT NULL, klant_key BIGINT REFERENCES dim_klant (klant_key),
    activiteit NVARCHAR(200) NOT NULL, uren FLOAT NOT NULL);

-- grain: one row per sanction decision per delivery
CREATE TABLE fct_maatregel (levering_id BIGINT NOT NULL, maatregelnr NVARCHAR(200) NOT NULL, klant_key BIGINT NOT NULL REFERENCES dim_klant (klant_key),
    besluitdatum DATE NOT NULL, categorie BIGINT NOT NULL, percentage BIGINT NOT NULL, duur_maanden BIGINT NOT NULL, recidive NVARCHAR(200),
    PRIMARY KEY (levering_id, maatregelnr));
