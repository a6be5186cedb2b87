-- 0003: the warehouse as a product for SQL analysts.
-- Comments on every table and column of 0001 + 0002 (so DESCRIBE, duckdb_columns() and
-- duckdb_tables() explain them), three analyst views and two table macros.
--
-- Rules that keep these objects harmless for the loader and for later migrations:
-- * Views and macros only read. DuckDB does not record dependencies from a view to its tables, so
--   the loader's DELETE + INSERT (and UPDATE) and later ALTER TABLE ... ADD COLUMN still work.
-- * Every view lists its columns explicitly (no SELECT *): DuckDB refuses to read a view whose
--   result types changed since it was created, so a view over `*` would break when a later
--   migration adds a column.
-- * Macros look up their tables in the default database: open the warehouse file directly (or
--   `USE` it after ATTACH) before calling them.
-- `story_facts` (latest version of each story) and `fact_changes` come with the story-versions
-- migration; they are deliberately absent here.

------------------------------------------------------------------------------------------------
-- schema_version
COMMENT ON TABLE schema_version IS 'One row per schema migration applied to this file, in order. The highest version is the schema the file is at; migrations run automatically when the pipeline opens the file for writing.';
COMMENT ON COLUMN schema_version.version IS 'Migration number (the NNNN of warehouse/migrations/NNNN_name.sql).';
COMMENT ON COLUMN schema_version.name IS 'File name of the migration, e.g. 0003_analyst_views.sql.';
COMMENT ON COLUMN schema_version.applied_at IS 'When the migration was applied to this file (UTC).';

------------------------------------------------------------------------------------------------
-- articles
COMMENT ON TABLE articles IS 'One row per distinct story text: exact duplicates (same headline and body) are collapsed into one article; every delivery, duplicates included, is in deliveries. Join facts on article_id.';
COMMENT ON COLUMN articles.article_id IS 'Id of the article: the first 32 hex characters of content_hash, so the same text always gets the same id. Join key for facts.article_id and deliveries.article_id.';
COMMENT ON COLUMN articles.content_hash IS 'SHA-256 (hex) of the normalised headline and body; equal for exact duplicates.';
COMMENT ON COLUMN articles.raw_hash IS 'SHA-256 (hex) of the raw payload the article was read from; join raw_files.raw_hash for the file and where it landed.';
COMMENT ON COLUMN articles.source IS 'Name of the configured source that fetched it (e.g. sample), or the drop-folder name for an ad-hoc folder.';
COMMENT ON COLUMN articles.source_uri IS 'Where the payload came from (file:// URI for a drop folder, URL for an HTTP feed).';
COMMENT ON COLUMN articles.format IS 'Wire format the reader detected: afp_text, ninjs, newsml_g2 or reuters_sgml.';
COMMENT ON COLUMN articles.item_ref IS 'Where the item sits inside its payload (index, guid or file URI); NULL when the payload holds one item with no reference.';
COMMENT ON COLUMN articles.agency_id IS 'The agency''s own id of the item (NewsML-G2 guid, ninjs uri, Reuters NEWID); NULL for formats without one.';
COMMENT ON COLUMN articles.agency_version IS 'The agency''s own version number of the item; NULL when the format has none.';
COMMENT ON COLUMN articles.pub_status IS 'IPTC publication status: usable, withheld or canceled (withheld and canceled are kill notices).';
COMMENT ON COLUMN articles.headline IS 'Normalised headline (NFC, straight quotes, single spaces); NULL when the format has none.';
COMMENT ON COLUMN articles.dateline_city IS 'City of the dateline (Beirut in "Beirut (AFP) - "); NULL when absent.';
COMMENT ON COLUMN articles.agency IS 'Agency named in the dateline or metadata (e.g. AFP); NULL when absent.';
COMMENT ON COLUMN articles.language IS 'BCP-47 language tag when the format states one (e.g. en); NULL otherwise.';
COMMENT ON COLUMN articles.byline IS 'Author line when the format states one; NULL otherwise.';
COMMENT ON COLUMN articles.published_at IS 'Publication time found in the content or metadata (UTC); NULL when the story has none.';
COMMENT ON COLUMN articles.pub_date IS 'Publication date used for analysis: the date of published_at, or the night''s date (ingest_date) when the story has none; date_source says which.';
COMMENT ON COLUMN articles.date_source IS 'Where pub_date came from: content (a date in the text), metadata (a date field of the format) or run_date (none found: the night''s date).';
COMMENT ON COLUMN articles.body IS 'Normalised body text, paragraphs separated by a blank line (two newlines), boilerplate removed. facts.start/end are character offsets into this text.';
COMMENT ON COLUMN articles.subheads IS 'Subhead texts in order (they also appear as their own paragraphs inside body); empty list when none.';
COMMENT ON COLUMN articles.paragraph_count IS 'Number of paragraphs kept in body.';
COMMENT ON COLUMN articles.word_count IS 'Number of whitespace-separated words in body.';
COMMENT ON COLUMN articles.boilerplate_removed IS 'Number of boilerplate paragraphs (contact lines, copyright, "more to follow") removed from the body.';
COMMENT ON COLUMN articles.ingest_date IS 'The night (logical run date) that loaded the row; re-running that night replaces exactly its rows.';

