-- 0013: fact_lineage names the snapshot of the load its fact comes from. Migration 0011 left
-- snapshot_id NULL ("until lake snapshots are recorded"); since 0012 every load records its DuckLake
-- snapshot in runs.snapshot_id, so the view takes it from the loading run (the night's latest
-- successful run, every column from that one run). The rest of the view is unchanged.
CREATE OR REPLACE VIEW fact_lineage AS
WITH
    loading_runs AS (
        -- every column from the same run (arg_max skips a NULL argument: a bare
        -- arg_max(snapshot_id, started_at) could name an older run's snapshot)
        SELECT ingest_date, unnest(arg_max(
            {'run_id': run_id, 'flow_run_id': flow_run_id, 'started_at': started_at,
             'extractor_version': extractor_version, 'snapshot_id': snapshot_id},
            started_at
        ))
        FROM runs
        WHERE status = 'success'
        GROUP BY ingest_date
    ),
    first_delivery AS (
        SELECT
            article_id,
            arg_min(
                {'item_ref': item_ref, 'source_uri': source_uri, 'disposition': disposition, 'night': ingest_date},
                (is_duplicate, ingest_date)
            ) AS delivery,
            count(*) AS delivery_count
        FROM deliveries
        GROUP BY article_id
    )
SELECT
    f.fact_id,
    f.surface,
    f.value,
    f.unit,
    f.kind,
    f.subject,
    f.subject_head,
    f.about,
    f.place,
    f.sentence_index,
    f.sentence,
    f."start",
    f."end",
    substr(a.body, f."start" + 1, f."end" - f."start") = f.surface AS offsets_match,
    f.article_id,
    a.headline,
    a.pub_date,
    a.format,
    a.agency_id,
    a.agency_version,
    v.story_id,
    v.version,
    v.version_count,
    v.is_latest,
    d.delivery.item_ref AS delivery_item_ref,
    d.delivery.disposition AS delivery_disposition,
    d.delivery.night AS delivery_night,
    coalesce(d.delivery_count, 0) AS delivery_count,
    a.raw_hash,
    r.source,
    r.source_uri,
    r.raw_path,
    r.size_bytes,
    r.fetched_at,
    f.ingest_date,
    lr.run_id,
    lr.flow_run_id,
    lr.started_at AS run_started_at,
    f.extractor_version,
    lr.extractor_version AS run_extractor_version,
    lr.snapshot_id
FROM facts AS f
JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN article_versions AS v ON v.article_id = f.article_id
LEFT JOIN first_delivery AS d ON d.article_id = f.article_id
LEFT JOIN raw_files AS r ON r.raw_hash = a.raw_hash
LEFT JOIN loading_runs AS lr ON lr.ingest_date = f.ingest_date;

COMMENT ON VIEW fact_lineage IS 'Where every fact comes from, in one row: its sentence and character offsets, the article (headline, story and version), the first delivery of that article, the raw payload it was read from (hash, URI, lake path, fetch time) and the run that loaded it (with the extractor version and the DuckLake snapshot it committed). Rows are unordered; filter on fact_id.';
COMMENT ON COLUMN fact_lineage.snapshot_id IS 'The DuckLake snapshot that committed the loading run (runs.snapshot_id): query the warehouse as that load left it with AT (VERSION => snapshot_id) or wirefacts sql --at-snapshot N. NULL when the night has no successful run with a recorded snapshot (e.g. moved in from a DuckDB warehouse).';
