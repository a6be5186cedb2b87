-- 0009: one row per story link, and the comments that say what plain-text stories and vetoed links are.
--
-- Re-running a night used to store again a link another night had stored (nights A, B, A: B links its
-- article to A's, and A's re-run finds the pair too). warehouse/stories.py now stores a pair once; this
-- removes the copies already stored, keeping the row of the earliest night that found the pair.

DELETE FROM story_links
WHERE rowid IN (
    SELECT rowid
    FROM (
        SELECT rowid,
               row_number() OVER (PARTITION BY article_id, linked_id ORDER BY ingest_date, evidence) AS copy
        FROM story_links
    )
    WHERE copy > 1
);

COMMENT ON TABLE story_links IS 'Evidence that two articles are one story, found when a night was loaded (one row per pair, strongest evidence, stored once by the first night that found it). Stories are the connected groups of these links: see article_stories. Some pairs are never linked whatever their text: different bracketed tickers or company names in the headlines, a templated headline with different subjects, different story-level agency ids, a templated report of another day (transforms/stories.py, conflict).';
COMMENT ON COLUMN story_links.evidence IS 'agency_id (same agency item id, whatever the text), same_text (same normalised body), similar (near duplicate: Jaccard or containment of shingles >= 0.8) or follow_up (same agency and dateline city within 24 hours, containment >= 0.5: an update that rewrote its lead).';
COMMENT ON COLUMN articles.format IS 'Layout the reader found: afp_text (plain text with a ''City (AGENCY) -'' dateline: AFP, AP, Reuters), plain_text (plain news text of any publisher), ninjs, newsml_g2 or reuters_sgml.';
COMMENT ON COLUMN articles.date_source IS 'Where pub_date came from: content (a date in the text: a date line, ''Published:'', a dated dateline), metadata (a date field of the format), file (the file''s modification time, as the source recorded it) or run_date (none found: the night''s date).';