------------------------------------------------------------------------------------------------
-- deliveries
COMMENT ON TABLE deliveries IS 'One row per story as delivered, duplicates included, so nothing fetched is lost. Join articles on article_id (the article the delivery is, or repeats) and raw_files on raw_hash.';
COMMENT ON COLUMN deliveries.raw_hash IS 'SHA-256 (hex) of the payload the story came in; join raw_files.raw_hash.';
COMMENT ON COLUMN deliveries.item_ref IS 'Where the item sits inside its payload (index, guid or file URI).';
COMMENT ON COLUMN deliveries.source IS 'Name of the configured source that fetched the payload.';
COMMENT ON COLUMN deliveries.source_uri IS 'Where the payload came from (file:// URI or URL).';
COMMENT ON COLUMN deliveries.content_hash IS 'SHA-256 (hex) of the normalised headline and body; equal for exact duplicates.';
COMMENT ON COLUMN deliveries.article_id IS 'The article this delivery is, or repeats when is_duplicate; join articles.article_id.';
COMMENT ON COLUMN deliveries.is_duplicate IS 'True when the same text was already delivered (earlier in the night or on an earlier night); its facts are counted once, under article_id.';
COMMENT ON COLUMN deliveries.ingest_date IS 'The night (logical run date) that loaded the row.';

