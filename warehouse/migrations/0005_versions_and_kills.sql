-- 0005: agency versions and kill notices.
-- deliveries.disposition says what became of each delivered item; kill_notices records withheld and
-- canceled items, whose story's facts leave the warehouse whichever night loaded them.
ALTER TABLE deliveries ADD COLUMN disposition VARCHAR;
UPDATE deliveries SET disposition = CASE WHEN is_duplicate THEN 'duplicate' ELSE 'loaded' END;

CREATE TABLE kill_notices (
    agency_id      VARCHAR NOT NULL,
    agency_version BIGINT,
    pub_status     VARCHAR NOT NULL,
    source         VARCHAR NOT NULL,
    raw_hash       VARCHAR NOT NULL,
    item_ref       VARCHAR,
    ingest_date    DATE NOT NULL
);

ALTER TABLE runs ADD COLUMN stale_versions INTEGER DEFAULT 0;
ALTER TABLE runs ADD COLUMN kill_notices INTEGER DEFAULT 0;
