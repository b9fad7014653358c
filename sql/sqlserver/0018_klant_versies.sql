-- Issue 17: the clients' attributes stored once, each valid over a range of deliveries of one source in load order, as
-- the facts of 0014 and 0015 are, instead of a copy per delivery: each delivery repeats nearly every client of the one
-- before. dim_klant stays a table, but keeps per delivery only what the joins need: klant_key (what the facts are stored
-- under), klant_nr (what the versions are stored under) and gemeentecode (what every reader filters on). Every join
-- that reads dim_klant by klant_key or (levering_id, klant_nr) keeps its index and its plan; the few readers of the
-- attributes read dim_klant_kenmerken. The load merges each delivery's clients into the versions (SnapshotMerge;
-- DeliveryLoader).

-- grain: one row per client of a source per range of deliveries [vanaf_levering, tot_levering) of the source that give
-- it the same attributes; tot_levering 9223372036854775807 while no later delivery of the source lacks or changes it.
-- Clustered on its key, so a delivery's client finds its version with one seek by (leverancier, klant_nr).
CREATE TABLE dim_klant_versie (leverancier NVARCHAR(200) NOT NULL, klant_nr BIGINT NOT NULL, vanaf_levering BIGINT NOT NULL, tot_levering BIGINT NOT NULL,
    bsn_pseudoniem NVARCHAR(200), geboortedatum DATE NOT NULL, geslacht NVARCHAR(200), postcode4 NVARCHAR(200), opleiding NVARCHAR(200),
    leefvorm NVARCHAR(200), arbeidsplicht NVARCHAR(200), medewerker NVARCHAR(200),
    PRIMARY KEY (leverancier, klant_nr, vanaf_levering));

-- The existing clients, a client's run of consecutive loaded deliveries with the same attributes stored once (as in 0014):
-- the deliveries of a source are numbered in load order (volgorde), a run of consecutive numbers (eiland) becomes one
-- version, up to the next loaded delivery after the run.
WITH geladen AS (SELECT levering_id, gemeentecode, ROW_NUMBER() OVER (PARTITION BY gemeentecode ORDER BY levering_id) AS volgorde
    FROM levering WHERE status = 'GELADEN'),
rij AS (SELECT g.gemeentecode AS leverancier, k.klant_nr, k.bsn_pseudoniem, k.geboortedatum, k.geslacht, k.postcode4, k.opleiding, k.leefvorm,
    k.arbeidsplicht, k.medewerker, g.levering_id, g.volgorde
    FROM dim_klant k JOIN geladen g ON g.levering_id = k.levering_id),
eiland AS (SELECT *, volgorde - ROW_NUMBER() OVER (PARTITION BY leverancier, klant_nr, bsn_pseudoniem, geboortedatum, geslacht, postcode4, opleiding,
    leefvorm, arbeidsplicht, medewerker ORDER BY volgorde) AS eiland FROM rij),
versie AS (SELECT leverancier, klant_nr, bsn_pseudoniem, geboortedatum, geslacht, postcode4, opleiding, leefvorm, arbeidsplicht, medewerker,
    MIN(levering_id) AS vanaf_levering, MAX(volgorde) AS laatste
    FROM eiland GROUP BY leverancier, klant_nr, bsn_pseudoniem, geboortedatum, geslacht, postcode4, opleiding, leefvorm, arbeidsplicht, medewerker, eiland)
INSERT INTO dim_klant_versie (leverancier, klant_nr, vanaf_levering, tot_levering, bsn_pseudoniem, geboortedatum, geslacht, postcode4, opleiding,
    leefvorm, arbeidsplicht, medewerker)
SELECT v.leverancier, v.klant_nr, v.vanaf_levering, COALESCE(g.levering_id, 9223372036854775807), v.bsn_pseudoniem, v.geboortedatum, v.geslacht,
    v.postcode4, v.opleiding, v.leefvorm, v.arbeidsplicht, v.medewerker
FROM versie v LEFT JOIN geladen g ON g.gemeentecode = v.leverancier AND g.volgorde = v.laatste + 1;

-- The attributes leave the per-delivery table; klant_id is the klant's (by klant_nr), and (levering_id, klant_nr) is
-- unique as (levering_id, klant_id) was. The rebuild gives the dropped columns' space back.
DROP INDEX ux_dim_klant ON dim_klant;
ALTER TABLE dim_klant DROP COLUMN klant_id;
ALTER TABLE dim_klant DROP COLUMN bsn_pseudoniem;
ALTER TABLE dim_klant DROP COLUMN geboortedatum;
ALTER TABLE dim_klant DROP COLUMN geslacht;
ALTER TABLE dim_klant DROP COLUMN postcode4;
ALTER TABLE dim_klant DROP COLUMN opleiding;
ALTER TABLE dim_klant DROP COLUMN leefvorm;
ALTER TABLE dim_klant DROP COLUMN arbeidsplicht;
ALTER TABLE dim_klant DROP COLUMN medewerker;
ALTER TABLE dim_klant REBUILD;
GO

-- Each delivery's clients with their attributes as known at it, in dim_klant's old columns: the delivery's row, its
-- source's version valid at it (one seek in the key) and the pseudonym (the client is always in klant).
CREATE VIEW dim_klant_kenmerken AS
SELECT k.klant_key, k.levering_id, c.klant_id, v.bsn_pseudoniem, v.geboortedatum, v.geslacht, v.postcode4, k.gemeentecode, v.opleiding, v.leefvorm,
    v.arbeidsplicht, v.medewerker, k.klant_nr
FROM dim_klant k JOIN levering l ON l.levering_id = k.levering_id
JOIN dim_klant_versie v ON v.leverancier = l.gemeentecode AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= k.levering_id AND k.levering_id < v.tot_levering
LEFT JOIN klant c ON c.klant_nr = k.klant_nr;
GO
