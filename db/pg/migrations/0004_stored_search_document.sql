-- Custom migration (drizzle-kit generate --custom): the candidate search document, stored.
--
-- 0001 indexed the expression setweight(search_vector(headline), 'B') || setweight(search_vector(skills), 'C').
-- Read through that index it is cheap, but a plan that checks it row by row (a page walked in the
-- list's order until 25 match) computed it for every row it passed: unaccent and a regexp per row,
-- half a second over 100,000 profiles. Stored as a generated column, the check is a lookup in the row.
-- The column is not in db/pg/schema.ts (SQLite keeps the same words in its FTS5 table, outside its
-- schema too): inserts never name it, and PostgreSQL keeps it up to date itself.
DROP INDEX "candidate_profiles_search_idx";--> statement-breakpoint
ALTER TABLE "candidate_profiles" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
  setweight(search_vector("headline"), 'B') || setweight(search_vector("skills"::text), 'C')
) STORED;--> statement-breakpoint
CREATE INDEX "candidate_profiles_search_idx" ON "candidate_profiles" USING gin ("search_document");