------------------------------------------------------------------------------------------------
-- facts
COMMENT ON TABLE facts IS 'One row per numeric fact found in an article body (a count, percent, amount of money, measurement). Join articles on article_id; substr(articles.body, start + 1, "end" - start) is exactly surface.';
COMMENT ON COLUMN facts.fact_id IS 'Stable id of the fact: hash of article_id and the character span, so the same span keeps its id across re-runs.';
COMMENT ON COLUMN facts.article_id IS 'The article the fact is in; join articles.article_id.';
COMMENT ON COLUMN facts.pub_date IS 'The article''s pub_date, copied here so facts can be filtered by day without a join.';
COMMENT ON COLUMN facts.sentence_index IS 'Index of the sentence in the article body, from 0.';
COMMENT ON COLUMN facts.sentence IS 'The full sentence the fact was found in, as it reads in articles.body.';
COMMENT ON COLUMN facts."start" IS 'Character offset of the fact''s first character in articles.body (0-based; SQL substr is 1-based, so use start + 1). Quote it as "start" in SQL.';
COMMENT ON COLUMN facts."end" IS 'Character offset one past the fact''s last character in articles.body (0-based, exclusive); "end" - start is the length of surface. Quote it as "end" in SQL.';
COMMENT ON COLUMN facts.surface IS 'The exact text of the mention, e.g. around 2,500 or 12.5 percent.';
COMMENT ON COLUMN facts.value IS 'The number as stated, in unit (2.5 for "2.5 km", 1800000 for "1.8 million euros"); NULL for a range or a vague quantity ("between 20 and 30 percent", "dozens"), whose low and high give the bounds.';
COMMENT ON COLUMN facts.low IS 'Lower bound in unit: equal to value for exact and approximate numbers (no invented margin), 200 for "more than 200" or "at least 200", the lower end of a range or vague quantity; NULL when unbounded below (less_than, at_most).';
COMMENT ON COLUMN facts.high IS 'Upper bound in unit: equal to value for exact and approximate numbers, 90 for "up to 90" or "less than 90", the upper end of a range or vague quantity; NULL when unbounded above (more_than, at_least).';
COMMENT ON COLUMN facts.qualifier IS 'How the text hedges the number: exact, approximate, at_least, at_most, more_than, less_than, range or vague.';
COMMENT ON COLUMN facts.change IS 'Direction when the number is a change: up ("rose 5.2 percent") or down; NULL when it is not a change.';
COMMENT ON COLUMN facts.unit IS 'Normalised unit name (percent, kilometre, USD, barrels per day); NULL for a bare count.';
COMMENT ON COLUMN facts.kind IS 'What the number measures: count, percent, money, length, area, mass, volume, duration, speed, temperature, energy, power or other.';
COMMENT ON COLUMN facts.si_value IS 'value converted to the SI unit in si_unit (2.5 kilometre gives 2500 metre); NULL for counts, percents, money and units without an SI conversion.';
COMMENT ON COLUMN facts.si_unit IS 'The SI unit of si_value (metre, square metre, kilogram, second, kelvin, metre per second); NULL when si_value is NULL.';
COMMENT ON COLUMN facts.subject IS 'The noun phrase the number counts or measures (IS jihadists, the city); NULL when none was found.';
COMMENT ON COLUMN facts.linked_fact_id IS 'fact_id of the fact this one restates, e.g. the bracketed conversion in "12,500 hectares (30,900 acres)"; the link goes both ways. NULL when none.';
COMMENT ON COLUMN facts.extractor_version IS 'Version of the fact extractor that produced the row; compare nights only across the same version.';
COMMENT ON COLUMN facts.ingest_date IS 'The night (logical run date) that loaded the row.';

------------------------------------------------------------------------------------------------
-- quarantine
COMMENT ON TABLE quarantine IS 'One row per thing that could not be loaded (an unreadable payload, an item without a body, a row failing a validation rule), with the stage and a readable reason. Rows keep the run that first found them.';
COMMENT ON COLUMN quarantine.quarantine_id IS 'Deterministic id (hash of night, source, stage, reason and references), so re-running a night keeps the same row instead of adding a copy.';
COMMENT ON COLUMN quarantine.ingest_date IS 'The night (logical run date) whose input it was.';
COMMENT ON COLUMN quarantine.run_id IS 'The run that first quarantined it; join runs.run_id.';
COMMENT ON COLUMN quarantine.source IS 'Name of the configured source it came from.';
COMMENT ON COLUMN quarantine.stage IS 'Pipeline stage that refused it: fetch, read or validate.';
COMMENT ON COLUMN quarantine.reason IS 'Why, in a sentence; names the failed expectation(s) for stage validate. quarantine_summary groups by its start.';
COMMENT ON COLUMN quarantine.raw_ref IS 'SHA-256 of the raw payload in the lake''s raw zone when it was landed (join raw_files.raw_hash); NULL when refused before landing.';
COMMENT ON COLUMN quarantine.item_ref IS 'The item inside the payload (index, guid or file URI), when known.';
COMMENT ON COLUMN quarantine.record_id IS 'The article_id or fact_id refused, for rows refused after parsing (stage validate); NULL otherwise.';

