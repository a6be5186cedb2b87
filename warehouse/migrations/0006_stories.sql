-- 0006: stories, their versions, the facts of each story's latest version and what changed between versions.
--
-- Stored (owned by a night, replaced when the night is loaded again):
-- * article_bands: LSH band hashes of each article (warehouse/band_index.py), so a story updated tomorrow
--   finds today's story by a join on band hash instead of reading history;
-- * story_links: the evidence, found when a night was loaded, that two articles are one story.
-- Derived (views, so they are a function of every night's rows whatever the order nights were loaded or
-- re-run in): article_stories -> article_versions -> stories, story_facts, story_version_pairs ->
-- fact_contexts, fact_matches -> fact_changes.
-- As in 0003, views list their columns (no SELECT *) and only read.

CREATE TABLE IF NOT EXISTS article_bands (
    article_id VARCHAR NOT NULL,
    band SMALLINT NOT NULL,
    band_hash UBIGINT NOT NULL,
    night DATE NOT NULL
);

CREATE TABLE story_links (
    article_id  VARCHAR NOT NULL,
    linked_id   VARCHAR NOT NULL,
    evidence    VARCHAR NOT NULL,
    jaccard     DOUBLE,
    containment DOUBLE,
    ingest_date DATE NOT NULL
);

COMMENT ON TABLE article_bands IS 'LSH band hashes of each article''s body (MinHash over 4-word shingles): two articles sharing a (band, band_hash) are near-duplicate candidates. Used by the pipeline to find the earlier stories a new article may update; rarely useful to analysts.';
COMMENT ON COLUMN article_bands.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_bands.band IS 'Band number (0 to bands-1).';
COMMENT ON COLUMN article_bands.band_hash IS 'Hash of the band''s rows of the MinHash signature.';
COMMENT ON COLUMN article_bands.night IS 'The night (ingest_date) that loaded the article; re-running the night replaces its rows.';

COMMENT ON TABLE story_links IS 'Evidence that two articles are one story, found when a night was loaded (one row per pair, strongest evidence). Stories are the connected groups of these links: see article_stories.';
COMMENT ON COLUMN story_links.article_id IS 'One article of the pair (the smaller id).';
COMMENT ON COLUMN story_links.linked_id IS 'The other article of the pair (the larger id).';
COMMENT ON COLUMN story_links.evidence IS 'agency_id (same agency item id, whatever the text), same_text (same normalised body), similar (near duplicate: Jaccard or containment of shingles >= 0.8) or follow_up (same agency and dateline city within 24 hours, containment >= 0.5: an update that rewrote its lead).';
COMMENT ON COLUMN story_links.jaccard IS 'Jaccard similarity of the two bodies'' 4-word shingle sets, for similar and follow_up links; NULL otherwise.';
COMMENT ON COLUMN story_links.containment IS 'Share of the shorter body''s shingles found in the longer one, for similar and follow_up links; NULL otherwise.';
COMMENT ON COLUMN story_links.ingest_date IS 'The night that found the link; re-running the night replaces its links.';

------------------------------------------------------------------------------------------------
-- article_stories: connected components of story_links, named after the story's first article.
CREATE VIEW article_stories AS
WITH RECURSIVE
    links AS (
        SELECT l.article_id AS a, l.linked_id AS b
        FROM story_links AS l
        WHERE l.article_id IN (SELECT article_id FROM articles)
          AND l.linked_id IN (SELECT article_id FROM articles)
    ),
    edges AS (
        SELECT a, b FROM links
        UNION
        SELECT b, a FROM links
    ),
    reach(article_id, member) AS (
        SELECT a, a FROM edges
        UNION
        SELECT r.article_id, e.b FROM reach AS r JOIN edges AS e ON e.a = r.member
    ),
    firsts AS (
        SELECT r.article_id, min({'night': m.ingest_date, 'id': m.article_id}) AS first_article
        FROM reach AS r
        JOIN articles AS m ON m.article_id = r.member
        GROUP BY r.article_id
    )
SELECT
    a.article_id,
    coalesce(f.first_article.id, a.article_id) AS story_id,
    coalesce(f.first_article.night, a.ingest_date) AS story_night
FROM articles AS a
LEFT JOIN firsts AS f ON f.article_id = a.article_id;

