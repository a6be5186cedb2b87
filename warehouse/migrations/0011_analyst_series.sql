-- 0011: what analysts ask first, without hand-written joins (issue 17).
-- * fact_series: the same measured thing (subject_head, about-or-place, unit family) followed across
--   stories and nights, latest versions only, each figure of a story once;
-- * fact_lineage: every fact with its sentence, article, story version, delivery, raw file and run;
-- * quarantine_summary, replaced: reasons grouped by kind (numbers, ids, URIs and quoted values
--   stripped), so 893 Reuters "NEWID=... has no body" rows are one group, with an example.
-- As in 0003 and 0006: views only read and list their columns (no SELECT *).

------------------------------------------------------------------------------------------------
-- fact_series
CREATE VIEW fact_series AS
WITH
    keyed AS (
        SELECT
            sf.story_id,
            sf.version,
            f.fact_id,
            f.article_id,
            f.pub_date,
            a.published_at,
            a.headline,
            f.ingest_date,
            f.sentence_index,
            f."start",
            f.sentence,
            f.surface,
            f.value,
            f.low,
            f.high,
            f.qualifier,
            f.change,
            f.unit,
            f.kind,
            f.si_value,
            f.si_unit,
            f.subject,
            f.subject_head,
            coalesce(f.about, f.place) AS about,
            f.place,
            CASE
                WHEN f.kind = 'count' THEN 'count'
                WHEN f.kind IN ('percent', 'rate') AND f.unit IN ('percent', 'basis point') THEN 'percent'
                WHEN f.kind IN ('money', 'price') THEN f.kind || ' in ' || coalesce(f.unit, 'no currency')
                WHEN f.si_unit IS NOT NULL THEN f.kind || ' in ' || f.si_unit
                ELSE f.kind || coalesce(' in ' || f.unit, '')
            END AS unit_family,
            CASE
                WHEN f.kind = 'count' THEN f.value
                WHEN f.unit = 'basis point' AND f.kind IN ('percent', 'rate') THEN f.value / 100
                WHEN f.kind IN ('money', 'price') THEN f.value
                WHEN f.si_unit IS NOT NULL THEN f.si_value
                ELSE f.value
            END AS series_value,
            CASE
                WHEN f.kind = 'count' THEN NULL
                WHEN f.kind IN ('percent', 'rate') AND f.unit IN ('percent', 'basis point') THEN 'percent'
                WHEN f.kind IN ('money', 'price') THEN f.unit
                WHEN f.si_unit IS NOT NULL THEN f.si_unit
                ELSE f.unit
            END AS series_unit
        FROM story_facts AS sf
        JOIN facts AS f ON f.fact_id = sf.fact_id
        JOIN articles AS a ON a.article_id = sf.article_id
        WHERE f.subject_head IS NOT NULL AND coalesce(f.about, f.place) IS NOT NULL
    ),
    once AS (
        SELECT
            *,
            row_number() OVER (
                PARTITION BY story_id, subject_head, about, unit_family, value, low, high, qualifier
                ORDER BY sentence_index, "start"
            ) AS mention
        FROM keyed
    ),
    points AS (
        SELECT
            *,
            subject_head || ' | ' || about || ' | ' || unit_family AS series_key,
            count(DISTINCT story_id) OVER (PARTITION BY subject_head, about, unit_family) AS story_count,
            count(DISTINCT pub_date) OVER (PARTITION BY subject_head, about, unit_family) AS date_count,
            row_number() OVER (
                PARTITION BY subject_head, about, unit_family
                ORDER BY pub_date, published_at NULLS LAST, story_id, sentence_index, "start"
            ) AS point
        FROM once
        WHERE mention = 1
    )
SELECT
    series_key,
    subject_head,
    about,
    unit_family,
    point,
    story_count,
    date_count,
    pub_date,
    published_at,
    ingest_date,
    surface,
    value,
    low,
    high,
    qualifier,
    change,
    unit,
    series_value,
    series_unit,
    kind,
    subject,
    place,
    sentence,
    headline,
    story_id,
    version,
    article_id,
    fact_id
FROM points
ORDER BY series_key, point;

