-- Next's cache invalidations, shared by every app instance on this database (server/shared-cache-handler.cjs):
-- one row per revalidated tag, with the times Next's tag manifest holds for it (milliseconds since the epoch).
-- Not part of db/pg/schema.ts: the app's queries never read it, only the cache handler does.
CREATE TABLE "next_cache_tags" (
  "tag" text PRIMARY KEY,
  "stale" double precision,
  "expired" double precision,
  "updated_at" timestamp (3) with time zone NOT NULL DEFAULT now()
);--> statement-breakpoint
CREATE INDEX "next_cache_tags_updated_idx" ON "next_cache_tags" ("updated_at");
