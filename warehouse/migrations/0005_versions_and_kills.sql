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

COMMENT ON COLUMN deliveries.disposition IS 'What became of this delivered item: loaded (it is the article), duplicate (same text as an article already loaded), stale_version (older than the agency version already loaded; ignored), kill_notice (a withheld or canceled item).';
COMMENT ON TABLE kill_notices IS 'Withheld or canceled items (IPTC pubStatus). Each withdraws the facts of every article with the same agency_id up to its agency_version, whichever night loaded them. Owned by the night that received it (ingest_date).';
COMMENT ON COLUMN kill_notices.agency_id IS 'The agency''s own item id (NewsML-G2 guid, ninjs uri) of the story being withdrawn.';
COMMENT ON COLUMN kill_notices.agency_version IS 'The version the notice covers up to; NULL covers every version.';
COMMENT ON COLUMN kill_notices.pub_status IS 'withheld or canceled.';
COMMENT ON COLUMN kill_notices.source IS 'Configured source name the notice came from.';
COMMENT ON COLUMN kill_notices.raw_hash IS 'SHA-256 of the payload that carried the notice; its bytes are in the lake raw zone.';
COMMENT ON COLUMN kill_notices.item_ref IS 'Which item inside the payload (e.g. item 3).';
COMMENT ON COLUMN kill_notices.ingest_date IS 'The night (logical date) that received the notice.';
COMMENT ON COLUMN runs.stale_versions IS 'Items ignored because a newer agency version was already loaded.';
COMMENT ON COLUMN runs.kill_notices IS 'Withheld or canceled items received by the run.';