COMMENT ON VIEW article_stories IS 'The story of every article: articles joined by story_links, directly or through others, are one story. Computed from all nights'' links, so it does not depend on the order nights were loaded in.';
COMMENT ON COLUMN article_stories.article_id IS 'The article (articles.article_id).';
COMMENT ON COLUMN article_stories.story_id IS 'Id of the story: the article_id of its first article (earliest night, then smallest id). An article alone is its own story.';
COMMENT ON COLUMN article_stories.story_night IS 'The night (ingest_date) of the story''s first article.';

------------------------------------------------------------------------------------------------
-- article_versions: articles with their story, version number and latest flag.
CREATE VIEW article_versions AS
SELECT
    a.article_id,
    s.story_id,
    row_number() OVER story_order AS version,
    count(*) OVER (PARTITION BY s.story_id) AS version_count,
    row_number() OVER story_order = count(*) OVER (PARTITION BY s.story_id) AS is_latest,
    a.headline,
    a.pub_status,
    a.agency,
    a.agency_id,
    a.agency_version,
    a.source,
    a.source_uri,
    a.published_at,
    a.pub_date,
    a.ingest_date
FROM articles AS a
JOIN article_stories AS s ON s.article_id = a.article_id
WINDOW story_order AS (
    PARTITION BY s.story_id
    ORDER BY a.agency_version NULLS LAST, a.published_at NULLS LAST, a.ingest_date, a.article_id
);

COMMENT ON VIEW article_versions IS 'Every article with its story, its version number within the story and whether it is the latest. Exact duplicates are not versions (they are deliveries of one article).';
COMMENT ON COLUMN article_versions.article_id IS 'The article (articles.article_id); join facts.article_id.';
COMMENT ON COLUMN article_versions.story_id IS 'Its story (article_stories.story_id).';
COMMENT ON COLUMN article_versions.version IS 'Order within the story, from 1: by agency version, then publication time, then night, then article_id. Versions without an agency version come after those with one.';
COMMENT ON COLUMN article_versions.version_count IS 'Number of versions of the story.';
COMMENT ON COLUMN article_versions.is_latest IS 'True for the story''s latest version (version = version_count).';
COMMENT ON COLUMN article_versions.headline IS 'Headline of this version.';
COMMENT ON COLUMN article_versions.pub_status IS 'usable, or withheld / canceled when a kill notice covers this version.';
COMMENT ON COLUMN article_versions.agency IS 'Agency named in the dateline or metadata (e.g. AFP).';
COMMENT ON COLUMN article_versions.agency_id IS 'The agency''s own item id; equal ids are always one story.';
COMMENT ON COLUMN article_versions.agency_version IS 'The agency''s version number; NULL when the format has none.';
COMMENT ON COLUMN article_versions.source IS 'Configured source that fetched it.';
COMMENT ON COLUMN article_versions.source_uri IS 'Where the payload came from.';
COMMENT ON COLUMN article_versions.published_at IS 'Publication time (UTC) when known.';
COMMENT ON COLUMN article_versions.pub_date IS 'Publication date.';
COMMENT ON COLUMN article_versions.ingest_date IS 'The night that loaded this version.';

------------------------------------------------------------------------------------------------
-- stories: one row per story.
CREATE VIEW stories AS
WITH delivered AS (
    SELECT s.story_id, list(DISTINCT d.source ORDER BY d.source) AS sources, count(*) AS delivery_count
    FROM deliveries AS d
    JOIN article_stories AS s ON s.article_id = d.article_id
    GROUP BY s.story_id
)
SELECT
    v.story_id,
    any_value(v.headline) FILTER (WHERE v.is_latest) AS headline,
    any_value(v.article_id) FILTER (WHERE v.is_latest) AS latest_article_id,
    any_value(v.pub_status) FILTER (WHERE v.is_latest) AS latest_pub_status,
    count(*) AS version_count,
    min(v.published_at) AS first_published_at,
    max(v.published_at) AS last_published_at,
    min(v.ingest_date) AS first_night,
    max(v.ingest_date) AS last_night,
    coalesce(list(DISTINCT v.agency ORDER BY v.agency) FILTER (WHERE v.agency IS NOT NULL), []) AS agencies,
    coalesce(any_value(d.sources), []) AS sources,
    coalesce(any_value(d.delivery_count), 0) AS delivery_count
FROM article_versions AS v
LEFT JOIN delivered AS d ON d.story_id = v.story_id
GROUP BY v.story_id;

