-- Reference data as used by each load, so a report "as known at" a delivery uses the reference of that moment.

-- grain: one row per instrument of the municipality's catalogue per delivery
CREATE TABLE dim_instrument (levering_id BIGINT NOT NULL, instrument NVARCHAR(200) NOT NULL, omschrijving NVARCHAR(MAX) NOT NULL, categorie NVARCHAR(200) NOT NULL,
    work_first NVARCHAR(200), PRIMARY KEY (levering_id, instrument));

-- grain: one row per local ladder code per delivery, mapped to a Participatieladder trede
CREATE TABLE dim_ladder_code (levering_id BIGINT NOT NULL, code NVARCHAR(200) NOT NULL, omschrijving NVARCHAR(MAX) NOT NULL, trede BIGINT NOT NULL,
    PRIMARY KEY (levering_id, code));

-- grain: one row per municipality × year × budget (I_DEEL, W_DEEL) per delivery, as granted by the Rijk
CREATE TABLE ref_budget (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, jaar BIGINT NOT NULL, budget NVARCHAR(200) NOT NULL,
    toegekend_cent BIGINT NOT NULL, meegenomen_cent BIGINT, ontvangsten_cent BIGINT, regime NVARCHAR(200),
    PRIMARY KEY (levering_id, gemeentecode, jaar, budget));

-- grain: one row per municipality × year × indicator target per delivery
CREATE TABLE fct_doelstelling (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, jaar BIGINT NOT NULL, indicator NVARCHAR(200) NOT NULL,
    waarde FLOAT NOT NULL, bron NVARCHAR(MAX), PRIMARY KEY (levering_id, gemeentecode, jaar, indicator));

-- grain: one row per comparable municipality × year per delivery
CREATE TABLE fct_benchmark (levering_id BIGINT NOT NULL, gemeentecode NVARCHAR(200) NOT NULL, gemeentenaam NVARCHAR(200) NOT NULL, jaar BIGINT NOT NULL,
    groep NVARCHAR(200) NOT NULL, inwoners BIGINT, volume_ultimo BIGINT NOT NULL, instroom BIGINT NOT NULL, uitstroom BIGINT NOT NULL,
    uitstroom_werk BIGINT, PRIMARY KEY (levering_id, gemeentecode, jaar));
