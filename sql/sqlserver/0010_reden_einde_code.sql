-- reden_einde holds a code (WERK, VERHUIZING, ...), not a date: 0002 and 0003 declared it DATE by mistake, so a load on
-- SQL Server failed on the first benefit that had ended. SQLite stored it as TEXT all along.
ALTER TABLE stg_uitkering ALTER COLUMN reden_einde NVARCHAR(200) NULL;
ALTER TABLE fct_uitkering ALTER COLUMN reden_einde NVARCHAR(200) NULL;
