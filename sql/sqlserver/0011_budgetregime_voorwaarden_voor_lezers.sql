-- dim_budgetregime.voorwaarden reaches the reader (the budget table's note "Voorwaarden (niet getoetst): ..."), and 0009 wrote
-- a file name for the functioneel beheerder into it (issue 18: no internal notes in reader-facing text). Same meaning, in words.
UPDATE dim_budgetregime
SET voorwaarden = N'In 2009 mochten BDU-gemeenten 31,25 % reserveren; voor zo''n gemeente geldt dat alleen als het in haar budgetgegevens is opgegeven.'
WHERE regime = N'PARTICIPATIEBUDGET';
