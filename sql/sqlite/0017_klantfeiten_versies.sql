-- Issue 17: the last facts stored per delivery, the benefits (fct_uitkering), trajecten (fct_traject), instruments deployed
-- (fct_voorziening) and employment (fct_dienstverband), stored once, each row valid over a range of deliveries of one
-- source in load order, as the aanvragen of 0016 are. A version holds its client as klant_nr and the client's
-- municipality as the delivery gave it (gemeentecode). Unlike 0016's, these versions are stored client first: the
-- derivation and the effect estimate read a client's history whole, client by client, and the reports read a
-- municipality's rows; the client's key leads the table, so those reads are a range of it, not a seek per row. The old
-- names stay as views with their columns. The load merges each delivery's rows into the versions (SnapshotMerge; StarLoad).

-- grain: one row per uitkering (uitkeringnr, the file's key) per range of deliveries [vanaf_levering, tot_levering) of the source
-- that hold it unchanged; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it. A change of
-- client is a new version (the key begins with it), a change of municipality too.
CREATE TABLE fct_uitkering_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, uitkeringnr TEXT NOT NULL, gemeentecode TEXT NOT NULL,
    regeling TEXT NOT NULL, ingangsdatum TEXT NOT NULL, einddatum TEXT, reden_einde TEXT, bedrag_maand_cent INTEGER, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    PRIMARY KEY (leverancier, klant_nr, uitkeringnr, vanaf_levering)) WITHOUT ROWID;

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, f.uitkeringnr, k.gemeentecode, f.regeling, f.ingangsdatum, f.einddatum, f.reden_einde, f.bedrag_maand_cent, g.levering_id, g.volgorde
    FROM fct_uitkering f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, uitkeringnr, gemeentecode, regeling, ingangsdatum, einddatum, reden_einde, bedrag_maand_cent ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, uitkeringnr, gemeentecode, regeling, ingangsdatum, einddatum, reden_einde, bedrag_maand_cent, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, uitkeringnr, gemeentecode, regeling, ingangsdatum, einddatum, reden_einde, bedrag_maand_cent, eiland)
INSERT INTO fct_uitkering_versie (leverancier, klant_nr, uitkeringnr, gemeentecode, regeling, ingangsdatum, einddatum, reden_einde, bedrag_maand_cent, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.uitkeringnr, v.gemeentecode, v.regeling, v.ingangsdatum, v.einddatum, v.reden_einde, v.bedrag_maand_cent, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.uitkeringnr, v.vanaf_levering;
DROP TABLE fct_uitkering;

-- grain: one row per traject (trajectnr, the file's key) per range of deliveries of the source that hold it unchanged, as above.
CREATE TABLE fct_traject_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, trajectnr TEXT NOT NULL, gemeentecode TEXT NOT NULL,
    doel TEXT NOT NULL, klantprofiel TEXT, startdatum TEXT NOT NULL, einddatum TEXT, resultaat TEXT, medewerker TEXT, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    PRIMARY KEY (leverancier, klant_nr, trajectnr, vanaf_levering)) WITHOUT ROWID;

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, f.trajectnr, k.gemeentecode, f.doel, f.klantprofiel, f.startdatum, f.einddatum, f.resultaat, f.medewerker, g.levering_id, g.volgorde
    FROM fct_traject f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, trajectnr, gemeentecode, doel, klantprofiel, startdatum, einddatum, resultaat, medewerker ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, trajectnr, gemeentecode, doel, klantprofiel, startdatum, einddatum, resultaat, medewerker, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, trajectnr, gemeentecode, doel, klantprofiel, startdatum, einddatum, resultaat, medewerker, eiland)
