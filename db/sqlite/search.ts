/**
 * Search on SQLite: FTS5 tables kept by triggers (migration 0001): `candidate_search` (name,
 * headline, skills; unicode61 words) and `request_search` (name, company, email; trigrams).
 */
import { or, type SQL, sql } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db } from "../index";
import { containsPattern } from "../like";
import { candidateProfiles, contactRequests } from "../schema";
import type { Matches } from "../search";

/**
 * `id IN (the full-text matches)`, to count and to find a page. Counting visits every match anyway,
 * one lookup each. A page of a few hundred matches is found the same way; but a common word matches
 * tens of thousands, and fetching and sorting them all costs more than the page: then the unary plus
 * keeps SQLite from using the id, so it walks the list in its own order, checks each row against the
 * matches and stops once the page is full.
 */
async function ftsMatches(id: SQLiteColumn, table: "request_search" | "candidate_search", match: string) {
  const fts = sql.identifier(table);
  const ids = sql`(SELECT rowid FROM ${fts} WHERE ${fts} MATCH ${match})`;
  const [counted] = await db.all<{ n: number }>(sql`SELECT count(*) AS n FROM ${fts} WHERE ${fts} MATCH ${match}`);
  return {
    count: sql`${id} IN ${ids}`,
    page: (counted?.n ?? 0) > 2_000 ? sql`+${id} IN ${ids}` : sql`${id} IN ${ids}`,
  };
}

export async function requestsContaining(text: string): Promise<Matches> {
  // Two letters are too few for the trigram index: those searches read every row, with LIKE.
  if (text.length < 3) {
    const like = or(
      ...[contactRequests.name, contactRequests.company, contactRequests.emailNormalized].map(
        (column) => sql`${column} LIKE ${containsPattern(text)} ESCAPE '\\'`,
      ),
    ) as SQL;
    return { count: like, page: like };
  }
  return ftsMatches(contactRequests.id, "request_search", `"${text.replaceAll('"', '""')}"`);
}

export async function candidatesMatching(words: string[], skillWords: string[]): Promise<Matches | undefined> {
  // Each word a quoted prefix term, all required; the skill a phrase limited to the skills column.
  const terms = [
    words.length > 0 ? words.map((word) => `"${word}"*`).join(" ") : undefined,
    skillWords.length > 0 ? `skills : "${skillWords.join(" ")}"` : undefined,
  ].filter(Boolean);
  return terms.length > 0 ? ftsMatches(candidateProfiles.userId, "candidate_search", terms.join(" AND ")) : undefined;
}

export const hasSkill = (skill: string) =>
  sql`EXISTS (SELECT 1 FROM json_each(${candidateProfiles.skills}) WHERE lower(json_each.value) = ${skill.toLowerCase()})`;

export const companySortKey = sql`${contactRequests.company} COLLATE NOCASE`;

/**
 * Full-text indexes keep deleted words in old segments until they are merged: merge them now
 * (measured on 100,000 candidates: 35 ms; on 200,000 requests: 0.3 s, so only when requests changed).
 */
export async function compactSearchIndexes(
  tx: { run(query: SQL): unknown },
  which: { candidates?: boolean; requests?: boolean },
) {
  if (which.candidates) await tx.run(sql`INSERT INTO candidate_search (candidate_search) VALUES ('optimize')`);
  if (which.requests) await tx.run(sql`INSERT INTO request_search (request_search) VALUES ('optimize')`);
}
