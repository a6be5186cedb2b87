-- 0014: the extract stage quarantines too. Since extractor 1.13.0 a story the extractor fails on
-- is quarantined with stage 'extract' (its other stories load); the comments written by 0003 and
-- 0011 still listed the older stages. Comments only: no table or view changes.
COMMENT ON COLUMN quarantine.stage IS 'Pipeline stage that refused it: fetch, read, limit, extract or validate.';
COMMENT ON COLUMN quarantine.record_id IS 'The article_id (stage extract) or fact_id (stage validate) refused, for rows refused after parsing; NULL otherwise.';
COMMENT ON COLUMN runs.quarantined IS 'Quarantine rows the run produced (fetch, read, limit, extract and validate stages together).';
COMMENT ON COLUMN quarantine_summary.stage IS 'Stage that refused the rows: fetch, read, limit, extract or validate.';
