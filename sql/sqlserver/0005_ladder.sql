-- Derived by the ladder derivation after each load (DOMAIN.md "The two ladders"): positions and movement per delivery,
-- so each stays reproducible "as known at" that delivery. No foreign-key clauses: every row is made from a dim_klant
-- row of the same delivery, and checking millions of derived rows one by one doubled the derivation's time.

-- grain: one row per SRG re-integratiepositie (0..6)
CREATE TABLE dim_positie (positie INT NOT NULL PRIMARY KEY, naam NVARCHAR(100) NOT NULL, betekenis NVARCHAR(200) NOT NULL);
INSERT INTO dim_positie (positie, naam, betekenis) VALUES
    (0, N'Nulfase', N'er wordt nog niets met de klant gedaan'),
    (1, N'Zorg', N'niet in staat tot re-integratie; een zorgbehoefte wordt ingevuld'),
    (2, N'Maatschappelijke activering', N'nog niet in staat tot regulier werk'),
    (3, N'Arbeidsactivering', N'mist nog vaardigheden voor regulier werk'),
    (4, N'Arbeidstoeleiding', N'heeft ondersteuning nodig bij het vinden van werk'),
    (5, N'Werk m.b.v. re-integratie', N'regulier werk met ondersteuning (loonkostensubsidie, jobcoach)'),
    (6, N'Regulier werk', N'regulier werk zonder ondersteuning');

-- grain: one row per client in the population per peildatum per delivery; regel (1..5) with grond and instrument says
-- why the position holds; trede is null when the latest registration is older than 12 months or absent
CREATE TABLE fct_ladderpositie (levering_id BIGINT NOT NULL, peildatum DATE NOT NULL, klant_key BIGINT NOT NULL,
    positie INT NOT NULL, regel INT NOT NULL, grond NVARCHAR(40), instrument NVARCHAR(200), trede INT,
    regeling NVARCHAR(10) NOT NULL, arbeidsplicht NVARCHAR(40), leeftijdsklasse NVARCHAR(10) NOT NULL, opleiding NVARCHAR(20), klantprofiel NVARCHAR(200),
    PRIMARY KEY (levering_id, peildatum, klant_key));

-- grain: one row per client per pair of consecutive peildata of a series (SRG or MAAND) per delivery; van is 0..6 or
-- INSTROOM, naar is 0..6, UITSTROOM_WERK or UITSTROOM_OVERIG; richting OMHOOG/GELIJK/OMLAAG where positions compare
CREATE TABLE fct_ladderovergang (levering_id BIGINT NOT NULL, reeks NVARCHAR(10) NOT NULL, van_peildatum DATE NOT NULL, naar_peildatum DATE NOT NULL,
    klant_key BIGINT NOT NULL, van NVARCHAR(20) NOT NULL, naar NVARCHAR(20) NOT NULL, richting NVARCHAR(10),
    PRIMARY KEY (levering_id, reeks, van_peildatum, naar_peildatum, klant_key));
