-- Derived by the ladder derivation after each load (DOMAIN.md "The two ladders"): positions and movement per delivery,
-- so each stays reproducible "as known at" that delivery. No foreign-key clauses: every row is made from a dim_klant
-- row of the same delivery, and checking millions of derived rows one by one doubled the derivation's time.

-- grain: one row per SRG re-integratiepositie (0..6)
CREATE TABLE dim_positie (positie INTEGER PRIMARY KEY, naam TEXT NOT NULL, betekenis TEXT NOT NULL);
INSERT INTO dim_positie (positie, naam, betekenis) VALUES
    (0, 'Nulfase', 'er wordt nog niets met de klant gedaan'),
    (1, 'Zorg', 'niet in staat tot re-integratie; een zorgbehoefte wordt ingevuld'),
    (2, 'Maatschappelijke activering', 'nog niet in staat tot regulier werk'),
    (3, 'Arbeidsactivering', 'mist nog vaardigheden voor regulier werk'),
    (4, 'Arbeidstoeleiding', 'heeft ondersteuning nodig bij het vinden van werk'),
    (5, 'Werk m.b.v. re-integratie', 'regulier werk met ondersteuning (loonkostensubsidie, jobcoach)'),
    (6, 'Regulier werk', 'regulier werk zonder ondersteuning');

-- grain: one row per client in the population per peildatum per delivery; regel (1..5) with grond and instrument says
-- why the position holds; trede is null when the latest registration is older than 12 months or absent
CREATE TABLE fct_ladderpositie (levering_id INTEGER NOT NULL, peildatum TEXT NOT NULL, klant_key INTEGER NOT NULL,
    positie INTEGER NOT NULL, regel INTEGER NOT NULL, grond TEXT, instrument TEXT, trede INTEGER,
    regeling TEXT NOT NULL, arbeidsplicht TEXT, leeftijdsklasse TEXT NOT NULL, opleiding TEXT, klantprofiel TEXT,
    PRIMARY KEY (levering_id, peildatum, klant_key)) WITHOUT ROWID;

-- grain: one row per client per pair of consecutive peildata of a series (SRG or MAAND) per delivery; van is 0..6 or
-- INSTROOM, naar is 0..6, UITSTROOM_WERK or UITSTROOM_OVERIG; richting OMHOOG/GELIJK/OMLAAG where positions compare
CREATE TABLE fct_ladderovergang (levering_id INTEGER NOT NULL, reeks TEXT NOT NULL, van_peildatum TEXT NOT NULL, naar_peildatum TEXT NOT NULL,
    klant_key INTEGER NOT NULL, van TEXT NOT NULL, naar TEXT NOT NULL, richting TEXT,
    PRIMARY KEY (levering_id, reeks, van_peildatum, naar_peildatum, klant_key)) WITHOUT ROWID;
