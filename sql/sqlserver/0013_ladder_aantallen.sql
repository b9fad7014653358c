-- Issue 17: the ladder's counts the reports read, stored per delivery and municipality when the delivery's ladder is
-- derived (LadderDerivation writes them in the transaction of its merge; LadderAggregates holds their SQL), so a report
-- reads a few hundred rows instead of walking the delivery's millions of positions and movements through the views of
-- migration 0012. Raw counts: disclosure control applies at report time, as before. A delivery shows them, as it shows
-- its positions, once its ladder derivation succeeded (the readers ask the run table).

-- grain: one row per delivery, municipality (dim_klant.gemeentecode) and peildatum: the clients per SRG position 0..6 and
-- per Participatieladder trede (unknown: none or 0; 1..6), and all its rows (aantal: the derivation's row count)
CREATE TABLE agg_ladderpositie (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, peildatum DATE NOT NULL,
    positie_0 BIGINT NOT NULL, positie_1 BIGINT NOT NULL, positie_2 BIGINT NOT NULL, positie_3 BIGINT NOT NULL, positie_4 BIGINT NOT NULL, positie_5 BIGINT NOT NULL, positie_6 BIGINT NOT NULL,
    trede_onbekend BIGINT NOT NULL, trede_1 BIGINT NOT NULL, trede_2 BIGINT NOT NULL, trede_3 BIGINT NOT NULL, trede_4 BIGINT NOT NULL, trede_5 BIGINT NOT NULL, trede_6 BIGINT NOT NULL, aantal BIGINT NOT NULL,
    CONSTRAINT pk_agg_ladderpositie PRIMARY KEY CLUSTERED (levering_id, gemeentecode, peildatum));

-- grain: one row per delivery, municipality, series and pair of consecutive peildata: the movement counts, and
-- all its rows (aantal)
CREATE TABLE agg_ladderbeweging (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL,
    naar_peildatum DATE NOT NULL, omhoog BIGINT NOT NULL, gelijk BIGINT NOT NULL, omlaag BIGINT NOT NULL, uitstroom_werk BIGINT NOT NULL, uitstroom_overig BIGINT NOT NULL, instroom BIGINT NOT NULL, aantal BIGINT NOT NULL,
    CONSTRAINT pk_agg_ladderbeweging PRIMARY KEY CLUSTERED (levering_id, gemeentecode, reeks, van_peildatum, naar_peildatum));

-- grain: one row per delivery, municipality, SRG pair and instrument (dim_instrument.omschrijving) with a voorziening running
-- on some day of the pair: the clients counted once per instrument
-- (omschrijving is NVARCHAR(MAX), which no key can hold: a clustered index on the delivery and municipality instead)
CREATE TABLE agg_ladderbeweging_instrument (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL,
    omschrijving NVARCHAR(MAX) NOT NULL, omhoog BIGINT NOT NULL, gelijk BIGINT NOT NULL, omlaag BIGINT NOT NULL, uitstroom_werk BIGINT NOT NULL, uitstroom_overig BIGINT NOT NULL, instroom BIGINT NOT NULL);
CREATE CLUSTERED INDEX ix_agg_ladderbeweging_instrument ON agg_ladderbeweging_instrument (levering_id, gemeentecode, van_peildatum, naar_peildatum);
GO

-- The deliveries derived before this migration: their counts from the views, as the reports counted them.
INSERT INTO agg_ladderpositie (levering_id, gemeentecode, peildatum, positie_0, positie_1, positie_2, positie_3, positie_4, positie_5, positie_6,
    trede_onbekend, trede_1, trede_2, trede_3, trede_4, trede_5, trede_6, aantal)
SELECT p.levering_id, k.gemeentecode, p.peildatum, SUM(CASE WHEN p.positie = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 5 THEN 1 ELSE 0 END), SUM(CASE WHEN p.positie = 6 THEN 1 ELSE 0 END),
    SUM(CASE WHEN p.trede IS NULL OR p.trede = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 2 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 3 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 4 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 5 THEN 1 ELSE 0 END), SUM(CASE WHEN p.trede = 6 THEN 1 ELSE 0 END), COUNT(*)
FROM fct_ladderpositie p JOIN dim_klant k ON k.klant_key = p.klant_key GROUP BY p.levering_id, k.gemeentecode, p.peildatum;
INSERT INTO agg_ladderbeweging (levering_id, gemeentecode, reeks, van_peildatum, naar_peildatum, omhoog, gelijk, omlaag, uitstroom_werk, uitstroom_overig, instroom, aantal)
SELECT o.levering_id, k.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum, SUM(CASE WHEN o.richting = 'OMHOOG' THEN 1 ELSE 0 END), SUM(CASE WHEN o.richting = 'GELIJK' THEN 1 ELSE 0 END),
    SUM(CASE WHEN o.richting = 'OMLAAG' THEN 1 ELSE 0 END), SUM(CASE WHEN o.naar = 'UITSTROOM_WERK' THEN 1 ELSE 0 END),
    SUM(CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN 1 ELSE 0 END), SUM(CASE WHEN o.van = 'INSTROOM' THEN 1 ELSE 0 END), COUNT(*)
FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key GROUP BY o.levering_id, k.gemeentecode, o.reeks, o.van_peildatum, o.naar_peildatum;
INSERT INTO agg_ladderbeweging_instrument (levering_id, gemeentecode, van_peildatum, naar_peildatum, omschrijving, omhoog, gelijk, omlaag, uitstroom_werk, uitstroom_overig, instroom)
SELECT o.levering_id, k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving, COUNT(DISTINCT CASE WHEN o.richting = 'OMHOOG' THEN o.klant_key END),
    COUNT(DISTINCT CASE WHEN o.richting = 'GELIJK' THEN o.klant_key END), COUNT(DISTINCT CASE WHEN o.richting = 'OMLAAG' THEN o.klant_key END),
    COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_WERK' THEN o.klant_key END), COUNT(DISTINCT CASE WHEN o.naar = 'UITSTROOM_OVERIG' THEN o.klant_key END),
    COUNT(DISTINCT CASE WHEN o.van = 'INSTROOM' THEN o.klant_key END)
FROM fct_ladderovergang o JOIN dim_klant k ON k.klant_key = o.klant_key
JOIN fct_voorziening v ON v.levering_id = o.levering_id AND v.klant_key = o.klant_key AND v.startdatum <= o.naar_peildatum
    AND (v.einddatum IS NULL OR v.einddatum >= o.van_peildatum)
JOIN dim_instrument i ON i.levering_id = v.levering_id AND i.instrument = v.instrument
WHERE o.reeks = 'SRG' GROUP BY o.levering_id, k.gemeentecode, o.van_peildatum, o.naar_peildatum, i.omschrijving;