INSERT INTO fct_traject_versie (leverancier, klant_nr, trajectnr, gemeentecode, doel, klantprofiel, startdatum, einddatum, resultaat, medewerker, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.trajectnr, v.gemeentecode, v.doel, v.klantprofiel, v.startdatum, v.einddatum, v.resultaat, v.medewerker, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.trajectnr, v.vanaf_levering;
DROP TABLE fct_traject;

-- grain: one row per voorziening (voorzieningnr, the file's key) per range of deliveries of the source that hold it unchanged, as above.
-- A table with a rowid, as fct_betaling_versie (0015): SQLite (no statistics here) would seek a WITHOUT ROWID table's key by
-- leverancier alone rather than the index below by leverancier and voorzieningnr, and the budget's spending, which looks up
-- the voorziening of every ledger line, would read every voorziening of the source per line.
CREATE TABLE fct_voorziening_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, voorzieningnr TEXT NOT NULL, gemeentecode TEXT NOT NULL,
    trajectnr TEXT, instrument TEXT NOT NULL, aanbieder TEXT, startdatum TEXT NOT NULL, geplande_einddatum TEXT, einddatum TEXT, resultaat TEXT, kosten_cent INTEGER,
    financiering TEXT NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    PRIMARY KEY (leverancier, klant_nr, voorzieningnr, vanaf_levering));
-- The voorziening a ledger line pays for, by its number (the budget's spending and commitments).
CREATE INDEX ix_fct_voorziening_versie_nr ON fct_voorziening_versie (leverancier, voorzieningnr);

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, f.voorzieningnr, k.gemeentecode, f.trajectnr, f.instrument, f.aanbieder, f.startdatum, f.geplande_einddatum, f.einddatum,
    f.resultaat, f.kosten_cent, f.financiering, g.levering_id, g.volgorde
    FROM fct_voorziening f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, voorzieningnr, gemeentecode, trajectnr, instrument, aanbieder, startdatum, geplande_einddatum,
    einddatum, resultaat, kosten_cent, financiering ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, voorzieningnr, gemeentecode, trajectnr, instrument, aanbieder, startdatum, geplande_einddatum, einddatum, resultaat, kosten_cent, financiering,
    MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, voorzieningnr, gemeentecode, trajectnr, instrument, aanbieder, startdatum, geplande_einddatum, einddatum, resultaat, kosten_cent, financiering, eiland)
INSERT INTO fct_voorziening_versie (leverancier, klant_nr, voorzieningnr, gemeentecode, trajectnr, instrument, aanbieder, startdatum, geplande_einddatum, einddatum, resultaat,
    kosten_cent, financiering, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.voorzieningnr, v.gemeentecode, v.trajectnr, v.instrument, v.aanbieder, v.startdatum, v.geplande_einddatum, v.einddatum, v.resultaat,
    v.kosten_cent, v.financiering, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.voorzieningnr, v.vanaf_levering;
DROP TABLE fct_voorziening;

-- grain: one row per employment period per range of deliveries of the source that hold it. The file has no key, so a row is
-- identified by all its columns and n, its number among identical rows of one delivery (the multiset is kept), as the
-- registrations of 0015 are; einddatum and uren_per_week may be empty, so the row cannot be a primary key, and the table has a
-- rowid with the client's key as its index.
CREATE TABLE fct_dienstverband_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, gemeentecode TEXT NOT NULL, startdatum TEXT NOT NULL, einddatum TEXT,
    uren_per_week REAL, soort TEXT NOT NULL, n INTEGER NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL);
CREATE INDEX ix_fct_dienstverband_versie ON fct_dienstverband_versie (leverancier, klant_nr, vanaf_levering);

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, k.gemeentecode, f.startdatum, f.einddatum, f.uren_per_week, f.soort, g.levering_id, g.volgorde,
    ROW_NUMBER() OVER (PARTITION BY f.levering_id, k.klant_nr, k.gemeentecode, f.startdatum, f.einddatum, f.uren_per_week, f.soort ORDER BY (SELECT NULL)) AS n
    FROM fct_dienstverband f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, gemeentecode, startdatum, einddatum, uren_per_week, soort, n ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, gemeentecode, startdatum, einddatum, uren_per_week, soort, n, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, gemeentecode, startdatum, einddatum, uren_per_week, soort, n, eiland)
INSERT INTO fct_dienstverband_versie (leverancier, klant_nr, gemeentecode, startdatum, einddatum, uren_per_week, soort, n, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.gemeentecode, v.startdatum, v.einddatum, v.uren_per_week, v.soort, v.n, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.startdatum, v.vanaf_levering;
DROP TABLE fct_dienstverband;

-- The rows as known at each loaded delivery, with the old names and columns: the source's versions valid at it, with the
-- delivery's klant_key for klant_nr (every row has a client of its delivery: the load refuses one without). The unary plus
-- keeps SQLite from seeking dim_klant once per version for a condition on klant_key (see 0014).
CREATE VIEW fct_uitkering AS
SELECT l.levering_id, v.uitkeringnr, +k.klant_key AS klant_key, v.regeling, v.ingangsdatum, v.einddatum, v.reden_einde, v.bedrag_maand_cent
FROM levering l JOIN fct_uitkering_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';

CREATE VIEW fct_traject AS
SELECT l.levering_id, v.trajectnr, +k.klant_key AS klant_key, v.doel, v.klantprofiel, v.startdatum, v.einddatum, v.resultaat, v.medewerker
FROM levering l JOIN fct_traject_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';

CREATE VIEW fct_voorziening AS
SELECT l.levering_id, v.voorzieningnr, +k.klant_key AS klant_key, v.trajectnr, v.instrument, v.aanbieder, v.startdatum, v.geplande_einddatum, v.einddatum, v.resultaat,
    v.kosten_cent, v.financiering
FROM levering l JOIN fct_voorziening_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';

CREATE VIEW fct_dienstverband AS
SELECT l.levering_id, +k.klant_key AS klant_key, v.startdatum, v.einddatum, v.uren_per_week, v.soort
FROM levering l JOIN fct_dienstverband_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
