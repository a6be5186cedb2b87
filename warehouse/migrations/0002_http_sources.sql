-- 0002: what HTTP sources need: the response status and headers of each landed payload, and a
-- per-source cursor (watermark) that only advances when a night's load commits.
ALTER TABLE raw_files ADD COLUMN http_status INTEGER;
ALTER TABLE raw_files ADD COLUMN http_headers VARCHAR;

CREATE TABLE source_cursors (
    source      VARCHAR NOT NULL,
    cursor      VARCHAR NOT NULL,
    ingest_date DATE NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);
