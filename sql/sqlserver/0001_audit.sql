-- Audit tables: what came in, what was set aside, what ran.

-- grain: one row per delivery offered to the warehouse (loaded or rejected)
CREATE TABLE levering (
    levering_id        BIGINT IDENTITY(1,1) PRIMARY KEY,
    gemeentecode       NVARCHAR(200),
    peildatum          DATE,
    volgnummer         BIGINT,
    uitvoerder         NVARCHAR(200),
    bronsysteem        NVARCHAR(200),
    aangemaakt         NVARCHAR(200),
    tekenset           NVARCHAR(200),
    vingerafdruk       NVARCHAR(200) NOT NULL,
    bron               NVARCHAR(MAX) NOT NULL,
    status             NVARCHAR(200) NOT NULL,
    reden              NVARCHAR(MAX),
    regels_gelezen     BIGINT NOT NULL DEFAULT 0,
    regels_geladen     BIGINT NOT NULL DEFAULT 0,
    regels_quarantaine BIGINT NOT NULL DEFAULT 0,
    waarschuwingen     BIGINT NOT NULL DEFAULT 0,
    geladen_op         DATETIME2 NOT NULL
);
CREATE INDEX ix_levering_sleutel ON levering (gemeentecode, peildatum, volgnummer);

-- grain: one row per data file listed in a delivery's levering.json
CREATE TABLE levering_bestand (
    levering_id  BIGINT NOT NULL REFERENCES levering (levering_id),
    naam         NVARCHAR(200) NOT NULL,
    regels       BIGINT NOT NULL,
    sha256       NVARCHAR(200) NOT NULL,
    quarantaine  BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (levering_id, naam)
);

-- grain: one row per rejected data row (soort AFGEKEURD) or warning (soort WAARSCHUWING) of a delivery
CREATE TABLE quarantaine (
    quarantaine_id BIGINT IDENTITY(1,1) PRIMARY KEY,
    levering_id    BIGINT NOT NULL REFERENCES levering (levering_id),
    bestand        NVARCHAR(200) NOT NULL,
    regel          BIGINT,
    kolom          NVARCHAR(200),
    waarde         NVARCHAR(400),
    soort          NVARCHAR(20) NOT NULL DEFAULT 'AFGEKEURD',
    reden          NVARCHAR(MAX) NOT NULL,
    ruwe_regel     NVARCHAR(MAX)
);
CREATE INDEX ix_quarantaine_levering ON quarantaine (levering_id);

-- grain: one row per job run (load, derive, render), from start to end
CREATE TABLE run (
    run_id       BIGINT IDENTITY(1,1) PRIMARY KEY,
    taak         NVARCHAR(200) NOT NULL,
    gemeentecode NVARCHAR(200),
    levering_id  BIGINT,
    start        DATETIME2 NOT NULL,
    einde        DATETIME2,
    uitkomst     NVARCHAR(200) NOT NULL,
    rijen        BIGINT NOT NULL DEFAULT 0,
    melding      NVARCHAR(MAX)
);