COMMENT ON VIEW stories IS 'One row per story: its latest headline, how many versions, when it was first and last seen, and who delivered it. Rows are unordered; add ORDER BY.';
COMMENT ON COLUMN stories.story_id IS 'Id of the story (article_versions.story_id).';
COMMENT ON COLUMN stories.headline IS 'Headline of the latest version.';
COMMENT ON COLUMN stories.latest_article_id IS 'article_id of the latest version.';
COMMENT ON COLUMN stories.latest_pub_status IS 'pub_status of the latest version: usable, or withheld / canceled when the story was killed (its facts are then absent from story_facts).';
COMMENT ON COLUMN stories.version_count IS 'Number of versions (distinct texts) of the story.';
COMMENT ON COLUMN stories.first_published_at IS 'Earliest publication time among its versions; NULL when none has one.';
COMMENT ON COLUMN stories.last_published_at IS 'Latest publication time among its versions.';
COMMENT ON COLUMN stories.first_night IS 'First night (ingest_date) that loaded a version.';
COMMENT ON COLUMN stories.last_night IS 'Last night that loaded a version.';
COMMENT ON COLUMN stories.agencies IS 'Agencies named by its versions, sorted.';
COMMENT ON COLUMN stories.sources IS 'Configured sources that delivered any version, duplicates included, sorted.';
COMMENT ON COLUMN stories.delivery_count IS 'Deliveries of any of its versions, exact duplicates included.';

------------------------------------------------------------------------------------------------
-- story_facts: facts of each story's latest version, when that version is usable.
CREATE VIEW story_facts AS
SELECT
    v.story_id,
    v.version,
    f.fact_id,
    f.article_id,
    f.pub_date,
    f.sentence_index,
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
    f.subject
FROM article_versions AS v
JOIN facts AS f ON f.article_id = v.article_id
WHERE v.is_latest AND v.pub_status = 'usable';

COMMENT ON VIEW story_facts IS 'The facts of each story''s latest version only, so a figure re-sent or updated three times counts once. A story whose latest version is withheld or canceled has no rows.';
COMMENT ON COLUMN story_facts.story_id IS 'The story.';
COMMENT ON COLUMN story_facts.version IS 'The version the facts come from (the latest).';
COMMENT ON COLUMN story_facts.fact_id IS 'The fact (facts.fact_id).';
COMMENT ON COLUMN story_facts.article_id IS 'The latest version''s article.';
COMMENT ON COLUMN story_facts.pub_date IS 'Publication date of the article.';
COMMENT ON COLUMN story_facts.sentence_index IS 'Sentence number in the body, from 0.';
COMMENT ON COLUMN story_facts.sentence IS 'The sentence holding the fact.';
COMMENT ON COLUMN story_facts.surface IS 'The fact as written.';
COMMENT ON COLUMN story_facts.value IS 'Numeric value, in unit; NULL for vague quantities.';
COMMENT ON COLUMN story_facts.low IS 'Lower bound of a range.';
COMMENT ON COLUMN story_facts.high IS 'Upper bound of a range.';
COMMENT ON COLUMN story_facts.qualifier IS 'exact, approximate, at_least, more_than, ... (facts.qualifier).';
COMMENT ON COLUMN story_facts.change IS 'Direction when the number is a change (facts.change).';
COMMENT ON COLUMN story_facts.unit IS 'Normalised unit; NULL for bare counts.';
COMMENT ON COLUMN story_facts.kind IS 'What the number measures (count, percent, money, length, ...).';
COMMENT ON COLUMN story_facts.si_value IS 'Value in si_unit.';
COMMENT ON COLUMN story_facts.si_unit IS 'SI unit of si_value.';
COMMENT ON COLUMN story_facts.subject IS 'What is counted or measured, as written.';

------------------------------------------------------------------------------------------------
-- story_version_pairs: each usable version next to the usable version before it.
CREATE VIEW story_version_pairs AS
SELECT story_id, old_article_id, old_version, new_article_id, new_version
FROM (
    SELECT
        story_id,
        lag(article_id) OVER by_version AS old_article_id,
        lag(version) OVER by_version AS old_version,
        article_id AS new_article_id,
        version AS new_version
    FROM article_versions
    WHERE pub_status = 'usable'
    WINDOW by_version AS (PARTITION BY story_id ORDER BY version)
)
WHERE old_article_id IS NOT NULL;

