-- The star: every row knows the delivery it came from, so any report can be made "as known at" a delivery.

-- grain: one row per client per delivery (the client's attributes as known at that delivery's peildatum; the
-- deliveries together are the client's type-2 history). klant_key is the surrogate key the facts use.
CREATE TABLE dim_klant (
    klant_key INTEGER PRIMARY KEY AUTOINCREMENT, levering_id INTEGER NOT NULL REFERENCES levering (levering_id),
    klant_id TEXT NOT NULL, bsn_pseudoniem TEXT, geboortedatum TEXT NOT NULL, geslacht TEXT, postcode4 TEXT,
    gemeentecode TEXT NOT NULL, opleiding TEXT, leefvorm TEXT, arbeidsplicht TEXT, medewerker TEXT);
CREATE UNIQUE INDEX ux_dim_klant ON dim_klant (levering_id, klant_id);

-- grain: one row per provider per delivery
CREATE TABLE dim_aanbieder (levering_id INTEGER NOT NULL, aanbieder TEXT NOT NULL, naam TEXT NOT NULL, soort TEXT, keurmerk TEXT,
    contract_start TEXT, contract_einde TEXT, PRIMARY KEY (levering_id, aanbieder));

-- grain: one row per klantmanager per delivery (no names, only a code)
CREATE TABLE dim_medewerker (levering_id INTEGER NOT NULL, medewerker TEXT NOT NULL, team TEXT, fte REAL, PRIMARY KEY (levering_id, medewerker));

-- grain: one row per application for a benefit per delivery
CREATE TABLE fct_aanvraag (levering_id INTEGER NOT NULL, aanvraagnr TEXT NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    regeling TEXT NOT NULL, aanvraagdatum TEXT NOT NULL, besluitdatum TEXT, besluit TEXT, reden TEXT, PRIMARY KEY (levering_id, aanvraagnr));

-- grain: one row per benefit period per delivery
CREATE TABLE fct_uitkering (levering_id INTEGER NOT NULL, uitkeringnr TEXT NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    regeling TEXT NOT NULL, ingangsdatum TEXT NOT NULL, einddatum TEXT, reden_einde TEXT, bedrag_maand_cent INTEGER,
    PRIMARY KEY (levering_id, uitkeringnr));
CREATE INDEX ix_fct_uitkering_klant ON fct_uitkering (levering_id, klant_key);

-- grain: one row per traject per delivery
CREATE TABLE fct_traject (levering_id INTEGER NOT NULL, trajectnr TEXT NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    doel TEXT NOT NULL, klantprofiel TEXT, startdatum TEXT NOT NULL, einddatum TEXT, resultaat TEXT, medewerker TEXT,
    PRIMARY KEY (levering_id, trajectnr));
CREATE INDEX ix_fct_traject_klant ON fct_traject (levering_id, klant_key);

-- grain: one row per voorziening (instrument deployed) per delivery
CREATE TABLE fct_voorziening (levering_id INTEGER NOT NULL, voorzieningnr TEXT NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    trajectnr TEXT, instrument TEXT NOT NULL, aanbieder TEXT, startdatum TEXT NOT NULL, geplande_einddatum TEXT, einddatum TEXT,
    resultaat TEXT, kosten_cent INTEGER, financiering TEXT NOT NULL, PRIMARY KEY (levering_id, voorzieningnr));
CREATE INDEX ix_fct_voorziening_klant ON fct_voorziening (levering_id, klant_key);

-- grain: one row per participation-ladder registration per delivery
CREATE TABLE fct_ladderregistratie (levering_id INTEGER NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    datum TEXT NOT NULL, trede_code TEXT NOT NULL, bron TEXT);
CREATE INDEX ix_fct_ladderregistratie_klant ON fct_ladderregistratie (levering_id, klant_key);

-- grain: one row per employment period of a client per delivery
CREATE TABLE fct_dienstverband (levering_id INTEGER NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    startdatum TEXT NOT NULL, einddatum TEXT, uren_per_week REAL, soort TEXT NOT NULL);
CREATE INDEX ix_fct_dienstverband_klant ON fct_dienstverband (levering_id, klant_key);

-- grain: one row per ledger line per delivery; gemeentecode is the client's municipality, else the delivery's
CREATE TABLE fct_betaling (levering_id INTEGER NOT NULL, boekingsnr TEXT NOT NULL, boekdatum TEXT NOT NULL, budget TEXT NOT NULL,
    soort TEXT NOT NULL, bedrag_cent INTEGER NOT NULL, klant_key INTEGER REFERENCES dim_klant (klant_key), voorzieningnr TEXT,
    omschrijving TEXT, gemeentecode TEXT NOT NULL, PRIMARY KEY (levering_id, boekingsnr));

-- grain: one row per time registration of a klantmanager per delivery
CREATE TABLE fct_uren (levering_id INTEGER NOT NULL, medewerker TEXT NOT NULL, datum TEXT NOT NULL, klant_key INTEGER REFERENCES dim_klant (klant_key),
    activiteit TEXT NOT NULL, uren REAL NOT NULL);

-- grain: one row per sanction decision per delivery
CREATE TABLE fct_maatregel (levering_id INTEGER NOT NULL, maatregelnr TEXT NOT NULL, klant_key INTEGER NOT NULL REFERENCES dim_klant (klant_key),
    besluitdatum TEXT NOT NULL, categorie INTEGER NOT NULL, percentage INTEGER NOT NULL, duur_maanden INTEGER NOT NULL, recidive TEXT,
    PRIMARY KEY (levering_id, maatregelnr));
