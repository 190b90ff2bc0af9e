/**
 * What searching looks like on the engine DATABASE_URL chose: the same functions, written per
 * engine in db/sqlite/search.ts (FTS5) and db/pg/search.ts (tsvector and trigram indexes).
 */
import type { SQL } from "drizzle-orm";
import { engine } from "./engine";
import * as postgres from "./pg/search";
import * as sqlite from "./sqlite/search";

/**
 * A search as the lists use it: the condition a page is found with, and how many rows match it and
 * `where` as well, counted no further than `limit` (the engine may count from its search index first).
 */
export type Matches = { page: SQL; countUpTo: (where: SQL | undefined, limit: number) => Promise<number> };

/** A filter as two conditions with the same rows: one to count with, one to find a page with (they may differ for speed). */
export type Filter = { count: SQL; page: SQL };

const chosen = engine === "postgres" ? postgres : sqlite;

export const {
  /** Requests whose name, company or email contains the text, ignoring case. */
  requestsContaining,
  /** Candidates with every word (as a prefix) in their name, headline or skills (and a skill filter's words among their skills). */
  candidatesMatching,
  /** The profile lists exactly this skill (ignoring case): "Go", not "Google Cloud"; `listed`: and is in the directory. */
  hasSkill,
  /** The company name as it sorts A–Z, ignoring case. */
  companySortKey,
  /** After an erasure: let the search indexes forget the erased words. */
  compactSearchIndexes,
} = chosen;