------------------------------------------------------------------------------------------------
-- raw_files
COMMENT ON TABLE raw_files IS 'The manifest of the raw landing zone: one row per payload fetched and landed unchanged under its SHA-256. A payload another night already landed is not fetched again.';
COMMENT ON COLUMN raw_files.raw_hash IS 'SHA-256 (hex) of the payload bytes; join articles.raw_hash, deliveries.raw_hash, quarantine.raw_ref.';
COMMENT ON COLUMN raw_files.source IS 'Name of the configured source that fetched it.';
COMMENT ON COLUMN raw_files.source_uri IS 'Where the payload came from (file:// URI or URL).';
COMMENT ON COLUMN raw_files.raw_path IS 'Path of the unchanged bytes in the lake (lake/raw/<first two hex>/<sha256>).';
COMMENT ON COLUMN raw_files.size_bytes IS 'Size of the payload in bytes.';
COMMENT ON COLUMN raw_files.fetched_at IS 'When the payload was fetched (UTC).';
COMMENT ON COLUMN raw_files.ingest_date IS 'The night (logical run date) that fetched it.';
COMMENT ON COLUMN raw_files.http_status IS 'HTTP status code of the response for HTTP sources; NULL for drop folders.';
COMMENT ON COLUMN raw_files.http_headers IS 'Response headers as a JSON object for HTTP sources; NULL for drop folders.';

------------------------------------------------------------------------------------------------
-- runs
COMMENT ON TABLE runs IS 'One row per run of the nightly pipeline, loaded or refused; re-running a night adds a row. See the run_history view for durations.';
COMMENT ON COLUMN runs.run_id IS 'Id of the run (32 hex characters); quarantine.run_id points here.';
COMMENT ON COLUMN runs.flow_run_id IS 'Id of the Prefect flow run, to find its logs in the Prefect UI; NULL outside Prefect.';
COMMENT ON COLUMN runs.ingest_date IS 'The night (logical run date) the run processed.';
COMMENT ON COLUMN runs.source IS 'Name of the source the run ingested.';
COMMENT ON COLUMN runs.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN runs.finished_at IS 'When the run finished validating, just before it wrote the lake and loaded the warehouse (UTC).';
COMMENT ON COLUMN runs.status IS 'success (the night was loaded) or rejected (validation failed above the limit: only quarantine rows and this row were written).';
COMMENT ON COLUMN runs.fetched IS 'Payloads the source offered this run (new or not).';
COMMENT ON COLUMN runs.new_payloads IS 'Payloads landed this run (not ingested by an earlier night).';
COMMENT ON COLUMN runs.articles_read IS 'Articles the readers found in the new payloads.';
COMMENT ON COLUMN runs.duplicates IS 'Deliveries that repeated an article already seen (same night or earlier).';
COMMENT ON COLUMN runs.quarantined IS 'Quarantine rows the run produced (fetch, read and validate stages together).';
COMMENT ON COLUMN runs.articles_loaded IS 'Articles loaded into the warehouse (0 when rejected).';
COMMENT ON COLUMN runs.facts_loaded IS 'Facts loaded into the warehouse (0 when rejected).';
COMMENT ON COLUMN runs.stage_seconds IS 'Wall-clock seconds per pipeline stage, as a map: fetch, parse, dedupe, extract, validate, write-lake (e.g. stage_seconds[''validate'']).';
COMMENT ON COLUMN runs.extractor_version IS 'Version of the fact extractor the run used.';
COMMENT ON COLUMN runs.error IS 'Why the night was refused (failed expectations with row counts); NULL for a successful run.';

