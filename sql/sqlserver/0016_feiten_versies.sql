-- Issue 17: the aanvragen (fct_aanvraag) and sanctions (fct_maatregel) stored once, each row valid over a range of
-- deliveries of one source in load order, as the ledger lines of 0015 are: each delivery repeats nearly every row of the
-- one before. A version holds its client as klant_nr (the client across the source's deliveries, not the per-delivery
-- klant_key) and the client's municipality as the delivery gave it (gemeentecode), so a reader takes a municipality's
-- rows as known at a delivery from the versions alone, in the order of their key, without meeting the delivery's clients
-- row by row (GegevensQueries, BronrijQueries). The old names stay as views with their columns. The load merges each
-- delivery's rows into the versions (SnapshotMerge; StarLoad).

-- grain: one row per aanvraag (aanvraagnr, the file's key) per range of deliveries [vanaf_levering, tot_levering) of the source
-- that hold it unchanged; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it. Stored
-- in key order, as the readers read it; a change of client or municipality is a new version.
CREATE TABLE fct_aanvraag_versie (leverancier NVARCHAR(200) NOT NULL, klant_nr BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, aanvraagnr NVARCHAR(200) NOT NULL, regeling NVARCHAR(200) NOT NULL, aanvraagdatum DATE NOT NULL, besluitdatum DATE, besluit NVARCHAR(200), reden NVARCHAR(MAX), vanaf_levering BIGINT NOT NULL, tot_levering BIGINT NOT NULL,
    PRIMARY KEY (leverancier, aanvraagnr, vanaf_levering));

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, k.gemeentecode, f.aanvraagnr, f.regeling, f.aanvraagdatum, f.besluitdatum, f.besluit, f.reden, g.levering_id, g.volgorde
    FROM fct_aanvraag f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, gemeentecode, aanvraagnr, regeling, aanvraagdatum, besluitdatum, besluit, reden ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, gemeentecode, aanvraagnr, regeling, aanvraagdatum, besluitdatum, besluit, reden, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, gemeentecode, aanvraagnr, regeling, aanvraagdatum, besluitdatum, besluit, reden, eiland)
INSERT INTO fct_aanvraag_versie (leverancier, klant_nr, gemeentecode, aanvraagnr, regeling, aanvraagdatum, besluitdatum, besluit, reden, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.gemeentecode, v.aanvraagnr, v.regeling, v.aanvraagdatum, v.besluitdatum, v.besluit, v.reden, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1;
DROP TABLE fct_aanvraag;

-- grain: one row per maatregel (maatregelnr, the file's key) per range of deliveries [vanaf_levering, tot_levering) of the source
-- that hold it unchanged; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it. Stored
-- in key order, as the readers read it; a change of client or municipality is a new version.
CREATE TABLE fct_maatregel_versie (leverancier NVARCHAR(200) NOT NULL, klant_nr BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, maatregelnr NVARCHAR(200) NOT NULL, besluitdatum DATE NOT NULL, categorie BIGINT NOT NULL, percentage BIGINT NOT NULL, duur_maanden BIGINT NOT NULL, recidive NVARCHAR(200), vanaf_levering BIGINT NOT NULL, tot_levering BIGINT NOT NULL,
    PRIMARY KEY (leverancier, maatregelnr, vanaf_levering));

WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, k.gemeentecode, f.maatregelnr, f.besluitdatum, f.categorie, f.percentage, f.duur_maanden, f.recidive, g.levering_id, g.volgorde
    FROM fct_maatregel f JOIN geladen g ON g.levering_id = f.levering_id JOIN dim_klant k ON k.klant_key = f.klant_key),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, gemeentecode, maatregelnr, besluitdatum, categorie, percentage, duur_maanden, recidive ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, gemeentecode, maatregelnr, besluitdatum, categorie, percentage, duur_maanden, recidive, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, gemeentecode, maatregelnr, besluitdatum, categorie, percentage, duur_maanden, recidive, eiland)
INSERT INTO fct_maatregel_versie (leverancier, klant_nr, gemeentecode, maatregelnr, besluitdatum, categorie, percentage, duur_maanden, recidive, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.gemeentecode, v.maatregelnr, v.besluitdatum, v.categorie, v.percentage, v.duur_maanden, v.recidive, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1;
DROP TABLE fct_maatregel;

GO

-- The rows as known at each loaded delivery, with the old names and columns: the source's versions valid at it, with the
-- delivery's klant_key for klant_nr (every row has a client of its delivery: the load refuses one without).
CREATE VIEW fct_aanvraag AS
SELECT l.levering_id, v.aanvraagnr, k.klant_key, v.regeling, v.aanvraagdatum, v.besluitdatum, v.besluit, v.reden
FROM levering l JOIN fct_aanvraag_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
GO

CREATE VIEW fct_maatregel AS
SELECT l.levering_id, v.maatregelnr, k.klant_key, v.besluitdatum, v.categorie, v.percentage, v.duur_maanden, v.recidive
FROM levering l JOIN fct_maatregel_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
GO
