-- Full-text search (BM25, DuckDB's fts extension) over fact sentences and article texts.
-- DuckLake cannot store fts indexes, so this builds them for the current session only, in the session's
-- own in-memory database, from the snapshot the session reads. In the duckdb shell, after
--     ATTACH 'ducklake:sqlite:var/wirefacts.sqlite' AS wh (READ_ONLY); USE wh;
-- type `.read warehouse/search.sql`; `wirefacts sql` does it for you when the query calls search_*.
-- Then: SELECT * FROM search_facts('raqa fighters'); SELECT * FROM search_articles('wall kilometre');
CREATE OR REPLACE TABLE memory.main.fact_text AS SELECT fact_id, sentence FROM wh.main.facts;
PRAGMA create_fts_index('memory.main.fact_text', 'fact_id', 'sentence', overwrite = 1);
CREATE OR REPLACE TABLE memory.main.article_text AS
SELECT article_id, concat_ws(' ', headline, body) AS text FROM wh.main.articles;
PRAGMA create_fts_index('memory.main.article_text', 'article_id', 'text', overwrite = 1);
CREATE OR REPLACE TEMP MACRO search_facts(query_text) AS TABLE
SELECT s.score, f.fact_id, f.article_id, f.pub_date, f.surface, f.value, f.unit, f.subject, f.sentence
FROM (
    SELECT fact_id, memory.fts_main_fact_text.match_bm25(fact_id, query_text) AS score
    FROM memory.main.fact_text
) AS s
JOIN wh.main.facts AS f USING (fact_id)
WHERE s.score IS NOT NULL
ORDER BY s.score DESC, f.fact_id;
CREATE OR REPLACE TEMP MACRO search_articles(query_text) AS TABLE
SELECT s.score, a.article_id, a.pub_date, a.headline, a.dateline_city
FROM (
    SELECT article_id, memory.fts_main_article_text.match_bm25(article_id, query_text) AS score
    FROM memory.main.article_text
) AS s
JOIN wh.main.articles AS a USING (article_id)
WHERE s.score IS NOT NULL
ORDER BY s.score DESC, a.article_id;
