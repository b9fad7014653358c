-- Reference data as used by each load, so a report "as known at" a delivery uses the reference of that moment.

-- grain: one row per instrument of the municipality's catalogue per delivery
CREATE TABLE dim_instrument (levering_id INTEGER NOT NULL, instrument TEXT NOT NULL, omschrijving TEXT NOT NULL, categorie TEXT NOT NULL,
    work_first TEXT, PRIMARY KEY (levering_id, instrument));

-- grain: one row per local ladder code per delivery, mapped to a Participatieladder trede
CREATE TABLE dim_ladder_code (levering_id INTEGER NOT NULL, code TEXT NOT NULL, omschrijving TEXT NOT NULL, trede INTEGER NOT NULL,
    PRIMARY KEY (levering_id, code));

-- grain: one row per municipality × year × budget (I_DEEL, W_DEEL) per delivery, as granted by the Rijk
CREATE TABLE ref_budget (levering_id INTEGER NOT NULL, gemeentecode TEXT NOT NULL, jaar INTEGER NOT NULL, budget TEXT NOT NULL,
    toegekend_cent INTEGER NOT NULL, meegenomen_cent INTEGER, ontvangsten_cent INTEGER, regime TEXT,
    PRIMARY KEY (levering_id, gemeentecode, jaar, budget));

-- grain: one row per municipality × year × indicator target per delivery
CREATE TABLE fct_doelstelling (levering_id INTEGER NOT NULL, gemeentecode TEXT NOT NULL, jaar INTEGER NOT NULL, indicator TEXT NOT NULL,
    waarde REAL NOT NULL, bron TEXT, PRIMARY KEY (levering_id, gemeentecode, jaar, indicator));

-- grain: one row per comparable municipality × year per delivery
CREATE TABLE fct_benchmark (levering_id INTEGER NOT NULL, gemeentecode TEXT NOT NULL, gemeentenaam TEXT NOT NULL, jaar INTEGER NOT NULL,
    groep TEXT NOT NULL, inwoners INTEGER, volume_ultimo INTEGER NOT NULL, instroom INTEGER NOT NULL, uitstroom INTEGER NOT NULL,
    uitstroom_werk INTEGER, PRIMARY KEY (levering_id, gemeentecode, jaar));
