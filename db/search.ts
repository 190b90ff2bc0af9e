/**
 * What searching looks like on the engine DATABASE_URL chose: the same functions, written per
 * engine in db/sqlite/search.ts (FTS5) and db/pg/search.ts (tsvector and trigram indexes).
 */
import type { SQL } from "drizzle-orm";
import { engine } from "./engine";
import * as postgres from "./pg/search";
import * as sqlite from "./sqlite/search";

/** A search as conditions: one to count the matches, one to find a page of them (they may differ for speed). */
export type Matches = { count: SQL; page: SQL };

const chosen = engine === "postgres" ? postgres : sqlite;

export const {
  /** Requests whose name, company or email contains the text, ignoring case. */
  requestsContaining,
  /** Candidates with every word (as a prefix) in their name, headline or skills, and the skill's words as a phrase in their skills. */
  candidatesMatching,
  /** The profile lists exactly this skill (ignoring case): "Go", not "Google Cloud". */
  hasSkill,
  /** The company name as it sorts A–Z, ignoring case. */
  companySortKey,
  /** After an erasure: let the search indexes forget the erased words. */
  compactSearchIndexes,
} = chosen;