COMMENT ON VIEW story_version_pairs IS 'Consecutive usable versions of each story (a withheld or canceled version is skipped): the pairs fact_changes compares.';
COMMENT ON COLUMN story_version_pairs.story_id IS 'The story.';
COMMENT ON COLUMN story_version_pairs.old_article_id IS 'The earlier version''s article.';
COMMENT ON COLUMN story_version_pairs.old_version IS 'The earlier version''s number.';
COMMENT ON COLUMN story_version_pairs.new_article_id IS 'The later version''s article.';
COMMENT ON COLUMN story_version_pairs.new_version IS 'The later version''s number.';

------------------------------------------------------------------------------------------------
-- fact_contexts: the words around each fact, to tell apart facts of the same subject and kind.
CREATE VIEW fact_contexts AS
SELECT
    f.fact_id,
    regexp_extract_all(lower(substr(a.body, greatest(1, f."start" - 59), least(f."start", 60))), '\p{L}+')[-3:]
        AS words_before,
    regexp_extract_all(lower(substr(a.body, f."end" + 1, 60)), '\p{L}+')[:3] AS words_after
FROM facts AS f
JOIN articles AS a ON a.article_id = f.article_id;

COMMENT ON VIEW fact_contexts IS 'The three words before and after each fact in its article (lower case, numbers left out), used to match facts between versions.';
COMMENT ON COLUMN fact_contexts.fact_id IS 'The fact (facts.fact_id).';
COMMENT ON COLUMN fact_contexts.words_before IS 'Up to three words just before the fact.';
COMMENT ON COLUMN fact_contexts.words_after IS 'Up to three words just after the fact.';

------------------------------------------------------------------------------------------------
-- fact_matches: which fact of a version is which fact of the version before.
CREATE VIEW fact_matches AS
WITH
    candidates AS (
        SELECT
            p.story_id,
            p.old_version,
            p.new_version,
            o.fact_id AS old_fact_id,
            n.fact_id AS new_fact_id,
            len(list_intersect(oc.words_before, nc.words_before))
                + len(list_intersect(oc.words_after, nc.words_after)) AS shared_words,
            abs(o.sentence_index - n.sentence_index) AS sentence_shift,
            o.subject IS NOT NULL AS has_subject
        FROM story_version_pairs AS p
        JOIN facts AS o ON o.article_id = p.old_article_id
        JOIN facts AS n ON n.article_id = p.new_article_id
        JOIN fact_contexts AS oc ON oc.fact_id = o.fact_id
        JOIN fact_contexts AS nc ON nc.fact_id = n.fact_id
        WHERE o.kind = n.kind
          AND o.unit IS NOT DISTINCT FROM n.unit
          AND (o.subject IS NOT DISTINCT FROM n.subject
               OR starts_with(o.subject || ' ', n.subject || ' ')
               OR starts_with(n.subject || ' ', o.subject || ' '))
    ),
    counted AS (
        SELECT
            *,
            count(*) OVER (PARTITION BY old_fact_id) AS old_options,
            count(*) OVER (PARTITION BY new_fact_id) AS new_options
        FROM candidates
    ),
    acceptable AS (
        SELECT *
        FROM counted
        WHERE shared_words >= 2 OR (old_options = 1 AND new_options = 1 AND has_subject)
    ),
    ranked AS (
        SELECT
            *,
            row_number() OVER (PARTITION BY old_fact_id ORDER BY shared_words DESC, sentence_shift, new_fact_id)
                AS old_rank,
            row_number() OVER (PARTITION BY new_fact_id ORDER BY shared_words DESC, sentence_shift, old_fact_id)
                AS new_rank
        FROM acceptable
    )
SELECT story_id, old_version, new_version, old_fact_id, new_fact_id, shared_words
FROM ranked
WHERE old_rank = 1 AND new_rank = 1;

COMMENT ON VIEW fact_matches IS 'Facts of consecutive versions that state the same thing: same kind, unit and subject (or one subject the start of the other). When the pair is the only candidate on both sides and has a subject it matches; otherwise the two must share at least two nearby words (fact_contexts) and be each other''s best match.';
COMMENT ON COLUMN fact_matches.story_id IS 'The story.';
COMMENT ON COLUMN fact_matches.old_version IS 'The earlier version.';
COMMENT ON COLUMN fact_matches.new_version IS 'The later version.';
COMMENT ON COLUMN fact_matches.old_fact_id IS 'The fact in the earlier version.';
COMMENT ON COLUMN fact_matches.new_fact_id IS 'The same fact in the later version.';
COMMENT ON COLUMN fact_matches.shared_words IS 'Nearby words the two have in common (0 to 6).';

