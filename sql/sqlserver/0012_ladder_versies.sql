-- Issue 17: derived positions and movements stored once, each valid over a range of deliveries of one source (the
-- delivering party, levering.gemeentecode) in load order, instead of a copy per delivery. A client whose history did
-- not change keeps its rows without a write. fct_ladderpositie and fct_ladderovergang become views with the old
-- names and columns, so every query reads them "as known at" a delivery exactly as before. Each delivery is a full
-- snapshot of its source, so the versions valid at L are exactly what L's derivation gave (SnapshotMerge writes them).

-- grain: one row per client of a source (klant_id is the pseudonym, stable across the source's deliveries); klant_nr
-- is the key the versioned rows use, where klant_key of dim_klant is per delivery
CREATE TABLE klant (klant_nr BIGINT IDENTITY(1,1) PRIMARY KEY, leverancier NVARCHAR(200) NOT NULL, klant_id NVARCHAR(200) NOT NULL);
CREATE UNIQUE INDEX ux_klant ON klant (leverancier, klant_id);
INSERT INTO klant (leverancier, klant_id)
SELECT DISTINCT l.gemeentecode, k.klant_id FROM dim_klant k JOIN levering l ON l.levering_id = k.levering_id ORDER BY 1, 2;
ALTER TABLE dim_klant ADD klant_nr BIGINT NULL;
GO
UPDATE k SET klant_nr = c.klant_nr FROM dim_klant k JOIN levering l ON l.levering_id = k.levering_id
    JOIN klant c ON c.leverancier = l.gemeentecode AND c.klant_id = k.klant_id;
-- A delivery's client by its klant_nr: where a version meets the delivery's clients (the views, the derivation's counts).
CREATE UNIQUE INDEX ux_dim_klant_nr ON dim_klant (levering_id, klant_nr);

-- grain: one row per client per peildatum per range of deliveries [vanaf_levering, tot_levering) of the source that
-- give the same position; tot_levering 9223372036854775807 while no later delivery of the source changed it. A version
-- is identified by its key and vanaf_levering: the clustered primary key, so a client's versions lie together and are
-- found with one seek, and no separate index is kept.
CREATE TABLE fct_ladderpositie_versie (leverancier NVARCHAR(200) NOT NULL, peildatum DATE NOT NULL, klant_nr BIGINT NOT NULL, vanaf_levering BIGINT NOT NULL,
    tot_levering BIGINT NOT NULL, positie INT NOT NULL, regel INT NOT NULL, grond NVARCHAR(40),
    instrument NVARCHAR(200), trede INT, regeling NVARCHAR(10) NOT NULL, arbeidsplicht NVARCHAR(40), leeftijdsklasse NVARCHAR(10) NOT NULL,
    opleiding NVARCHAR(20), klantprofiel NVARCHAR(200),
    CONSTRAINT pk_fct_ladderpositie_versie PRIMARY KEY CLUSTERED (leverancier, klant_nr, peildatum, vanaf_levering));

-- grain: one row per client per pair of consecutive peildata of a series per range of deliveries of the source
CREATE TABLE fct_ladderovergang_versie (leverancier NVARCHAR(200) NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL,
    klant_nr BIGINT NOT NULL, vanaf_levering BIGINT NOT NULL, tot_levering BIGINT NOT NULL, van NVARCHAR(20) NOT NULL, naar NVARCHAR(20) NOT NULL, richting NVARCHAR(10),
    CONSTRAINT pk_fct_ladderovergang_versie PRIMARY KEY CLUSTERED (leverancier, klant_nr, reeks, van_peildatum, naar_peildatum, vanaf_levering));

-- Every existing row becomes a version of its own delivery, up to the source's next loaded delivery.
INSERT INTO fct_ladderpositie_versie (leverancier, peildatum, klant_nr, vanaf_levering, tot_levering, positie, regel, grond, instrument, trede,
    regeling, arbeidsplicht, leeftijdsklasse, opleiding, klantprofiel)
SELECT l.gemeentecode, p.peildatum, k.klant_nr, l.levering_id,
    COALESCE((SELECT MIN(n.levering_id) FROM levering n WHERE n.gemeentecode = l.gemeentecode AND n.levering_id > l.levering_id AND n.status = 'GELADEN'), 9223372036854775807),
    p.positie, p.regel, p.grond, p.instrument, p.trede, p.regeling, p.arbeidsplicht, p.leeftijdsklasse, p.opleiding, p.klantprofiel
FROM fct_ladderpositie p JOIN levering l ON l.levering_id = p.levering_id JOIN dim_klant k ON k.klant_key = p.klant_key;
INSERT INTO fct_ladderovergang_versie (leverancier, reeks, van_peildatum, naar_peildatum, klant_nr, vanaf_levering, tot_levering, van, naar, richting)
SELECT l.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum, k.klant_nr, l.levering_id,
    COALESCE((SELECT MIN(n.levering_id) FROM levering n WHERE n.gemeentecode = l.gemeentecode AND n.levering_id > l.levering_id AND n.status = 'GELADEN'), 9223372036854775807),
    o.van, o.naar, o.richting
FROM fct_ladderovergang o JOIN levering l ON l.levering_id = o.levering_id JOIN dim_klant k ON k.klant_key = o.klant_key;
DROP TABLE fct_ladderpositie;
DROP TABLE fct_ladderovergang;
GO

-- The rows as known at each delivery, once its ladder derivation succeeded (before that a delivery shows none, as before):
-- the delivery's clients (dim_klant gives the per-delivery klant_key) and their versions valid at it.
CREATE VIEW fct_ladderpositie AS
SELECT l.levering_id, v.peildatum, k.klant_key, v.positie, v.regel, v.grond, v.instrument, v.trede, v.regeling, v.arbeidsplicht, v.leeftijdsklasse,
    v.opleiding, v.klantprofiel
FROM levering l JOIN dim_klant k ON k.levering_id = l.levering_id
JOIN fct_ladderpositie_versie v ON v.leverancier = l.gemeentecode AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
WHERE EXISTS (SELECT 1 FROM run r WHERE r.levering_id = l.levering_id AND r.taak = 'LADDER' AND r.uitkomst = 'GESLAAGD');
GO

CREATE VIEW fct_ladderovergang AS
SELECT l.levering_id, v.reeks, v.van_peildatum, v.naar_peildatum, k.klant_key, v.van, v.naar, v.richting
FROM levering l JOIN dim_klant k ON k.levering_id = l.levering_id
JOIN fct_ladderovergang_versie v ON v.leverancier = l.gemeentecode AND v.klant_nr = k.klant_nr AND v.vanaf_levering <= l.levering_id AND l.levering_id < v.tot_levering
WHERE EXISTS (SELECT 1 FROM run r WHERE r.levering_id = l.levering_id AND r.taak = 'LADDER' AND r.uitkomst = 'GESLAAGD');
GO
