-- Issue 17: the ledger lines (fct_betaling) and the participation-ladder registrations (fct_ladderregistratie) stored
-- once, each row valid over a range of deliveries of one source in load order, as the time registrations of 0014 are:
-- each delivery repeats nearly every row of the one before. Both become views with the old names and columns, so every
-- query reads them "as known at" a delivery exactly as before. The load merges each delivery's rows into the versions
-- (SnapshotMerge; DeliveryLoader).

-- grain: one row per ledger line (boekingsnr, the file's key) per range of deliveries [vanaf_levering, tot_levering) of the
-- source that hold it unchanged; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it.
-- klant_nr is the client across the source's deliveries (NULL: a line without a client); gemeentecode the client's
-- municipality as the delivery gave it, else the delivery's. A table with a rowid, unlike the other versions: SQLite (no
-- statistics here) would seek a WITHOUT ROWID table's key by leverancier alone rather than the index below by leverancier
-- and voorzieningnr, and the forecast's commitments would read every line of the source per running voorziening.
CREATE TABLE fct_betaling_versie (leverancier TEXT NOT NULL, boekingsnr TEXT NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    boekdatum TEXT NOT NULL, budget TEXT NOT NULL, soort TEXT NOT NULL, bedrag_cent INTEGER NOT NULL, klant_nr INTEGER, voorzieningnr TEXT,
    omschrijving TEXT, gemeentecode TEXT NOT NULL, PRIMARY KEY (leverancier, boekingsnr, vanaf_levering));
-- What was paid for one voorziening (the forecast's commitments), as ix_fct_betaling_voorziening of 0007 did.
CREATE INDEX ix_fct_betaling_versie_voorziening ON fct_betaling_versie (leverancier, voorzieningnr);

-- grain: one row per registration per range of deliveries of the source that hold it. The file has no key, so a row is
-- identified by all its columns and n, its number among identical rows of one delivery (the multiset is kept). bron is ''
-- where the file gave none (an empty field is never loaded as ''), so that every column can be in the key: the key is the
-- table (WITHOUT ROWID, no second index), client first, so a client's registrations lie together.
CREATE TABLE fct_ladderregistratie_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, datum TEXT NOT NULL, trede_code TEXT NOT NULL,
    bron TEXT NOT NULL, n INTEGER NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    PRIMARY KEY (leverancier, klant_nr, datum, trede_code, bron, n, vanaf_levering)) WITHOUT ROWID;

-- The existing rows, a row of consecutive loaded deliveries of a source stored once (as in 0014): the deliveries of a
-- source are numbered in load order (volgorde), a row's run of consecutive numbers (eiland) becomes one version, up to
-- the next loaded delivery after the run.
WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, b.boekingsnr, b.boekdatum, b.budget, b.soort, b.bedrag_cent, k.klant_nr, b.voorzieningnr, b.omschrijving,
    b.gemeentecode, g.levering_id, g.volgorde
    FROM fct_betaling b JOIN geladen g ON g.levering_id = b.levering_id LEFT JOIN dim_klant k ON k.klant_key = b.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, boekingsnr, boekdatum, budget, soort, bedrag_cent, klant_nr, voorzieningnr,
    omschrijving, gemeentecode ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, boekingsnr, boekdatum, budget, soort, bedrag_cent, klant_nr, voorzieningnr, omschrijving, gemeentecode,
    MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, boekingsnr, boekdatum, budget, soort, bedrag_cent, klant_nr, voorzieningnr, omschrijving, gemeentecode, eiland)
INSERT INTO fct_betaling_versie (leverancier, boekingsnr, vanaf_levering, tot_levering, boekdatum, budget, soort, bedrag_cent, klant_nr, voorzieningnr,
    omschrijving, gemeentecode)
SELECT v.leverancier, v.boekingsnr, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807), v.boekdatum, v.budget, v.soort, v.bedrag_cent, v.klant_nr,
    v.voorzieningnr, v.omschrijving, v.gemeentecode
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.boekingsnr, v.vanaf_levering;
DROP TABLE fct_betaling;

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, r.datum, r.trede_code, COALESCE(r.bron, '') AS bron, g.levering_id, g.volgorde,
    ROW_NUMBER() OVER (PARTITION BY r.levering_id, k.klant_nr, r.datum, r.trede_code, COALESCE(r.bron, '') ORDER BY (SELECT NULL)) AS n
    FROM fct_ladderregistratie r JOIN geladen g ON g.levering_id = r.levering_id JOIN dim_klant k ON k.klant_key = r.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, datum, trede_code, bron, n ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, datum, trede_code, bron, n, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, datum, trede_code, bron, n, eiland)
INSERT INTO fct_ladderregistratie_versie (leverancier, klant_nr, datum, trede_code, bron, n, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.datum, v.trede_code, v.bron, v.n, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.datum, v.trede_code, v.bron, v.n, v.vanaf_levering;
DROP TABLE fct_ladderregistratie;

-- The rows as known at each loaded delivery: the source's versions valid at it, with the delivery's klant_key for
-- klant_nr. The unary plus keeps SQLite from seeking dim_klant once per version for a condition on klant_key (see 0014).
CREATE VIEW fct_betaling AS
SELECT l.levering_id, v.boekingsnr, v.boekdatum, v.budget, v.soort, v.bedrag_cent, +k.klant_key AS klant_key, v.voorzieningnr, v.omschrijving, v.gemeentecode
FROM levering l JOIN fct_betaling_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
LEFT JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';

-- Every registration has a client of its delivery (the load refuses one without).
CREATE VIEW fct_ladderregistratie AS
SELECT l.levering_id, +k.klant_key AS klant_key, v.datum, v.trede_code, NULLIF(v.bron, '') AS bron
FROM levering l JOIN fct_ladderregistratie_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