------------------------------------------------------------------------------------------------
-- source_cursors
COMMENT ON TABLE source_cursors IS 'One row per HTTP source: its watermark (how far it has been read), advanced only in the transaction that loads a night. Drop folders have no row.';
COMMENT ON COLUMN source_cursors.source IS 'Name of the configured source.';
COMMENT ON COLUMN source_cursors.cursor IS 'The source''s watermark as of its last committed load (e.g. the since= value for the next request).';
COMMENT ON COLUMN source_cursors.ingest_date IS 'The night whose load stored this watermark.';
COMMENT ON COLUMN source_cursors.updated_at IS 'When the watermark was stored (UTC).';

------------------------------------------------------------------------------------------------
-- Views
CREATE VIEW facts_by_day AS
SELECT
    pub_date,
    kind,
    unit,
    si_unit,
    count(*) AS fact_count,
    count(DISTINCT article_id) AS article_count,
    sum(value) AS value_sum,
    avg(value) AS value_avg,
    sum(si_value) AS si_value_sum,
    avg(si_value) AS si_value_avg
FROM facts
GROUP BY pub_date, kind, unit, si_unit;

COMMENT ON VIEW facts_by_day IS 'Facts per publication day, kind and unit: how many, in how many articles, and the sum and average of value and si_value. Rows are unordered; add ORDER BY.';
COMMENT ON COLUMN facts_by_day.pub_date IS 'Publication date of the articles (facts.pub_date).';
COMMENT ON COLUMN facts_by_day.kind IS 'What the numbers measure (facts.kind).';
COMMENT ON COLUMN facts_by_day.unit IS 'Normalised unit (facts.unit); NULL for bare counts.';
COMMENT ON COLUMN facts_by_day.si_unit IS 'SI unit of the si_value columns (fixed by unit); NULL when the unit has no SI conversion.';
COMMENT ON COLUMN facts_by_day.fact_count IS 'Number of facts.';
COMMENT ON COLUMN facts_by_day.article_count IS 'Number of distinct articles the facts are in.';
COMMENT ON COLUMN facts_by_day.value_sum IS 'Sum of value, in unit (NULL values, i.e. vague quantities, are skipped). Adding up counts of different subjects rarely means anything; filter on subject first when it matters.';
COMMENT ON COLUMN facts_by_day.value_avg IS 'Average of value, in unit, over facts with a value.';
COMMENT ON COLUMN facts_by_day.si_value_sum IS 'Sum of si_value, in si_unit; NULL when no fact has one.';
COMMENT ON COLUMN facts_by_day.si_value_avg IS 'Average of si_value, in si_unit; NULL when no fact has one.';

CREATE VIEW quarantine_summary AS
SELECT
    ingest_date,
    stage,
    regexp_extract(reason, '^(.*?)(: | \(|$)', 1) AS reason_prefix,
    count(*) AS row_count
FROM quarantine
GROUP BY ingest_date, stage, reason_prefix;

COMMENT ON VIEW quarantine_summary IS 'Quarantined rows per night, stage and kind of reason, to see at a glance what went wrong and how often. Rows are unordered; add ORDER BY.';
COMMENT ON COLUMN quarantine_summary.ingest_date IS 'The night (quarantine.ingest_date).';
COMMENT ON COLUMN quarantine_summary.stage IS 'Stage that refused the rows: fetch, read or validate.';
COMMENT ON COLUMN quarantine_summary.reason_prefix IS 'The reason up to its first ": " or " (" (e.g. "payload looks binary", "fact failed expectation(s)"), so reasons that differ only in details group together.';
COMMENT ON COLUMN quarantine_summary.row_count IS 'Number of quarantine rows.';

CREATE VIEW run_history AS
SELECT
    run_id,
    ingest_date,
    source,
    status,
    started_at,
    finished_at,
    round(epoch(finished_at - started_at), 3) AS duration_seconds,
    fetched,
    new_payloads,
    articles_read,
    duplicates,
    quarantined,
    articles_loaded,
    facts_loaded,
    stage_seconds,
    extractor_version,
    error,
    flow_run_id
