import { sql } from "drizzle-orm";
import { db, transaction } from "../index";

const INSERT_TRIGGERS = ["candidate_search_insert", "request_search_insert"];

/**
 * Runs `load` (many rows written in large transactions) with the search indexes filled once at the
 * end instead of row by row through the insert triggers, which costs twice the CPU. The triggers
 * are put back from their own SQL afterwards. A load stopped half-way leaves the file without them:
 * start again from a fresh one.
 */
export async function bulkLoad(load: () => Promise<void>) {
  const triggers = await db.all<{ name: string; sql: string }>(
    sql`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ${INSERT_TRIGGERS}`,
  );
  if (triggers.length !== INSERT_TRIGGERS.length) throw new Error("expected the FTS insert triggers of migration 0001");
  await transaction(async (tx) => {
    for (const trigger of triggers) await tx.run(sql.raw(`DROP TRIGGER ${trigger.name}`));
  });
  await load();
  await transaction(async (tx) => {
    // The rows the triggers (and migration 0001's backfill) write; staff have no profile.
    await tx.run(sql`INSERT INTO candidate_search (rowid, name, headline, skills)
      SELECT users.id, users.name, candidate_profiles.headline, candidate_profiles.skills
      FROM candidate_profiles JOIN users ON users.id = candidate_profiles.user_id`);
    await tx.run(
      sql`INSERT INTO request_search (rowid, name, company, email) SELECT id, name, company, email_normalized FROM contact_requests`,
    );
    await tx.run(sql`INSERT INTO candidate_search (candidate_search) VALUES ('optimize')`);
    await tx.run(sql`INSERT INTO request_search (request_search) VALUES ('optimize')`);
    for (const trigger of triggers) await tx.run(sql.raw(trigger.sql));
  });
  // No ANALYZE: SQLite has no statistics unless someone runs it, and the queries must be fast without them.
}
