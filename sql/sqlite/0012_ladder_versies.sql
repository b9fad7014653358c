-- Issue 17: derived positions and movements stored once, each valid over a range of deliveries of one source (the
-- delivering party, levering.gemeentecode) in load order, instead of a copy per delivery. A client whose history did
-- not change keeps its rows without a write. fct_ladderpositie and fct_ladderovergang become views with the old
-- names and columns, so every query reads them "as known at" a delivery exactly as before. Each delivery is a full
-- snapshot of its source, so the versions valid at L are exactly what L's derivation gave (SnapshotMerge writes them).

-- grain: one row per client of a source (klant_id is the pseudonym, stable across the source's deliveries); klant_nr
-- is the key the versioned rows use, where klant_key of dim_klant is per delivery
CREATE TABLE klant (klant_nr INTEGER PRIMARY KEY AUTOINCREMENT, leverancier TEXT NOT NULL, klant_id TEXT NOT NULL);
CREATE UNIQUE INDEX ux_klant ON klant (leverancier, klant_id);
INSERT INTO klant (leverancier, klant_id)
SELECT DISTINCT l.gemeentecode, k.klant_id FROM dim_klant k JOIN levering l ON l.levering_id = k.levering_id ORDER BY 1, 2;
ALTER TABLE dim_klant ADD COLUMN klant_nr INTEGER;
UPDATE dim_klant SET klant_nr = (SELECT c.klant_nr FROM levering l JOIN klant c ON c.leverancier = l.gemeentecode
    WHERE l.levering_id = dim_klant.levering_id AND c.klant_id = dim_klant.klant_id);
-- A delivery's client by its klant_nr: where a version meets the delivery's clients (the views, the derivation's counts).
CREATE UNIQUE INDEX ux_dim_klant_nr ON dim_klant (levering_id, klant_nr);

-- grain: one row per client per peildatum per range of deliveries [vanaf_levering, tot_levering) of the source that
-- give the same position; tot_levering 9223372036854775807 while no later delivery of the source changed it. A version
-- is identified by its key and vanaf_levering, and stored in that order (WITHOUT ROWID: the primary key is the table), so
-- a client's versions lie together: every read of a delivery (the views) and every merge finds them with one seek per
-- client, whatever order the query planner picks, and no separate index is kept.
CREATE TABLE fct_ladderpositie_versie (leverancier TEXT NOT NULL, peildatum TEXT NOT NULL, klant_nr INTEGER NOT NULL, vanaf_levering INTEGER NOT NULL,
    tot_levering INTEGER NOT NULL, positie INTEGER NOT NULL, regel INTEGER NOT NULL, grond TEXT, instrument TEXT, trede INTEGER,
    regeling TEXT NOT NULL, arbeidsplicht TEXT, leeftijdsklasse TEXT NOT NULL, opleiding TEXT, klantprofiel TEXT,
    PRIMARY KEY (leverancier, klant_nr, peildatum, vanaf_levering)) WITHOUT ROWID;

-- grain: one row per client per pair of consecutive peildata of a series per range of deliveries of the source
CREATE TABLE fct_ladderovergang_versie (leverancier TEXT NOT NULL, reeks TEXT NOT NULL, van_peildatum TEXT NOT NULL, naar_peildatum TEXT NOT NULL,
    klant_nr INTEGER NOT NULL, vanaf_levering INTEGER NOT NULL, tot_levering INTEGER NOT NULL, van TEXT NOT NULL, naar TEXT NOT NULL, richting TEXT,
    PRIMARY KEY (leverancier, klant_nr, reeks, van_peildatum, naar_peildatum, vanaf_levering)) WITHOUT ROWID;

-- Every existing row becomes a version of its own delivery, up to the source's next loaded delivery (found once per
-- delivery: DISTINCT keeps SQLite from folding the CTE into the join); inserted in key order, so the new tables are
-- written page after page. The old tables' pages stay free in the file until a VACUUM
-- (which DbUp cannot run: its scripts run in a transaction); docs/warehouse.md says when to run it.
WITH volgende_levering AS (SELECT DISTINCT l.levering_id, l.gemeentecode,
    COALESCE((SELECT MIN(n.levering_id) FROM levering n WHERE n.gemeentecode = l.gemeentecode AND n.levering_id > l.levering_id AND n.status = 'GELADEN'), 9223372036854775807) AS tot
    FROM levering l)
INSERT INTO fct_ladderpositie_versie (leverancier, peildatum, klant_nr, vanaf_levering, tot_levering, positie, regel, grond, instrument, trede,
    regeling, arbeidsplicht, leeftijdsklasse, opleiding, klantprofiel)
SELECT l.gemeentecode, p.peildatum, k.klant_nr, l.levering_id, l.tot, p.positie, p.regel, p.grond, p.instrument, p.trede, p.regeling, p.arbeidsplicht,
    p.leeftijdsklasse, p.opleiding, p.klantprofiel
FROM fct_ladderpositie p JOIN volgende_levering l ON l.levering_id = p.levering_id JOIN dim_klant k ON k.klant_key = p.klant_key
ORDER BY l.gemeentecode, k.klant_nr, p.peildatum, l.levering_id;
WITH volgende_levering AS (SELECT DISTINCT l.levering_id, l.gemeentecode,
    COALESCE((SELECT MIN(n.levering_id) FROM levering n WHERE n.gemeentecode = l.gemeentecode AND n.levering_id > l.levering_id AND n.status = 'GELADEN'), 9223372036854775807) AS tot
    FROM levering l)
INSERT INTO fct_ladderovergang_versie (leverancier, reeks, van_peildatum, naar_peildatum, klant_nr, vanaf_levering, tot_levering, van, naar, richting)
SELECT l.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum, k.klant_nr, l.levering_id, l.tot, o.van, o.naar, o.richting
FROM fct_ladderovergang o JOIN volgende_levering l ON l.levering_id = o.levering_id JOIN dim_klant k ON k.klant_key = o.klant_key
ORDER BY l.gemeentecode, k.klant_nr, o.reeks, o.van_peildatum, o.naar_peildatum, l.levering_id;
DROP TABLE fct_ladderpositie;
DROP TABLE fct_ladderovergang;

-- The rows as known at each delivery, once its ladder derivation succeeded (before that a delivery shows none, as before):
-- the delivery's clients (dim_klant gives the per-delivery klant_key) and their versions valid at it.
CREATE VIEW fct_ladderpositie AS
SELECT l.levering_id, v.peildatum, k.klant_key, v.positie, v.regel, v.grond, v.instrument, v.trede, v.regeling, v.arbeidsplicht, v.leeftijdsklasse,
    v.opleiding, v.klantprofiel
FROM levering l JOIN dim_klant k ON k.levering_id = l.levering_id
JOIN fct_ladderpositie_versie v ON v.leverancier = l.gemeentecode AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
WHERE EXISTS (SELECT 1 FROM run r WHERE r.levering_id = l.levering_id AND r.taak = 'LADDER' AND r.uitkomst = 'GESLAAGD');

CREATE VIEW fct_ladderovergang AS
SELECT l.levering_id, v.reeks, v.van_peildatum, v.naar_peildatum, k.klant_key, v.van, v.naar, v.richting
FROM levering l JOIN dim_klant k ON k.levering_id = l.levering_id
JOIN fct_ladderovergang_versie v ON v.leverancier = l.gemeentecode AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
WHERE EXISTS (SELECT 1 FROM run r WHERE r.levering_id = l.levering_id AND r.taak = 'LADDER' AND r.uitkomst = 'GESLAAGD');