COMMENT ON VIEW fact_series IS 'The same measured thing followed across stories and nights: facts with the same subject_head, the same about (facts.about, else facts.place) and the same unit family, in date order, each with its sentence, headline and story. Latest version of each story only (story_facts), and a figure a story repeats counts once. Example: SELECT pub_date, surface, headline FROM fact_series WHERE subject_head = ''jihadist'' AND about = ''Raqa''. Ordered by series_key and point; add ORDER BY when you filter or join.';
COMMENT ON COLUMN fact_series.series_key IS 'Name of the series: subject_head | about | unit_family (e.g. jihadist | Raqa | count). Group or filter on it to follow one thing.';
COMMENT ON COLUMN fact_series.subject_head IS 'What is measured: the canonical singular head of the subject (facts.subject_head), e.g. jihadist, income, city.';
COMMENT ON COLUMN fact_series.about IS 'What it is about: facts.about (the entity the sentence or story names: Raqa, Chemical Bank), else facts.place (a place in the sentence, else the dateline city). Facts with neither are not in a series.';
COMMENT ON COLUMN fact_series.unit_family IS 'Which numbers compare: count; percent (percent and rate in percent or basis points); money in <currency> or price in <currency> (one currency per family, never converted); <kind> in <SI unit> for physical measures (kilometres and miles are one family: compare series_value); else the kind and unit.';
COMMENT ON COLUMN fact_series.point IS 'Position in the series, from 1, by publication date, then publication time, story and position in the text.';
COMMENT ON COLUMN fact_series.story_count IS 'Number of distinct stories in the series; WHERE story_count > 1 keeps the things more than one story reported.';
COMMENT ON COLUMN fact_series.date_count IS 'Number of distinct publication dates in the series.';
COMMENT ON COLUMN fact_series.pub_date IS 'Publication date of the article (articles.pub_date).';
COMMENT ON COLUMN fact_series.published_at IS 'Publication time (UTC) when the story states one; NULL otherwise.';
COMMENT ON COLUMN fact_series.ingest_date IS 'The night that loaded the fact.';
COMMENT ON COLUMN fact_series.surface IS 'The figure as written (around 2,500).';
COMMENT ON COLUMN fact_series.value IS 'The number as stated, in unit; NULL for a range or vague quantity (see low and high).';
COMMENT ON COLUMN fact_series.low IS 'Lower bound in unit (facts.low).';
COMMENT ON COLUMN fact_series.high IS 'Upper bound in unit (facts.high).';
COMMENT ON COLUMN fact_series.qualifier IS 'How the text hedges the number: exact, approximate, at_least, more_than, ... (facts.qualifier).';
COMMENT ON COLUMN fact_series.change IS 'up or down when the number is a change; NULL otherwise. A change and a level of the same thing share a series: filter on change IS NULL for levels.';
COMMENT ON COLUMN fact_series.unit IS 'Unit as stated (facts.unit); NULL for counts.';
COMMENT ON COLUMN fact_series.series_value IS 'value in the family''s unit (series_unit), so the points of a series compare: si_value for physical measures, basis points as percent, otherwise value. NULL when value is.';
COMMENT ON COLUMN fact_series.series_unit IS 'Unit of series_value: the SI unit, percent, the currency, or NULL for counts.';
COMMENT ON COLUMN fact_series.kind IS 'What the number measures (facts.kind).';
COMMENT ON COLUMN fact_series.subject IS 'The subject as written (IS jihadists).';
COMMENT ON COLUMN fact_series.place IS 'facts.place: a place named in the sentence, else the dateline city; NULL when neither.';
COMMENT ON COLUMN fact_series.sentence IS 'The sentence the figure was found in.';
COMMENT ON COLUMN fact_series.headline IS 'Headline of the story''s latest version.';
COMMENT ON COLUMN fact_series.story_id IS 'The story (stories.story_id).';
COMMENT ON COLUMN fact_series.version IS 'The story version the fact comes from (always the latest).';
COMMENT ON COLUMN fact_series.article_id IS 'The article of that version (articles.article_id).';
COMMENT ON COLUMN fact_series.fact_id IS 'The fact (facts.fact_id); fact_lineage traces it back to its raw file and run.';

