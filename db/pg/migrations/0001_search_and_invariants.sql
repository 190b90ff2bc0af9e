-- Hand-written PostgreSQL pieces that db/pg/schema.ts cannot express, and what each stands for in SQLite:
--
-- 1. Extensions btree_gist and pg_trgm: no SQLite counterpart. btree_gist lets a GiST index compare
--    plain integers (expert_id WITH =); pg_trgm gives the trigram operator classes. Both are "trusted"
--    extensions: the database owner can create them without being a superuser.
-- 2. bookings_no_overlap (EXCLUDE constraint): SQLite has only the partial unique index
--    bookings_active_slot_unique (one confirmed call per expert and *start time*, in 0000_init, kept in
--    the schema here too); the wider rule "no two confirmed calls of one expert overlap" lives there only
--    in db/queries/bookings.ts (the slot is re-checked inside an IMMEDIATE transaction). Here the
--    database enforces it (rows copied from SQLite must satisfy it). The buffer between calls stays the
--    application's rule.
-- 3. search_vector(), candidate_profiles_search_idx and users_name_search_idx: the FTS5 table
--    candidate_search and its four triggers (migration 0001_admin_work: name from users, headline and
--    skills from candidate_profiles, rowid = users.id). An index cannot span two tables, so there are two
--    expression indexes, and no triggers: PostgreSQL keeps an expression index up to date itself.
--    search_vector() splits words at punctuation like FTS5's unicode61 tokenizer ("Node.js" is "node" and
--    "js"; PostgreSQL's own parser would keep "node.js", "3.12" or "ana@x.io" as one word), and indexes
--    skills as their JSON text, as the FTS5 trigger does (its RETURN body needs PostgreSQL 14). A query uses an index only when it repeats the
--    indexed expression exactly:
--      search_vector("users"."name")                                      @@ to_tsquery('simple', 'word:*')
--      setweight(search_vector("candidate_profiles"."headline"), 'B')
--        || setweight(search_vector("candidate_profiles"."skills"::text), 'C') @@ to_tsquery('simple', 'word:*')
--    Every word of the search must match somewhere (FTS5's implicit AND across columns), so per word:
--    user_id IN (users matching the word) OR user_id IN (profiles matching the word). Skills carry
--    weight C, so `skills : "node js"` (ftsSkillPhrase) becomes to_tsquery('simple', 'node:C <-> js:C').
--    Accents are dropped on both sides (search_unaccent), as FTS5's remove_diacritics 2 does.
-- 4. contact_requests_{name,company,email}_trgm_idx: the FTS5 table request_search (tokenize = trigram,
--    columns name, company, email = email_normalized) and its three triggers (0001_admin_work). A query
--    uses them with ILIKE '%text%' (FTS5 trigram is case-insensitive) on each column, OR-ed together,
--    which PostgreSQL reads as a BitmapOr of the three indexes.

CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint

-- 2. No two confirmed calls of one expert overlap. Ranges are [starts_at, ends_at): back-to-back calls are fine.
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_no_overlap"
  EXCLUDE USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&)
  WHERE ("status" = 'confirmed');--> statement-breakpoint

-- 3. Candidate full-text search, word prefixes: to_tsquery('simple', 'ann:* & pyth:*').
--    Accents are dropped as FTS5's remove_diacritics 2 drops them ("José" is found by "jose"):
--    unaccent() is only STABLE (its dictionary could be swapped), so an index needs it pinned to the
--    public dictionary in an IMMUTABLE wrapper, search_unaccent().
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE FUNCTION "search_unaccent"(document text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, document);--> statement-breakpoint
CREATE FUNCTION "search_vector"(document text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN to_tsvector('simple'::regconfig, regexp_replace(search_unaccent(document), '[[:punct:]]+', ' ', 'g'));--> statement-breakpoint
CREATE INDEX "users_name_search_idx" ON "users" USING gin (search_vector("name"));--> statement-breakpoint
CREATE INDEX "candidate_profiles_search_idx" ON "candidate_profiles" USING gin ((
  setweight(search_vector("headline"), 'B') || setweight(search_vector("skills"::text), 'C')
));--> statement-breakpoint

-- 4. Request substring search ("acm" finds "Acme"): trigram indexes for ILIKE '%…%'.
CREATE INDEX "contact_requests_name_trgm_idx" ON "contact_requests" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_requests_company_trgm_idx" ON "contact_requests" USING gin ("company" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "contact_requests_email_trgm_idx" ON "contact_requests" USING gin ("email_normalized" gin_trgm_ops);