FROM runs
ORDER BY started_at DESC, run_id;

COMMENT ON VIEW run_history IS 'Every run, newest first, with its duration, status, counts and seconds per stage.';
COMMENT ON COLUMN run_history.run_id IS 'Id of the run (runs.run_id).';
COMMENT ON COLUMN run_history.ingest_date IS 'The night the run processed.';
COMMENT ON COLUMN run_history.source IS 'Name of the source the run ingested.';
COMMENT ON COLUMN run_history.status IS 'success (loaded) or rejected (refused by validation).';
COMMENT ON COLUMN run_history.started_at IS 'When the run started (UTC).';
COMMENT ON COLUMN run_history.finished_at IS 'When the run finished validating, just before it wrote the lake and loaded the warehouse (UTC).';
COMMENT ON COLUMN run_history.duration_seconds IS 'finished_at - started_at in seconds (3 decimals).';
COMMENT ON COLUMN run_history.fetched IS 'Payloads the source offered.';
COMMENT ON COLUMN run_history.new_payloads IS 'Payloads landed (not ingested before).';
COMMENT ON COLUMN run_history.articles_read IS 'Articles the readers found.';
COMMENT ON COLUMN run_history.duplicates IS 'Deliveries that repeated an article already seen.';
COMMENT ON COLUMN run_history.quarantined IS 'Quarantine rows produced.';
COMMENT ON COLUMN run_history.articles_loaded IS 'Articles loaded (0 when rejected).';
COMMENT ON COLUMN run_history.facts_loaded IS 'Facts loaded (0 when rejected).';
COMMENT ON COLUMN run_history.stage_seconds IS 'Seconds per stage, as a map (stage_seconds[''extract'']).';
COMMENT ON COLUMN run_history.extractor_version IS 'Version of the fact extractor used.';
COMMENT ON COLUMN run_history.error IS 'Why the night was refused; NULL on success.';
COMMENT ON COLUMN run_history.flow_run_id IS 'Prefect flow run id, to find the logs.';

------------------------------------------------------------------------------------------------
-- Macros. Arguments are values, never SQL: a pattern or kind is compared, not pasted into a query.
CREATE MACRO facts_about(subject_pattern) AS TABLE
SELECT
    f.fact_id,
    f.article_id,
    f.pub_date,
    a.headline,
    f.subject,
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
    f.sentence
FROM facts AS f
JOIN articles AS a ON a.article_id = f.article_id
WHERE f.subject ILIKE subject_pattern
ORDER BY f.pub_date, f.article_id, f."start";

COMMENT ON MACRO TABLE facts_about IS 'facts_about(subject_pattern): facts whose subject matches an ILIKE pattern (case-insensitive; % is any text, _ one character), with the article headline and pub_date, ordered by day, article and position. Example: SELECT * FROM facts_about(''%jihadist%'').';

CREATE MACRO facts_of_kind(kind, date_from, date_to) AS TABLE
SELECT
    f.fact_id,
    f.article_id,
    f.pub_date,
    a.headline,
    f.subject,
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
    f.sentence
FROM facts AS f
JOIN articles AS a ON a.article_id = f.article_id
WHERE f.kind = kind
  AND (date_from IS NULL OR f.pub_date >= CAST(date_from AS DATE))
  AND (date_to IS NULL OR f.pub_date <= CAST(date_to AS DATE))
ORDER BY f.pub_date, f.article_id, f."start";

COMMENT ON MACRO TABLE facts_of_kind IS 'facts_of_kind(kind, date_from, date_to): facts of one kind (count, percent, money, length, ...) published from date_from to date_to inclusive (dates or ''YYYY-MM-DD'' text; NULL leaves that end open), with the article headline. Example: SELECT * FROM facts_of_kind(''percent'', ''2026-11-21'', ''2026-11-23'').';