------------------------------------------------------------------------------------------------
-- fact_changes: what changed between consecutive versions.
CREATE VIEW fact_changes AS
WITH
    changed AS (
        SELECT m.story_id, m.old_version, m.new_version, 'changed' AS change_type, m.old_fact_id, m.new_fact_id
        FROM fact_matches AS m
        JOIN facts AS o ON o.fact_id = m.old_fact_id
        JOIN facts AS n ON n.fact_id = m.new_fact_id
        WHERE o.value IS DISTINCT FROM n.value
           OR o.low IS DISTINCT FROM n.low
           OR o.high IS DISTINCT FROM n.high
           OR o.qualifier IS DISTINCT FROM n.qualifier
    ),
    removed AS (
        SELECT p.story_id, p.old_version, p.new_version, 'removed' AS change_type, o.fact_id, NULL
        FROM story_version_pairs AS p
        JOIN facts AS o ON o.article_id = p.old_article_id
        WHERE o.fact_id NOT IN (SELECT old_fact_id FROM fact_matches)
    ),
    added AS (
        SELECT p.story_id, p.old_version, p.new_version, 'added' AS change_type, NULL, n.fact_id
        FROM story_version_pairs AS p
        JOIN facts AS n ON n.article_id = p.new_article_id
        WHERE n.fact_id NOT IN (SELECT new_fact_id FROM fact_matches)
    ),
    all_changes(story_id, old_version, new_version, change_type, old_fact_id, new_fact_id) AS (
        SELECT * FROM changed
        UNION ALL
        SELECT * FROM removed
        UNION ALL
        SELECT * FROM added
    )
SELECT
    c.story_id,
    c.old_version,
    c.new_version,
    c.change_type,
    coalesce(n.kind, o.kind) AS kind,
    coalesce(n.subject, o.subject) AS subject,
    coalesce(n.unit, o.unit) AS unit,
    o.surface AS old_surface,
    n.surface AS new_surface,
    o.value AS old_value,
    n.value AS new_value,
    o.sentence AS old_sentence,
    n.sentence AS new_sentence,
    c.old_fact_id,
    c.new_fact_id
FROM all_changes AS c
LEFT JOIN facts AS o ON o.fact_id = c.old_fact_id
LEFT JOIN facts AS n ON n.fact_id = c.new_fact_id;

COMMENT ON VIEW fact_changes IS 'What changed between consecutive usable versions of a story: each fact added, removed, or changed (same fact, different value, bounds or qualifier). Unchanged facts are left out. Rows are unordered; ORDER BY story_id, new_version, change_type.';
COMMENT ON COLUMN fact_changes.story_id IS 'The story.';
COMMENT ON COLUMN fact_changes.old_version IS 'The earlier version compared.';
COMMENT ON COLUMN fact_changes.new_version IS 'The later version compared.';
COMMENT ON COLUMN fact_changes.change_type IS 'added (only in the later version), removed (only in the earlier one) or changed.';
COMMENT ON COLUMN fact_changes.kind IS 'What the number measures.';
COMMENT ON COLUMN fact_changes.subject IS 'What is counted or measured (the later version''s wording when both have one).';
COMMENT ON COLUMN fact_changes.unit IS 'Normalised unit; NULL for bare counts.';
COMMENT ON COLUMN fact_changes.old_surface IS 'The fact as written in the earlier version; NULL when added.';
COMMENT ON COLUMN fact_changes.new_surface IS 'The fact as written in the later version; NULL when removed.';
COMMENT ON COLUMN fact_changes.old_value IS 'Value in the earlier version; NULL when added or vague.';
COMMENT ON COLUMN fact_changes.new_value IS 'Value in the later version; NULL when removed or vague.';
COMMENT ON COLUMN fact_changes.old_sentence IS 'Sentence of the earlier version holding the fact; NULL when added.';
COMMENT ON COLUMN fact_changes.new_sentence IS 'Sentence of the later version holding the fact; NULL when removed.';
COMMENT ON COLUMN fact_changes.old_fact_id IS 'The fact in the earlier version (facts.fact_id); NULL when added.';
COMMENT ON COLUMN fact_changes.new_fact_id IS 'The fact in the later version; NULL when removed.';
