-- Budgets (DOMAIN.md "Budgets"): the regimes as data, and each delivery's budget years computed under them.

-- grain: one row per budget regime (a budget's rules over a span of years) with its source; budget.csv may name one
-- for a year to override the default by year
CREATE TABLE dim_budgetregime (regime NVARCHAR(40) NOT NULL PRIMARY KEY, budget NVARCHAR(10) NOT NULL, van_jaar INT NOT NULL, tot_jaar INT,
    meeneem_pct DECIMAL(6,4) NOT NULL, voorschot_pct DECIMAL(6,4) NOT NULL, vangnet_pct DECIMAL(6,4), omschrijving NVARCHAR(400) NOT NULL, bron NVARCHAR(200) NOT NULL);
INSERT INTO dim_budgetregime (regime, budget, van_jaar, tot_jaar, meeneem_pct, voorschot_pct, vangnet_pct, omschrijving, bron) VALUES
    (N'WWB_WERKDEEL', N'W_DEEL', 2004, 2008, 0.75, 0, NULL, N'Werkdeel WWB: een overschot mag tot 75 % van het toegekende budget mee naar het volgende jaar; de rest gaat terug naar het Rijk; een tekort is voor de gemeente', N'WWB art. 70 (2004-2008); seed 004'),
    (N'PARTICIPATIEBUDGET', N'W_DEEL', 2009, NULL, 0.25, 0.25, NULL, N'Participatiebudget: een reserve tot 25 % van het budget van het jaar mag mee; een overschrijding tot 25 % wordt ten laste van het volgende jaar gebracht', N'Wet participatiebudget (2009)'),
    (N'WWB_IDEEL', N'I_DEEL', 2004, 2014, 0, 0, 0.10, N'Inkomensdeel WWB: een overschot is vrij besteedbaar; bij een tekort van meer dan 10 % van het budget is een IAU mogelijk: netto uitgaven min 110 % van het budget', N'WWB art. 69 en 74; Besluit IAU'),
    (N'VANGNET_2015', N'I_DEEL', 2015, 2015, 0, 0, 0.10, N'Vangnetregeling Participatiewet 2015: vangnet bij een tekort van meer dan 10 % van het budget', N'Regeling vangnet Participatiewet 2015'),
    (N'VANGNET_2016', N'I_DEEL', 2016, 2017, 0, 0, 0.075, N'Vangnetregeling Participatiewet 2016-2017: drempel 7,5 % van het budget, met meerjarige voorwaarden', N'Regeling vangnet Participatiewet 2016'),
    (N'VANGNET_2018', N'I_DEEL', 2018, NULL, 0, 0, 0.05, N'Vangnetregeling Participatiewet vanaf 2018: drempel 5 % van het budget, met meerjarige voorwaarden', N'Regeling vangnet Participatiewet 2018');

-- grain: one row per municipality × year × budget per delivery, computed from that delivery's ledger and reference;
-- amounts in cents, signaal a comma-separated list (TEKORT, TERUGBETALING, VANGNET)
CREATE TABLE fct_budget (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(6) NOT NULL, jaar INT NOT NULL, budget NVARCHAR(10) NOT NULL, regime NVARCHAR(40) NOT NULL,
    toegekend_cent BIGINT NOT NULL, meegenomen_cent BIGINT NOT NULL, ontvangsten_cent BIGINT NOT NULL, uitgaven_cent BIGINT NOT NULL,
    saldo_cent BIGINT NOT NULL, saldo_pct DECIMAL(9,4), meeneembaar_cent BIGINT NOT NULL, terug_cent BIGINT NOT NULL, vangnet_cent BIGINT NOT NULL,
    signaal NVARCHAR(100) NOT NULL, PRIMARY KEY (levering_id, gemeentecode, jaar, budget));
