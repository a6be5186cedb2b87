-- 0012: the warehouse is a DuckLake (issue 16). Every load is one snapshot; the run records it.
ALTER TABLE runs ADD COLUMN snapshot_id BIGINT;
COMMENT ON COLUMN runs.snapshot_id IS 'The DuckLake snapshot that committed this run''s load: query the warehouse as it was then with AT (VERSION => snapshot_id) or wirefacts sql --at-snapshot N. NULL for a run that loaded nothing yet (running, failed, crashed).';

-- One row every load updates inside its transaction. Two loads committing at once therefore always
-- conflict, and the loser runs again from the new snapshot: its in-transaction duplicate check then sees
-- the other night's articles (as when one process wrote at a time), while transforms stay parallel.
CREATE TABLE load_clock (loads BIGINT NOT NULL);
INSERT INTO load_clock VALUES (0);
COMMENT ON TABLE load_clock IS 'Internal: the count of loads committed. Every load updates it, so concurrent loads are serialised at commit (the loser is retried).';
