/**
 * Next's cache (as ./cache-handler.cjs keeps it), shared between app instances on one PostgreSQL
 * database (next.config.ts sets it when DATABASE_URL is postgres://…).
 *
 * Each instance keeps Next's own cache (memory and .next files): pages are rendered per instance.
 * What must be shared is *invalidation*: a content edit saved on instance A calls revalidatePath,
 * which Next records in the instance's tag manifest, and instance B must stop serving its copy on
 * its next request. So every revalidation is also written to the table next_cache_tags, and before
 * each cache read an instance copies the rows changed since its last read into its own manifest;
 * Next's checks then treat B's copy exactly as A's. One indexed query per cache read.
 */
const RenderStartCache = require("./cache-handler.cjs");
const { tagsManifest } = require("next/dist/server/lib/incremental-cache/tags-manifest.external");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2, connectionTimeoutMillis: 5_000 });
pool.on("error", (error) => console.error(`[cache] PostgreSQL connection lost: ${error.message}`));

/** Rows are re-read with this much overlap, so a revalidation committed late is still seen. */
const OVERLAP_MS = 60_000;
let pulledAt = 0;

async function pullRevalidations() {
  const { rows } = await pool.query(
    `SELECT tag, stale, expired, (extract(epoch FROM now()) * 1000)::float8 AS now
       FROM next_cache_tags WHERE updated_at > to_timestamp($1 / 1000.0)
     UNION ALL SELECT NULL, NULL, NULL, (extract(epoch FROM now()) * 1000)::float8`,
    [pulledAt - OVERLAP_MS],
  );
  for (const row of rows) {
    if (row.tag === null) pulledAt = row.now;
    else tagsManifest.set(row.tag, { stale: row.stale ?? undefined, expired: row.expired ?? undefined });
  }
}

async function publishRevalidations(tags) {
  const entries = tags.map((tag) => ({ tag, ...tagsManifest.get(tag) }));
  await pool.query(
    `INSERT INTO next_cache_tags (tag, stale, expired, updated_at)
       SELECT tag, stale, expired, now() FROM json_to_recordset($1::json) AS t(tag text, stale float8, expired float8)
     ON CONFLICT (tag) DO UPDATE SET stale = excluded.stale, expired = excluded.expired, updated_at = excluded.updated_at`,
    [JSON.stringify(entries)],
  );
  // An instance that has not read them for a week has only week-old pages, stale by their own revalidate time.
  await pool.query("DELETE FROM next_cache_tags WHERE updated_at < now() - interval '7 days'");
}

module.exports = class SharedInvalidationCache extends RenderStartCache {
  async get(...args) {
    try {
      await pullRevalidations();
    } catch (error) {
      // The database is down: pages come from this instance's cache as they are; /api/health says 503.
      console.error(`[cache] could not read revalidations: ${error.message}`);
    }
    return super.get(...args);
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = typeof tags === "string" ? [tags] : tags;
    if (list.length > 0) await publishRevalidations(list);
  }
};
