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
CREATE TABLE dim_budgetregime (regime NVARCHAR(40) NOT NULL PRIMARY KEY, budget NVARCHAR(10) NOT NULL, van_jaar INT NOT NULL, tot_jaar INT, aanvulling_op NVARCHAR(40),
    meeneem_pct DECIMAL(6,4) NOT NULL, voorschot_pct DECIMAL(6,4) NOT NULL, terugvordering INT NOT NULL, vangnet_pct DECIMAL(6,4), meerjarig_soort NVARCHAR(20), meerjarig_jaren INT,
    meerjarig_aantal INT, meerjarig_pct DECIMAL(6,4), omschrijving NVARCHAR(600) NOT NULL, voorwaarden NVARCHAR(600) NOT NULL, bron NVARCHAR(300) NOT NULL, status NCHAR(1) NOT NULL);
INSERT INTO dim_budgetregime (regime, budget, van_jaar, tot_jaar, aanvulling_op, meeneem_pct, voorschot_pct, terugvordering, vangnet_pct, meerjarig_soort, meerjarig_jaren, meerjarig_aantal, meerjarig_pct, omschrijving, voorwaarden, bron, status) VALUES
    (N'WWB_WERKDEEL', N'W_DEEL', 2004, 2008, NULL, 0.75, 0, 1, NULL, NULL, NULL, NULL, NULL, N'Werkdeel WWB: een overschot mag tot 75 % van het toegekende budget mee naar het volgende jaar; de rest gaat terug naar het Rijk; een tekort is voor de gemeente. Het percentage van 75 is niet in een bron gezien.', N'Geld dat niet of niet rechtmatig is besteed, vordert het Rijk terug.', N'WWB art. 69, 70 (S1); Besluit WWB 2007 (S31); CRvB 2010 (S41); seed 004', N'P'),
    (N'PARTICIPATIEBUDGET', N'W_DEEL', 2009, 2014, NULL, 0.25, 0.25, 1, NULL, NULL, NULL, NULL, NULL, N'Participatiebudget: een reserve tot 25 % van het budget van het jaar mag mee; een overschrijding tot 25 % gaat ten laste van het volgende jaar; de rest gaat terug naar het Rijk.', N'In 2009 mochten BDU-gemeenten 31,25 % reserveren; geef dat zo nodig op in referentie/budget.csv.', N'Wet participatiebudget art. 2, 4, 13, 15 (S7); Besluit participatiebudget art. 12 (S8)', N'V'),
    (N'GEMEENTEFONDS', N'W_DEEL', 2015, NULL, NULL, 0, 0, 0, NULL, NULL, NULL, NULL, NULL, N'Geen apart W-deel meer: het geld voor re-integratie komt via het gemeentefonds en is vrij besteedbaar. Er gaat niets terug naar het Rijk; geld meenemen naar het volgende jaar kan alleen als de gemeente dat zelf zo regelt.', N'', N'Gemeente Weert, septembercirculaire 2014 (S34); Kamerstukken II 30 545, nr. 201 (S35)', N'V'),
    (N'WWB_IDEEL', N'I_DEEL', 2004, 2014, NULL, 0, 0, 0, 0.10, NULL, NULL, NULL, NULL, N'Inkomensdeel WWB: een overschot is vrij besteedbaar. Bij een tekort van meer dan 10 % van het budget kan de gemeente een incidentele aanvullende uitkering (IAU) vragen: ten hoogste het tekort boven 10 %.', N'Verzoek bij de toetsingscommissie; die toetst arbeidsmarkt, beleid en uitvoering, en de uitkering kan lager uitvallen. Vanaf 2009 kan ook een meerjarige aanvullende uitkering (MAU); die is niet doorgerekend.', N'WWB art. 69, 74 (S1-S4); Kamerstukken II 30 545, nr. 151 (S9); CRvB 2014:2479 (S28)', N'V'),
    (N'VANGNET_2015', N'I_DEEL', 2015, 2016, NULL, 0, 0, 0, 0.05, NULL, NULL, NULL, NULL, N'Vangnet Participatiewet 2015-2016: bij een tekort van meer dan 5 % van het budget wordt de helft van het tekort tussen 5 en 10 % vergoed, en het hele tekort boven 10 %.', N'Het college laat zien dat het een aanpak om het tekort te verminderen heeft ingezet (analyse van de oorzaken en maatregelen) en informeert de raad daarover. In 2016 kan het ook bij een tekort van meer dan 30 euro per inwoner; dat wordt hier niet getoetst.', N'Kamerstukken II 30 545, nr. 151 (S9); toetsingscommissie 26-2-2015 (S10); begroting Nijmegen 2017 (S11); toetsingscommissie kernpunten 2016-2018 (S12)', N'P'),
    (N'VANGNET_2017', N'I_DEEL', 2017, 2017, NULL, 0, 0, 0, 0.05, N'CUMULATIEF', 2, NULL, 0.05, N'Vangnet Participatiewet 2017: tekort van meer dan 5 % in het jaar en over 2016-2017 samen; vergoed wordt de helft van het tekort tussen 5 en 10 %, driekwart tussen 10 en 12,5 % (trede niet in een bron gezien) en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen echt heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een eerdere vangnetuitkering zijn ook externe maatregelen nodig. Fouten en onzekerheden uit het accountantsverslag gaan van het tekort af.', N'Stb. 2016, 355 (S25); toetsingscommissie (S12-S14); EFK (S15); Divosa (S16); Famo/BDO (S17)', N'V'),
    (N'VANGNET_2018', N'I_DEEL', 2018, 2018, NULL, 0, 0, 0, 0.05, N'CUMULATIEF', 3, NULL, 0.05, N'Vangnet Participatiewet 2018: tekort van meer dan 5 % in het jaar en over 2016-2018 samen; vergoed wordt de helft van het tekort tussen 5 en 10 %, driekwart tussen 10 en 12,5 % (trede niet in een bron gezien) en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen echt heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een eerdere vangnetuitkering zijn ook externe maatregelen nodig. Fouten en onzekerheden uit het accountantsverslag gaan van het tekort af.', N'Stb. 2016, 355 (S25); toetsingscommissie (S12-S14); EFK (S15); Divosa (S16); Famo/BDO (S17)', N'V'),
    (N'VANGNET_2019', N'I_DEEL', 2019, 2019, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2019: tekort van meer dan 7,5 % in het jaar en over 2017-2019 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Voorjaarsnota Renkum 2019 (S18); toetsingscommissie, tool 2019 (S36); Stb. 2016, 355 (S25)', N'P'),
    (N'VANGNET_2020', N'I_DEEL', 2020, 2020, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2020: tekort van meer dan 7,5 % in het jaar en over 2018-2020 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Afgeleid uit 2019 en 2021 (S18, S19)', N'I'),
    (N'VANGNET_2021', N'I_DEEL', 2021, 2021, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2021: tekort van meer dan 7,5 % in het jaar en over 2019-2021 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Toetsingscommissie, eigen risico 2021 en voorwaarden (S19, S20)', N'V'),
    (N'VANGNET_2022', N'I_DEEL', 2022, 2023, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2022-2023: tekort van meer dan 7,5 % in het jaar en over dat jaar en de twee jaren ervoor samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Afgeleid uit 2021 en 2024 (S19, S21); toetsingscommissie, beoordeling 2023 (S40)', N'I'),
    (N'VANGNET_2024', N'I_DEEL', 2024, 2024, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2024: tekort van meer dan 7,5 % in het jaar en over 2022-2024 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Toetsingscommissie, voorwaarden en berekening 2024 (S21, S22)', N'V'),
    (N'VANGNET_2025', N'I_DEEL', 2025, 2025, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet 2025: tekort van meer dan 7,5 % in het jaar en over 2023-2025 samen; vergoed wordt de helft van het tekort tussen 7,5 en 12,5 % en het hele tekort boven 12,5 %.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Toetsingscommissie, voorwaarden 2025 (S23); berekening 2024 (S22)', N'V'),
    (N'VANGNET_2026', N'I_DEEL', 2026, NULL, NULL, 0, 0, 0, 0.075, N'CUMULATIEF', 3, NULL, 0.075, N'Vangnet Participatiewet vanaf 2026: aangenomen zijn de regels van 2025 (regulier vangnet). Een verdere verlaging van het eigen risico is aangekondigd, maar nog niet in een bron voor deze jaren gezien.', N'Het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt in met die verklaring. Na een vangnetuitkering in een van de twee jaren ervoor zijn ook aanvullende interne en externe maatregelen nodig. Onrechtmatige en onzekere uitgaven boven de norm gaan van het tekort af.', N'Afgeleid uit 2025 (S23)', N'I'),
    (N'VANGNET_2025_UITGEBREID', N'I_DEEL', 2025, 2025, N'VANGNET_2025', 0, 0, 0, 0.05, N'JAREN_MET_TEKORT', 3, 2, 0.05, N'Uitgebreid vangnet 2025: tekort van meer dan 5 % in 2025 en een tekort van 5 % of meer in minstens 2 van de 3 jaren 2022-2024. Hoeveel er dan wordt vergoed, staat nog niet in een gelezen bron.', N'Verzoek in 2026 met het formulier van de toetsingscommissie; het college verklaart dat het maatregelen heeft getroffen en de gemeenteraad stemt daarmee in; toelichting A, B of C.', N'Stb. 2025, 222 (S24); toetsingscommissie, voorwaarden 2025 (S23)', N'V');

-- grain: one row per tier of a regime's vangnet: of the deficit between ondergrens and bovengrens (shares of toegekend; no
-- bovengrens: no upper bound) the share aandeel is paid; status V/P/I of that share
CREATE TABLE dim_budgetregime_trede (regime NVARCHAR(40) NOT NULL, ondergrens DECIMAL(6,4) NOT NULL, bovengrens DECIMAL(6,4), aandeel DECIMAL(6,4) NOT NULL, status NCHAR(1) NOT NULL,
    PRIMARY KEY (regime, ondergrens));
INSERT INTO dim_budgetregime_trede (regime, ondergrens, bovengrens, aandeel, status) VALUES
    (N'WWB_IDEEL', 0.10, NULL, 1, N'I'),
    (N'VANGNET_2015', 0.05, 0.10, 0.5, N'P'),
    (N'VANGNET_2015', 0.10, NULL, 1, N'P'),
    (N'VANGNET_2017', 0.05, 0.10, 0.5, N'V'),
    (N'VANGNET_2017', 0.10, 0.125, 0.75, N'I'),
    (N'VANGNET_2017', 0.125, NULL, 1, N'V'),
    (N'VANGNET_2018', 0.05, 0.10, 0.5, N'V'),
    (N'VANGNET_2018', 0.10, 0.125, 0.75, N'I'),
    (N'VANGNET_2018', 0.125, NULL, 1, N'V'),
    (N'VANGNET_2019', 0.075, 0.125, 0.5, N'P'),
    (N'VANGNET_2019', 0.125, NULL, 1, N'P'),
    (N'VANGNET_2020', 0.075, 0.125, 0.5, N'I'),
    (N'VANGNET_2020', 0.125, NULL, 1, N'I'),
    (N'VANGNET_2021', 0.075, 0.125, 0.5, N'V'),
    (N'VANGNET_2021', 0.125, NULL, 1, N'V'),
    (N'VANGNET_2022', 0.075, 0.125, 0.5, N'I'),
    (N'VANGNET_2022', 0.125, NULL, 1, N'I'),
    (N'VANGNET_2024', 0.075, 0.125, 0.5, N'V'),
    (N'VANGNET_2024', 0.125, NULL, 1, N'V'),
    (N'VANGNET_2025', 0.075, 0.125, 0.5, N'V'),
    (N'VANGNET_2025', 0.125, NULL, 1, N'V'),
    (N'VANGNET_2026', 0.075, 0.125, 0.5, N'I'),
    (N'VANGNET_2026', 0.125, NULL, 1, N'I');

-- grain: one row per municipality × year × budget per delivery, computed from that delivery's ledger and reference; amounts in
-- cents; vangnet_cent NULL where it cannot be known (a year of the multi-year test missing, or a payout not in the sources);
-- vangnet_toets ja/nee/onbekend (I-deel); meerjarig_pct the cumulated deficit as a share of toegekend; uitgebreid_toets the
-- extended vangnet's test; onder_voorbehoud 1 when a figure rests on a value marked P or I; signaal a comma-separated list
CREATE TABLE fct_budget (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(6) NOT NULL, jaar INT NOT NULL, budget NVARCHAR(10) NOT NULL, regime NVARCHAR(40) NOT NULL,
    toegekend_cent BIGINT NOT NULL, meegenomen_cent BIGINT NOT NULL, ontvangsten_cent BIGINT NOT NULL, uitgaven_cent BIGINT NOT NULL,
    saldo_cent BIGINT NOT NULL, saldo_pct DECIMAL(9,4), meeneembaar_cent BIGINT NOT NULL, terug_cent BIGINT NOT NULL, vangnet_cent BIGINT,
    vangnet_toets NVARCHAR(10), meerjarig_pct DECIMAL(9,4), uitgebreid_toets NVARCHAR(10), onder_voorbehoud INT NOT NULL,
    signaal NVARCHAR(100) NOT NULL, PRIMARY KEY (levering_id, gemeentecode, jaar, budget));

UPDATE run SET uitkomst = N'VERVALLEN' WHERE taak = N'BUDGET' AND uitkomst = N'GESLAAGD';
