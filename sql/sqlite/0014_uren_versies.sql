-- Issue 17: the klantmanagers' time registrations (the largest loaded fact table) stored once, each row valid over a
-- range of deliveries of one source in load order, as the ladder's versions of 0012 are, instead of a copy per
-- delivery: each delivery repeats every registration of the one before. fct_uren becomes a view with the old name and
-- columns, so every query reads it "as known at" a delivery exactly as before. The load merges each delivery's rows
-- into the versions (SnapshotMerge; DeliveryLoader).

-- grain: one row per registration per range of deliveries [vanaf_levering, tot_levering) of the source that hold it;
-- tot_levering 9223372036854775807 while no later delivery of the source lacks it. The file has no key, so a row is
-- identified by all its columns and n, its number among identical rows of one delivery (a delivery may repeat a row,
-- and the multiset is kept). klant_nr is the client across the source's deliveries (0: a registration without a
-- client). The primary key is every column (WITHOUT ROWID: the key is the table, no second index), client first, so a
-- client's registrations lie together.
CREATE TABLE fct_uren_versie (leverancier TEXT NOT NULL, klant_nr INTEGER NOT NULL, medewerker TEXT NOT NULL, datum TEXT NOT NULL,
    activiteit TEXT NOT NULL, uren REAL NOT NULL, n INTEGER NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL,
    PRIMARY KEY (leverancier, klant_nr, medewerker, datum, activiteit, uren, n, vanaf_levering)) WITHOUT ROWID;

-- The existing rows, a row of consecutive loaded deliveries of a source stored once: the deliveries of a source are
-- numbered in load order (volgorde), a row's run of consecutive numbers (eiland) becomes one version, up to the next
-- loaded delivery after the run.
WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, COALESCE(k.klant_nr, 0) AS klant_nr, u.medewerker, u.datum, u.activiteit, u.uren, g.levering_id, g.volgorde,
    ROW_NUMBER() OVER (PARTITION BY u.levering_id, COALESCE(k.klant_nr, 0), u.medewerker, u.datum, u.activiteit, u.uren ORDER BY (SELECT NULL)) AS n
    FROM fct_uren u JOIN geladen g ON g.levering_id = u.levering_id LEFT JOIN dim_klant k ON k.klant_key = u.klant_key),
eiland AS (SELECT leverancier, klant_nr, medewerker, datum, activiteit, uren, n, levering_id, volgorde,
    volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, medewerker, datum, activiteit, uren, n ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, medewerker, datum, activiteit, uren, n, MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, medewerker, datum, activiteit, uren, n, eiland)
INSERT INTO fct_uren_versie (leverancier, klant_nr, medewerker, datum, activiteit, uren, n, vanaf_levering, tot_levering)
SELECT v.leverancier, v.klant_nr, v.medewerker, v.datum, v.activiteit, v.uren, v.n, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807)
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1
ORDER BY v.leverancier, v.klant_nr, v.medewerker, v.datum, v.activiteit, v.uren, v.n, v.vanaf_levering;
DROP TABLE fct_uren;

-- The rows as known at each loaded delivery: the source's versions valid at it, with the delivery's klant_key for
-- klant_nr (NULL without a client, as the file gave it). The unary plus keeps SQLite (which has no statistics here)
-- from using a condition on klant_key, such as "klant_key IN (a list)", to seek dim_klant's klant_nr index once per
-- version and list value: at groot the hours of the started voorzieningen took minutes instead of a second.
CREATE VIEW fct_uren AS
SELECT l.levering_id, v.medewerker, v.datum, +k.klant_key AS klant_key, v.activiteit, v.uren
FROM levering l JOIN fct_uren_versie v ON v.leverancier = l.gemeentecode AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
LEFT JOIN dim_klant k ON k.levering_id = l.levering_id AND k.klant_nr = v.klant_nr
WHERE l.status = 'GELADEN';
