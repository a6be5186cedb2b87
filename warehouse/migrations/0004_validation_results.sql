-- 0004: the result of every expectation of every run, so quality can be queried across nights.
CREATE TABLE validation_results (
    run_id           VARCHAR NOT NULL,
    ingest_date      DATE NOT NULL,
    suite            VARCHAR NOT NULL,
    rule             VARCHAR NOT NULL,
    expectation      VARCHAR NOT NULL,
    success          BOOLEAN NOT NULL,
    critical         BOOLEAN NOT NULL,
    element_count    BIGINT NOT NULL,
    unexpected_count BIGINT NOT NULL,
    observed_value   DOUBLE,
    docs_page        VARCHAR
);

COMMENT ON TABLE validation_results IS 'One row per Great Expectations rule per pipeline run, refused runs included: which rule held, on how many rows, and the Data Docs page that shows the failing values.';
COMMENT ON COLUMN validation_results.run_id IS 'The pipeline run that validated (joins runs.run_id).';
COMMENT ON COLUMN validation_results.ingest_date IS 'The night validated (the run''s logical date).';
COMMENT ON COLUMN validation_results.suite IS 'Expectation suite: articles, facts, join (facts against their articles) or night (night-level distributions).';
COMMENT ON COLUMN validation_results.rule IS 'Stable rule name, as in quarantine reasons (for example surface_equals_body_slice); unique within a suite.';
COMMENT ON COLUMN validation_results.expectation IS 'Great Expectations expectation class that checks the rule (for example ExpectColumnValuesToBeInSet).';
COMMENT ON COLUMN validation_results.success IS 'True when every row (or the night-level value) met the rule.';
COMMENT ON COLUMN validation_results.critical IS 'True when a failure refuses the whole night; false when failing rows are quarantined and the rest loads.';
COMMENT ON COLUMN validation_results.element_count IS 'Rows the rule looked at (1 for the night suite).';
COMMENT ON COLUMN validation_results.unexpected_count IS 'Rows that broke the rule (0 for night-level rules, which have no rows: see observed_value).';
COMMENT ON COLUMN validation_results.observed_value IS 'Measured value of a night-level rule (facts per 1,000 words for facts_per_1000_words_in_band); NULL for row rules.';
COMMENT ON COLUMN validation_results.docs_page IS 'Path of the Data Docs HTML page of this rule''s suite for this run, under <lake>/data_docs.';
