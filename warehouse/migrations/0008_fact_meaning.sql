-- Extractor 1.0: every fact says what it measures and what it is about.
-- subject_head is the grouping key (canonical singular head of subject), about the entity
-- the fact is about, place where it is located. Facts loaded by an older extractor keep
-- NULL in these columns until they are re-extracted (wirefacts backfill --reextract).
ALTER TABLE facts ADD COLUMN IF NOT EXISTS subject_head VARCHAR;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS about VARCHAR;
ALTER TABLE facts ADD COLUMN IF NOT EXISTS place VARCHAR;

COMMENT ON COLUMN facts.unit IS 'Canonical unit or currency, singular English name (percent, basis point, kilometre, US dollar, Canadian dollar, yen, pence, point, gigabyte); NULL only for a bare count, whose counted noun is in subject.';
COMMENT ON COLUMN facts.kind IS 'What the number measures, from a closed set: count, money, price, percent, rate, index_points, age, length, area, mass, volume, duration, speed, temperature, energy, power, data_size, frequency, ratio, other (docs/analysts.md defines each).';
COMMENT ON COLUMN facts.subject IS 'The noun phrase the number counts or measures, as written (IS jihadists, net income, the city); an earnings-table label written out (Net -> net income); NULL when the sentence names nothing measured.';
COMMENT ON COLUMN facts.subject_head IS 'Canonical head of subject: lower case, singular (jihadist, income, city; sales and earnings keep their form). The key to group and follow a measured thing by.';
COMMENT ON COLUMN facts.about IS 'The entity the fact is about, when the sentence or story names one: a company (from the headline ticker or the sentence), a market index, an organisation or a place (Raqa, Chemical Bank, Toronto Stock Exchange).';
COMMENT ON COLUMN facts.place IS 'Where the fact is located: a place named in its sentence, else the story''s dateline city; NULL when neither is known.';
