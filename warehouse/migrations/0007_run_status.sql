-- 0007: runs that did not finish are recorded too. A run writes a 'running' row when it starts
-- (finished_at NULL until it ends); the load replaces it with the final row; a run that fails
-- records 'failed' with its error; a run killed mid-way is marked 'crashed' by the next start.
ALTER TABLE runs ALTER COLUMN finished_at DROP NOT NULL;
COMMENT ON TABLE runs IS 'One row per run of a night: running, then success, rejected, failed or crashed; re-running a night adds a row. See the run_history view for durations.';
COMMENT ON COLUMN runs.finished_at IS 'When the run ended (UTC): just before it wrote the lake and loaded, or when it failed; NULL while running, or for a run that crashed.';
COMMENT ON COLUMN runs.status IS 'running (in progress, or killed before the next start noticed), success (the night was loaded), rejected (validation failed above the limit: only quarantine rows and this row were written), failed (the run raised, or the source yielded no article; error says why), crashed (the process died mid-run: found by the next start).';
COMMENT ON COLUMN runs.error IS 'Why the night was refused, failed or crashed; NULL for a successful run.';
COMMENT ON COLUMN run_history.status IS 'running, success, rejected, failed or crashed (see runs.status).';
