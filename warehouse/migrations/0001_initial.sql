-- 0001: the core tables of the warehouse.
CREATE TABLE articles (
    article_id          VARCHAR NOT NULL,
    content_hash        VARCHAR NOT NULL,
    raw_hash            VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,
    source_uri          VARCHAR,
    format              VARCHAR NOT NULL,
    item_ref            VARCHAR,
    agency_id           VARCHAR,
    agency_version      BIGINT,
    pub_status          VARCHAR NOT NULL,
    headline            VARCHAR,
    dateline_city       VARCHAR,
    agency              VARCHAR,
    language            VARCHAR,
    byline              VARCHAR,
    published_at        TIMESTAMPTZ,
    pub_date            DATE NOT NULL,
    date_source         VARCHAR NOT NULL,
    body                VARCHAR NOT NULL,
    subheads            VARCHAR[],
    paragraph_count     INTEGER NOT NULL,
    word_count          INTEGER NOT NULL,
    boilerplate_removed INTEGER NOT NULL,
    ingest_date         DATE NOT NULL
);

CREATE TABLE deliveries (
    raw_hash     VARCHAR NOT NULL,
    item_ref     VARCHAR,
    source       VARCHAR NOT NULL,
    source_uri   VARCHAR,
    content_hash VARCHAR NOT NULL,
    article_id   VARCHAR NOT NULL,
    is_duplicate BOOLEAN NOT NULL,
    ingest_date  DATE NOT NULL
);

CREATE TABLE facts (
    fact_id           VARCHAR NOT NULL,
    article_id        VARCHAR NOT NULL,
    pub_date          DATE NOT NULL,
    sentence_index    INTEGER NOT NULL,
    sentence          VARCHAR NOT NULL,
    "start"           INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    surface           VARCHAR NOT NULL,
    value             DOUBLE,
    low               DOUBLE,
    high              DOUBLE,
    qualifier         VARCHAR NOT NULL,
    change            VARCHAR,
    unit              VARCHAR,
    kind              VARCHAR NOT NULL,
    si_value          DOUBLE,
    si_unit           VARCHAR,
    subject           VARCHAR,
    linked_fact_id    VARCHAR,
    extractor_version VARCHAR NOT NULL,
    ingest_date       DATE NOT NULL
);

CREATE TABLE quarantine (
    quarantine_id VARCHAR NOT NULL,
    ingest_date   DATE NOT NULL,
    run_id        VARCHAR NOT NULL,
    source        VARCHAR NOT NULL,
    stage         VARCHAR NOT NULL,
    reason        VARCHAR NOT NULL,
    raw_ref       VARCHAR,
    item_ref      VARCHAR,
    record_id     VARCHAR
);

CREATE TABLE raw_files (
    raw_hash    VARCHAR NOT NULL,
    source      VARCHAR NOT NULL,
    source_uri  VARCHAR NOT NULL,
    raw_path    VARCHAR NOT NULL,
    size_bytes  BIGINT NOT NULL,
    fetched_at  TIMESTAMPTZ NOT NULL,
    ingest_date DATE NOT NULL
);

CREATE TABLE runs (
    run_id            VARCHAR NOT NULL,
    flow_run_id       VARCHAR,
    ingest_date       DATE NOT NULL,
    source            VARCHAR NOT NULL,
    started_at        TIMESTAMPTZ NOT NULL,
    finished_at       TIMESTAMPTZ NOT NULL,
    status            VARCHAR NOT NULL,
    fetched           INTEGER NOT NULL,
    new_payloads      INTEGER NOT NULL,
    articles_read     INTEGER NOT NULL,
    duplicates        INTEGER NOT NULL,
    quarantined       INTEGER NOT NULL,
    articles_loaded   INTEGER NOT NULL,
    facts_loaded      INTEGER NOT NULL,
    stage_seconds     MAP(VARCHAR, DOUBLE),
    extractor_version VARCHAR NOT NULL,
    error             VARCHAR
);
