-- Budgets (DOMAIN.md "Budgets"): the regimes as data, and each delivery's budget years computed under them.

-- grain: one row per budget regime (a budget's rules over a span of years) with its source; budget.csv may name one
-- for a year to override the default by year
CREATE TABLE dim_budgetregime (regime TEXT PRIMARY KEY, budget TEXT NOT NULL, van_jaar INTEGER NOT NULL, tot_jaar INTEGER,
    meeneem_pct REAL NOT NULL, voorschot_pct REAL NOT NULL, vangnet_pct REAL, omschrijving TEXT NOT NULL, bron TEXT NOT NULL);
INSERT INTO dim_budgetregime (regime, budget, van_jaar, tot_jaar, meeneem_pct, voorschot_pct, vangnet_pct, omschrijving, bron) VALUES
    ('WWB_WERKDEEL', 'W_DEEL', 2004, 2008, 0.75, 0, NULL, 'Werkdeel WWB: een overschot mag tot 75 % van het toegekende budget mee naar het volgende jaar; de rest gaat terug naar het Rijk; een tekort is voor de gemeente', 'WWB art. 70 (2004-2008); seed 004'),
    ('PARTICIPATIEBUDGET', 'W_DEEL', 2009, NULL, 0.25, 0.25, NULL, 'Participatiebudget: een reserve tot 25 % van het budget van het jaar mag mee; een overschrijding tot 25 % wordt ten laste van het volgende jaar gebracht', 'Wet participatiebudget (2009)'),
    ('WWB_IDEEL', 'I_DEEL', 2004, 2014, 0, 0, 0.10, 'Inkomensdeel WWB: een overschot is vrij besteedbaar; bij een tekort van meer dan 10 % van het budget is een IAU mogelijk: netto uitgaven min 110 % van het budget', 'WWB art. 69 en 74; Besluit IAU'),
    ('VANGNET_2015', 'I_DEEL', 2015, 2015, 0, 0, 0.10, 'Vangnetregeling Participatiewet 2015: vangnet bij een tekort van meer dan 10 % van het budget', 'Regeling vangnet Participatiewet 2015'),
    ('VANGNET_2016', 'I_DEEL', 2016, 2017, 0, 0, 0.075, 'Vangnetregeling Participatiewet 2016-2017: drempel 7,5 % van het budget, met meerjarige voorwaarden', 'Regeling vangnet Participatiewet 2016'),
    ('VANGNET_2018', 'I_DEEL', 2018, NULL, 0, 0, 0.05, 'Vangnetregeling Participatiewet vanaf 2018: drempel 5 % van het budget, met meerjarige voorwaarden', 'Regeling vangnet Participatiewet 2018');

-- grain: one row per municipality × year × budget per delivery, computed from that delivery's ledger and reference;
-- amounts in cents, signaal a comma-separated list (TEKORT, TERUGBETALING, VANGNET)
CREATE TABLE fct_budget (levering_id INTEGER NOT NULL, gemeentecode TEXT NOT NULL, jaar INTEGER NOT NULL, budget TEXT NOT NULL, regime TEXT NOT NULL,
    toegekend_cent INTEGER NOT NULL, meegenomen_cent INTEGER NOT NULL, ontvangsten_cent INTEGER NOT NULL, uitgaven_cent INTEGER NOT NULL,
    saldo_cent INTEGER NOT NULL, saldo_pct REAL, meeneembaar_cent INTEGER NOT NULL, terug_cent INTEGER NOT NULL, vangnet_cent INTEGER NOT NULL,
    signaal TEXT NOT NULL, PRIMARY KEY (levering_id, gemeentecode, jaar, budget));
