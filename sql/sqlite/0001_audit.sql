-- Audit tables: what came in, what was set aside, what ran.

-- grain: one row per delivery offered to the warehouse (loaded or rejected)
CREATE TABLE levering (
    levering_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    gemeentecode       TEXT,
    peildatum          TEXT,
    volgnummer         INTEGER,
    uitvoerder         TEXT,
    bronsysteem        TEXT,
    aangemaakt         TEXT,
    tekenset           TEXT,
    vingerafdruk       TEXT NOT NULL,
    bron               TEXT NOT NULL,
    status             TEXT NOT NULL,
    reden              TEXT,
    regels_gelezen     INTEGER NOT NULL DEFAULT 0,
    regels_geladen     INTEGER NOT NULL DEFAULT 0,
    regels_quarantaine INTEGER NOT NULL DEFAULT 0,
    waarschuwingen     INTEGER NOT NULL DEFAULT 0,
    geladen_op         TEXT NOT NULL
);
CREATE INDEX ix_levering_sleutel ON levering (gemeentecode, peildatum, volgnummer);

-- grain: one row per data file listed in a delivery's levering.json
CREATE TABLE levering_bestand (
    levering_id  INTEGER NOT NULL REFERENCES levering (levering_id),
    naam         TEXT NOT NULL,
    regels       INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    quarantaine  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (levering_id, naam)
);

-- grain: one row per rejected data row (soort AFGEKEURD) or warning (soort WAARSCHUWING) of a delivery
CREATE TABLE quarantaine (
    quarantaine_id INTEGER PRIMARY KEY AUTOINCREMENT,
    levering_id    INTEGER NOT NULL REFERENCES levering (levering_id),
    bestand        TEXT NOT NULL,
    regel          INTEGER,
    kolom          TEXT,
    waarde         TEXT,
    soort          TEXT NOT NULL DEFAULT 'AFGEKEURD',
    reden          TEXT NOT NULL,
    ruwe_regel     TEXT
);
CREATE INDEX ix_quarantaine_levering ON quarantaine (levering_id);

-- grain: one row per job run (load, derive, render), from start to end
CREATE TABLE run (
    run_id       INTEGER PRIMARY KEY AUTOINCREMENT,
    taak         TEXT NOT NULL,
    gemeentecode TEXT,
    levering_id  INTEGER,
    start        TEXT NOT NULL,
    einde        TEXT,
    uitkomst     TEXT NOT NULL,
    rijen        INTEGER NOT NULL DEFAULT 0,
    melding      TEXT
);
