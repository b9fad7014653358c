-- Issue 17: the ledger lines (fct_betaling) and the participation-ladder registrations (fct_ladderregistratie) stored
-- once, each row valid over a range of deliveries of one source in load order, as the time registrations of 0014 are:
-- each delivery repeats nearly every row of the one before. Both become views with the old names and columns, so every
-- query reads them "as known at" a delivery exactly as before. The load merges each delivery's rows into the versions
-- (SnapshotMerge; DeliveryLoader).

-- grain: one row per ledger line (boekingsnr, the file's key) per range of deliveries [vanaf_levering, tot_levering) of the
-- source that hold it unchanged; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it.
-- klant_nr is the client across the source's deliveries (NULL: a line without a client); gemeentecode the client's
-- municipality as the delivery gave it, else the delivery's.
CREATE TABLE fct_betaling_versie (leverancier NVARCHAR(200) NOT NULL, boekingsnr NVARCHAR(200) NOT NULL, vanaf_levering BIGINT NOT NULL,
    tot_levering BIGINT NOT NULL, boekdatum DATE NOT NULL, budget NVARCHAR(200) NOT NULL, soort NVARCHAR(200) NOT NULL, bedrag_cent BIGINT NOT NULL,
    klant_nr BIGINT, voorzieningnr NVARCHAR(200), omschrijving NVARCHAR(MAX), gemeentecode NVARCHAR(200) NOT NULL,
    PRIMARY KEY (leverancier, boekingsnr, vanaf_levering));
-- What was paid for one voorziening (the forecast's commitments), as ix_fct_betaling_voorziening of 0007 did.
CREATE INDEX ix_fct_betaling_versie_voorziening ON fct_betaling_versie (leverancier, voorzieningnr);

-- grain: one row per registration per range of deliveries of the source that hold it. The file has no key, so a row is
-- identified by all its columns and n, its number among identical rows of one delivery (the multiset is kept). bron is ''
-- where the file gave none (an empty field is never loaded as ''), as on SQLite, where every column is in the key. The
-- table is clustered on the source, the client and the date, without a key (bron may be too wide for one): a client's
-- registrations lie together and are found with one seek.
CREATE TABLE fct_ladderregistratie_versie (leverancier NVARCHAR(200) NOT NULL, klant_nr BIGINT NOT NULL, datum DATE NOT NULL,
    trede_code NVARCHAR(200) NOT NULL, bron NVARCHAR(MAX) NOT NULL, n BIGINT NOT NULL, vanaf_levering BIGINT NOT NULL, tot_levering BIGINT NOT NULL);
CREATE CLUSTERED INDEX ix_fct_ladderregistratie_versie ON fct_ladderregistratie_versie (leverancier, klant_nr, datum, vanaf_levering);

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
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1;
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
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1;
DROP TABLE fct_ladderregistratie;
GO

-- The rows as known at each loaded delivery: the source's versions valid at it, with the delivery's klant_key for
-- klant_nr.
CREATE VIEW fct_betaling AS
SELECT l.levering_id, v.boekingsnr, v.boekdatum, v.budget, v.soort, v.bedrag_cent, k.klant_key, v.voorzieningnr, v.omschrijving, v.gemeentecode
FROM levering l JOIN fct_betaling_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
LEFT JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
GO

-- Every registration has a client of its delivery (the load refuses one without).
CREATE VIEW fct_ladderregistratie AS
SELECT l.levering_id, k.klant_key, v.datum, v.trede_code, NULLIF(v.bron, '') AS bron
FROM levering l JOIN fct_ladderregistratie_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
GO
