-- 0012: the warehouse is a DuckLake (issue 16). Every load is one snapshot; the run records it.
ALTER TABLE runs ADD COLUMN snapshot_id BIGINT;
COMMENT ON COLUMN runs.snapshot_id IS 'The DuckLake snapshot that committed this run''s load: query the warehouse as it was then with AT (VERSION => snapshot_id) or wirefacts sql --at-snapshot N. NULL for a run that loaded nothing yet (running, failed, crashed).';

-- One row every load updates inside its transaction. Two loads committing at once therefore always
-- conflict, and the loser runs again from the new snapshot: its in-transaction duplicate check then sees
-- the other night's articles (as when one process wrote at a time), while transforms stay parallel.
CREATE TABLE load_clock (loads BIGINT NOT NULL);
INSERT INTO load_clock VALUES (0);
COMMENT ON TABLE load_clock IS 'Internal: the count of loads committed. Every load updates it, so concurrent loads are serialised at commit (the loser is retried).';

COMMENT ON TABLE object_comments IS 'Comments DuckLake cannot attach to their object (the columns of views, and table macros), so DESCRIBE shows none for them: read them here. object_name is the view or macro, column_name the column (NULL for the object itself).';
COMMENT ON COLUMN object_comments.object_name IS 'The view or table macro described.';
COMMENT ON COLUMN object_comments.column_name IS 'The view column described; NULL when the comment is about the object itself (a macro).';
COMMENT ON COLUMN object_comments.comment IS 'The comment, as the migration wrote it.';
COMMENT ON COLUMN load_clock.loads IS 'Loads committed so far (every load adds one inside its transaction).';