------------------------------------------------------------------------------------------------
-- fact_lineage
CREATE VIEW fact_lineage AS
WITH
    loading_runs AS (
        SELECT
            ingest_date,
            arg_max(run_id, started_at) AS run_id,
            arg_max(flow_run_id, started_at) AS flow_run_id,
            arg_max(started_at, started_at) AS started_at,
            arg_max(extractor_version, started_at) AS extractor_version
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
    CAST(NULL AS VARCHAR) AS snapshot_id
FROM facts AS f
JOIN articles AS a ON a.article_id = f.article_id
LEFT JOIN article_versions AS v ON v.article_id = f.article_id
LEFT JOIN first_delivery AS d ON d.article_id = f.article_id
LEFT JOIN raw_files AS r ON r.raw_hash = a.raw_hash
LEFT JOIN loading_runs AS lr ON lr.ingest_date = f.ingest_date;

COMMENT ON VIEW fact_lineage IS 'Where every fact comes from, in one row: its sentence and character offsets, the article (headline, story and version), the first delivery of that article, the raw payload it was read from (hash, URI, lake path, fetch time) and the run that loaded it (with the extractor version). Rows are unordered; filter on fact_id.';
COMMENT ON COLUMN fact_lineage.fact_id IS 'The fact (facts.fact_id).';
COMMENT ON COLUMN fact_lineage.surface IS 'The fact as written.';
COMMENT ON COLUMN fact_lineage.value IS 'The number as stated, in unit.';
COMMENT ON COLUMN fact_lineage.unit IS 'Unit (facts.unit); NULL for counts.';
COMMENT ON COLUMN fact_lineage.kind IS 'What the number measures (facts.kind).';
COMMENT ON COLUMN fact_lineage.subject IS 'What is counted or measured, as written.';
COMMENT ON COLUMN fact_lineage.subject_head IS 'Canonical head of subject (facts.subject_head).';
COMMENT ON COLUMN fact_lineage.about IS 'The entity the fact is about (facts.about).';
COMMENT ON COLUMN fact_lineage.place IS 'Where the fact is located (facts.place).';
COMMENT ON COLUMN fact_lineage.sentence_index IS 'Index of the sentence in the article body, from 0.';
COMMENT ON COLUMN fact_lineage.sentence IS 'The sentence holding the fact.';
COMMENT ON COLUMN fact_lineage."start" IS 'Character offset of the fact in articles.body (0-based). Quote it as "start".';
COMMENT ON COLUMN fact_lineage."end" IS 'Character offset one past the fact in articles.body (0-based, exclusive). Quote it as "end".';
COMMENT ON COLUMN fact_lineage.offsets_match IS 'True when substr(body, start + 1, end - start) is exactly surface: the offsets still point at the figure.';
COMMENT ON COLUMN fact_lineage.article_id IS 'The article holding the fact (articles.article_id).';
COMMENT ON COLUMN fact_lineage.headline IS 'Headline of the article.';
COMMENT ON COLUMN fact_lineage.pub_date IS 'Publication date of the article.';
COMMENT ON COLUMN fact_lineage.format IS 'Wire format the reader detected (articles.format).';
COMMENT ON COLUMN fact_lineage.agency_id IS 'The agency''s own item id; NULL for formats without one.';
COMMENT ON COLUMN fact_lineage.agency_version IS 'The agency''s version number; NULL when the format has none.';
COMMENT ON COLUMN fact_lineage.story_id IS 'The story the article belongs to (article_versions.story_id).';
COMMENT ON COLUMN fact_lineage.version IS 'Version of the story this article is, from 1.';
COMMENT ON COLUMN fact_lineage.version_count IS 'Number of versions of the story.';
COMMENT ON COLUMN fact_lineage.is_latest IS 'True when the article is the story''s latest version (its facts are in story_facts and fact_series).';
COMMENT ON COLUMN fact_lineage.delivery_item_ref IS 'Where the item sat in its payload, for the article''s first non-duplicate delivery.';
COMMENT ON COLUMN fact_lineage.delivery_disposition IS 'What became of that delivery (deliveries.disposition): loaded, duplicate, ...';
COMMENT ON COLUMN fact_lineage.delivery_night IS 'The night that received that delivery.';
COMMENT ON COLUMN fact_lineage.delivery_count IS 'Deliveries of the article, exact duplicates included (join deliveries on article_id for all of them).';
COMMENT ON COLUMN fact_lineage.raw_hash IS 'SHA-256 of the raw payload the article was read from (raw_files.raw_hash).';
COMMENT ON COLUMN fact_lineage.source IS 'Configured source that fetched the payload.';
COMMENT ON COLUMN fact_lineage.source_uri IS 'Where the payload came from (file:// URI or URL).';
COMMENT ON COLUMN fact_lineage.raw_path IS 'Where the unchanged bytes are in the lake (lake/raw/<aa>/<sha256>).';
COMMENT ON COLUMN fact_lineage.size_bytes IS 'Size of the payload in bytes.';
COMMENT ON COLUMN fact_lineage.fetched_at IS 'When the payload was fetched (UTC).';
COMMENT ON COLUMN fact_lineage.ingest_date IS 'The night that loaded the fact.';
COMMENT ON COLUMN fact_lineage.run_id IS 'The latest successful run of that night: the one whose load the row comes from (runs.run_id); NULL if the night has no successful run recorded.';
COMMENT ON COLUMN fact_lineage.flow_run_id IS 'Prefect flow run id of that run, to find its logs.';
COMMENT ON COLUMN fact_lineage.run_started_at IS 'When that run started (UTC).';
COMMENT ON COLUMN fact_lineage.extractor_version IS 'Version of the extractor that produced the fact (facts.extractor_version).';
COMMENT ON COLUMN fact_lineage.run_extractor_version IS 'Version of the extractor the loading run used (runs.extractor_version).';
COMMENT ON COLUMN fact_lineage.snapshot_id IS 'Id of the lake snapshot the fact was loaded from; NULL until lake snapshots are recorded.';

------------------------------------------------------------------------------------------------
-- quarantine_summary, replaced: group by the kind of reason, keep an example.
CREATE OR REPLACE VIEW quarantine_summary AS
WITH kinds AS (
    SELECT
        ingest_date,
        stage,
        reason,
        item_ref,
        trim(
            regexp_replace(
                regexp_replace(
                    regexp_replace(
                        regexp_replace(
                            regexp_replace(
                                regexp_replace(
                                    regexp_replace(reason, '[A-Za-z][A-Za-z0-9+.-]*://\S+', '<uri>', 'g'),
                                    '(^|\s)/\S+', '\1<path>', 'g'
                                ),
                                '(^|[\s(=:<\[])''[^'']*''', '\1''…''', 'g'
                            ),
                            '"[^"]*"', '"…"', 'g'
                        ),
                        '\b[0-9a-fA-F]{12,}\b', '<id>', 'g'
                    ),
                    '(^|[^\w-])\d+(?:[.,]\d+)*', '\1<n>', 'g'
                ),
                '\s+', ' ', 'g'
            )
        ) AS reason_kind
    FROM quarantine
)
SELECT
    ingest_date,
    stage,
    reason_kind,
    count(*) AS row_count,
    min(reason) AS example_reason,
    arg_min(item_ref, reason) AS example_item_ref,
    regexp_extract(reason_kind, '^(.*?)(: | \(|$)', 1) AS reason_prefix
FROM kinds
GROUP BY ingest_date, stage, reason_kind;

COMMENT ON VIEW quarantine_summary IS 'Quarantined rows per night, stage and kind of reason (the reason with its numbers, ids, URIs and quoted values stripped), with a count and one example: what went wrong and how often, at a glance. Rows are unordered; add ORDER BY.';
COMMENT ON COLUMN quarantine_summary.ingest_date IS 'The night (quarantine.ingest_date).';
COMMENT ON COLUMN quarantine_summary.stage IS 'Stage that refused the rows: fetch, read, limit or validate.';
COMMENT ON COLUMN quarantine_summary.reason_kind IS 'The reason with its details replaced: numbers by <n>, hashes by <id>, URIs by <uri>, paths by <path>, quoted values by ''…'' ("Reuters record NEWID=<n> has no body"). Rule names stay, so each failed expectation is its own kind.';
COMMENT ON COLUMN quarantine_summary.row_count IS 'Number of quarantine rows of this kind that night.';
COMMENT ON COLUMN quarantine_summary.example_reason IS 'One full reason of the group, as written (the first in sort order).';
COMMENT ON COLUMN quarantine_summary.example_item_ref IS 'The item (quarantine.item_ref) of that example, to find it in its payload.';
COMMENT ON COLUMN quarantine_summary.reason_prefix IS 'reason_kind up to its first ": " or " (" (e.g. "payload looks binary", "fact failed expectation(s)"): a coarser grouping, kept for queries written before reason_kind.';
COMMENT ON COLUMN quarantine.reason IS 'Why, in a sentence; names the failed expectation(s) for stage validate. quarantine_summary groups reasons by kind (reason_kind).';
