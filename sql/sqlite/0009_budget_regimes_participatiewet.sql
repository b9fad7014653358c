-- Budget regimes as sourced data (issue 23; ../shared/BUDGET-REGIMES.md and budget-regimes.csv): one row per regime with its
-- years, its single-year threshold, its multi-year test, its conditions, sources and status (V read in a source, P from a
-- secondary source, I inferred), and its tiers in a table of their own. The rows of 0006 encoded the vangnet after 2014 wrongly
-- and let the participatiebudget run on after 2014, so both tables are rebuilt; fct_budget is derived data and gets the
-- columns of the tiered vangnet. The budget derivation's successful runs are marked VERVALLEN so that every loaded delivery is
-- derived again under these rules (Derivations.PendingSql looks for a GESLAAGD run).

DROP TABLE fct_budget;
DROP TABLE dim_budgetregime;

-- grain: one row per budget regime (a budget's rules over a span of years). aanvulling_op: a second vangnet of the same years
-- (2025's extended vangnet) that is judged beside the regime it names, never chosen for a year by itself. terugvordering: 1 when
-- money above the carry-over cap goes back to the Rijk. vangnet_pct: the single-year threshold (deficit as a share of toegekend,
-- eligible only above it). meerjarig_soort: CUMULATIEF (the deficits of the meerjarig_jaren years up to and including the year,
-- surpluses counting against them, above meerjarig_pct of the year's toegekend) or JAREN_MET_TEKORT (in at least meerjarig_aantal
-- of the meerjarig_jaren years before it a deficit of meerjarig_pct of that year's toegekend or more).
CREATE TABLE dim_budgetregime (regime TEXT PRIMARY KEY, budget TEXT NOT NULL, van_jaar INTEGER NOT NULL, tot_jaar INTEGER, aanvulling_op TEXT,
    meeneem_pct REAL NOT NULL, voorschot_pct REAL NOT NULL, terugvordering INTEGER NOT NULL, vangnet_pct REAL, meerjarig_soort TEXT, meerjarig_jaren INTEGER,
    meerjarig_aantal INTEGER, meerjarig_pct REAL, omschrijving TEXT NOT NULL, voorwaarden TEXT NOT NULL, bron TEXT NOT NULL, status TEXT NOT NULL);
INSERT INTO dim_budgetregime (regime, budget, van_jaar, tot_jaar, aanvulling_op, meeneem_pct, voorschot_pct, terugvordering, vangnet_pct, meerjarig_soort, meerjarig_jaren, meerjarig_aantal, meerjarig_pct, omschrijving, voorwaarden, bron, status) VALUES
    ('WWB_WERKDEEL', 'W_DEEL', 2004, 2008, NULL, 0.75, 0, 1, NULL, NULL, NULL, NULL, NULL, 'Werkdeel WWB: een overschot mag tot 75 % van het toegekende budget mee naar het volgende jaar; de rest gaat terug naar het Rijk; een tekort is voor de gemeente. Het percentage van 75 is niet in een bron gezien.', 'Geld dat niet of niet rechtmatig is besteed, vordert het Rijk terug.', 'WWB art. 69, 70 (S1); Besluit WWB 2007 (S31); CRvB 2010 (S41); seed 004', 'P'),
    ('PARTICIPATIEBUDGET', 'W_DEEL', 2009, 2014, NULL, 0.25, 0.25, 1, NULL, NULL, NULL, NULL, NULL, 'Participatiebudget: een reserve tot 25 % van het budget van het jaar mag mee; een overschrijding tot 25 % gaat ten laste van het volgende jaar; de rest gaat terug naar het Rijk.', 'In 2009 mochten BDU-gemeenten 31,25 % reserveren; geef dat zo nodig op in referentie/budget.csv.', 'Wet participatiebudget art. 2, 4, 13, 15 (S7); Besluit participatiebudget art. 12 (S8)', 'V'),
    ('GEMEENTEFONDS', 'W_DEEL', 2015, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, 'Geen apart W-deel meer: het geld voor re-integratie komt via het gemeentefonds en is vrij besteedbaar. Er gaat niets terug naar het Rijk; geld meenemen naar het volgende jaar kan alleen als de gemeente dat zelf zo regelt.', '', 'Gemeente Weert, septembercirculaire 2014 (S34); Kamerstukken II 30 545, nr. 201 (S35)', 'V'),
    ('WWB_IDEEL', 'I_DEEL', 2004, 2014, NULL, 0, 0, 0, 0.10, NULL, NULL, NULL, NULL, 'Inkomensdeel WWB: een overschot is vrij besteedbaar. Bij een tekort van meer dan 10 % van het budget kan de gemeente een incidentele aanvullende uitkering (IAU) vragen: ten hoogste het tekort boven 10 %.', 'Verzoek bij de toetsingscommissie; die toetst arbeidsmarkt, beleid en uitvoering, en de uitkering kan lager uitvallen. Vanaf 2009 kan ook een meerjarige aanvullende uitkering (MAU); die is niet doorgerekend.', 'WWB art. 69, 74 (S1-S4); Kamerstukken II 30 545, nr. 151 (S9); CRvB 2014:2479 (S28)', 'V'),
    ('VANGNET_2015', 'I_DEEL', 2015, 2016, NULL, 0, 0, 0, 0.05, NULL, NULL, NULL, NULL, 'Vangnet Participatiewet 2015-2016: bij een tekort van meer dan 5 % van het budget wordt de helft van het tekort tussen 5 en 10 % vergoed, en het hele tekort boven 10 %.', 'Het college laat zien dat het een aanpak om het tekort te verminderen heeft ingezet (analyse van de oorzaken en maatregelen) en informeert de raad daarover. In 2016 kan het ook bij een tekort van meer dan 30 euro per inwoner; dat wordt hier niet getoetst.', 'Kamerstukken II 30 545, nr. 151 (S9); toetsingscommissie 26-2-2015 (S10); begroting Nijmegen 2017 (S11); toetsingscommissie kernpunten 2016-2018 (S12)', 'P'),
    ('VANGNET_2017', 'I_DEEL', 2017, 2017, NULL, 0, 0, 0, 0.05, 'CUMULATIEF', 2, NULL, 0.05, 'Vangnet Participatiewet 2017: tekort van meer dan 5 % in het jaar en over 2016-2017 samen; vergoed wordt de helft van het tekort tussen 5 en 10 %, driekwart tussen 10 en 12,5 % (trede niet in een bron gezien) en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen echt heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een eerdere vangnetuitkering zijn ook externe maatregelen nodig. Fouten en onzekerheden uit het accountantsverslag gaan van het tekort af.', 'Stb. 2016, 355 (S25); toetsingscommissie (S12-S14); EFK (S15); Divosa (S16); Famo/BDO (S17)', 'V'),
    ('VANGNET_2018', 'I_DEEL', 2018, 2018, NULL, 0, 0, 0, 0.05, 'CUMULATIEF', 3, NULL, 0.05, 'Vangnet Participatiewet 2018: tekort van meer dan 5 % in het jaar en over 2016-2018 samen; vergoed wordt de helft van het tekort tussen 5 en 10 %, driekwart tussen 10 en 12,5 % (trede niet in een bron gezien) en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen echt heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een eerdere vangnetuitkering zijn ook externe maatregelen nodig. Fouten en onzekerheden uit het accountantsverslag gaan van het tekort af.', 'Stb. 2016, 355 (S25); toetsingscommissie (S12-S14); EFK (S15); Divosa (S16); Famo/BDO (S17)', 'V'),
    ('VANGNET_2019', 'I_DEEL', 2019, 2019, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2019: tekort van meer dan 7,5 % in het jaar en over 2017-2019 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Voorjaarsnota Renkum 2019 (S18); toetsingscommissie, tool 2019 (S36); Stb. 2016, 355 (S25)', 'P'),
    ('VANGNET_2020', 'I_DEEL', 2020, 2020, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2020: tekort van meer dan 7,5 % in het jaar en over 2018-2020 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Afgeleid uit 2019 en 2021 (S18, S19)', 'I'),
    ('VANGNET_2021', 'I_DEEL', 2021, 2021, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2021: tekort van meer dan 7,5 % in het jaar en over 2019-2021 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Toetsingscommissie, eigen risico 2021 en voorwaarden (S19, S20)', 'V'),
    ('VANGNET_2022', 'I_DEEL', 2022, 2023, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2022-2023: tekort van meer dan 7,5 % in het jaar en over dat jaar en de twee jaren ervoor samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Afgeleid uit 2021 en 2024 (S19, S21); toetsingscommissie, beoordeling 2023 (S40)', 'I'),
    ('VANGNET_2024', 'I_DEEL', 2024, 2024, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2024: tekort van meer dan 7,5 % in het jaar en over 2022-2024 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Toetsingscommissie, voorwaarden en berekening 2024 (S21, S22)', 'V'),
    ('VANGNET_2025', 'I_DEEL', 2025, 2025, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet 2025: tekort van meer dan 7,5 % in het jaar en over 2023-2025 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Toetsingscommissie, voorwaarden 2025 (S23); berekening 2024 (S22)', 'V'),
    ('VANGNET_2026', 'I_DEEL', 2026, NULL, NULL, 0, 0, 0, 0.075, 'CUMULATIEF', 3, NULL, 0.075, 'Vangnet Participatiewet vanaf 2026: aangenomen zijn de regels van 2025 (regulier vangnet). Een verdere verlaging van het eigen risico is aangekondigd, maar nog niet in een bron voor deze jaren gezien.', 'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', 'Afgeleid uit 2025 (S23)', 'I'),
    ('VANGNET_2025_UITGEBREID', 'I_DEEL', 2025, 2025, 'VANGNET_2025', 0, 0, 0, 0.05, 'JAREN_MET_TEKORT', 3, 2, 0.05, 'Uitgebreid vangnet 2025: tekort van meer dan 5 % in 2025 en een tekort van 5 % of meer in minstens 2 van de 3 jaren 2022-2024. Hoeveel er dan wordt vergoed, staat nog niet in een gelezen bron.', 'Verzoek in 2026 met het formulier van de toetsingscommissie; het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt daarmee in; toelichting A, B of C.', 'Stb. 2025, 222 (S24); toetsingscommissie, voorwaarden 2025 (S23)', 'V');

-- grain: one row per tier of a regime's vangnet: of the deficit between ondergrens and bovengrens (shares of toegekend; no
-- bovengrens: no upper bound) the share aandeel is paid; status V/P/I of that share
CREATE TABLE dim_budgetregime_trede (regime TEXT NOT NULL, ondergrens REAL NOT NULL, bovengrens REAL, aandeel REAL NOT NULL, status TEXT NOT NULL,
    PRIMARY KEY (regime, ondergrens));
INSERT INTO dim_budgetregime_trede (regime, ondergrens, bovengrens, aandeel, status) VALUES
    ('WWB_IDEEL', 0.10, NULL, 1, 'I'),
    ('VANGNET_2015', 0.05, 0.10, 0.5, 'P'),
    ('VANGNET_2015', 0.10, NULL, 1, 'P'),
    ('VANGNET_2017', 0.05, 0.10, 0.5, 'V'),
    ('VANGNET_2017', 0.10, 0.125, 0.75, 'I'),
    ('VANGNET_2017', 0.125, NULL, 1, 'V'),
    ('VANGNET_2018', 0.05, 0.10, 0.5, 'V'),
    ('VANGNET_2018', 0.10, 0.125, 0.75, 'I'),
    ('VANGNET_2018', 0.125, NULL, 1, 'V'),
    ('VANGNET_2019', 0.075, 0.125, 0.5, 'P'),
    ('VANGNET_2019', 0.125, NULL, 1, 'P'),
    ('VANGNET_2020', 0.075, 0.125, 0.5, 'I'),
    ('VANGNET_2020', 0.125, NULL, 1, 'I'),
    ('VANGNET_2021', 0.075, 0.125, 0.5, 'V'),
    ('VANGNET_2021', 0.125, NULL, 1, 'V'),
    ('VANGNET_2022', 0.075, 0.125, 0.5, 'I'),
    ('VANGNET_2022', 0.125, NULL, 1, 'I'),
    ('VANGNET_2024', 0.075, 0.125, 0.5, 'V'),
    ('VANGNET_2024', 0.125, NULL, 1, 'V'),
    ('VANGNET_2025', 0.075, 0.125, 0.5, 'V'),
    ('VANGNET_2025', 0.125, NULL, 1, 'V'),
    ('VANGNET_2026', 0.075, 0.125, 0.5, 'I'),
    ('VANGNET_2026', 0.125, NULL, 1, 'I');

-- grain: one row per municipality × year × budget per delivery, computed from that delivery's ledger and reference; amounts in
-- cents; vangnet_cent NULL where it cannot be known (a year of the multi-year test missing, or a payout not in the sources);
-- vangnet_toets ja/nee/onbekend (I-deel); meerjarig_pct the cumulated deficit as a share of toegekend; uitgebreid_toets the
-- extended vangnet's test; onder_voorbehoud 1 when a figure rests on a value marked P or I; signaal a comma-separated list
CREATE TABLE fct_budget (levering_id INTEGER NOT NULL, gemeentecode TEXT NOT NULL, jaar INTEGER NOT NULL, budget TEXT NOT NULL, regime TEXT NOT NULL,
    toegekend_cent INTEGER NOT NULL, meegenomen_cent INTEGER NOT NULL, ontvangsten_cent INTEGER NOT NULL, uitgaven_cent INTEGER NOT NULL,
    saldo_cent INTEGER NOT NULL, saldo_pct REAL, meeneembaar_cent INTEGER NOT NULL, terug_cent INTEGER NOT NULL, vangnet_cent INTEGER,
    vangnet_toets TEXT, meerjarig_pct REAL, uitgebreid_toets TEXT, onder_voorbehoud INTEGER NOT NULL,
    signaal TEXT NOT NULL, PRIMARY KEY (levering_id, gemeentecode, jaar, budget));

UPDATE run SET uitkomst = 'VERVALLEN' WHERE taak = 'BUDGET' AND uitkomst = 'GESLAAGD';
