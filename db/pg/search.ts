/**
 * Search on PostgreSQL, over the indexes of migrations 0001, 0003 and 0004: word prefixes through
 * GIN indexes on `search_vector()` of users.name and on the profile's stored search document; request
 * substrings through pg_trgm indexes read by ILIKE. A query uses an index only when it repeats the
 * indexed expression exactly, so those expressions are written once, here.
 */
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import { countUpTo } from "../count";
import { db } from "../index";
import { containsPattern } from "../like";
import { candidateProfiles, candidateSkills, contactRequests, users } from "../schema";
import type { Filter, Matches } from "../search";

const nameVector = sql`search_vector(${users.name})`;
/** The headline's and skills' words, kept by PostgreSQL in a generated column (migration 0004). */
const profileVector = sql`${candidateProfiles}.search_document`;
/** Query words lose their accents as the indexed words did ("josé" finds "José" and "Jose"). */
const tsquery = (query: string) => sql`to_tsquery('simple', search_unaccent(${query}))`;

export async function requestsContaining(text: string): Promise<Matches> {
  const pattern = containsPattern(text);
  const like = or(
    ...[contactRequests.name, contactRequests.company, contactRequests.emailNormalized].map(
      (column) => sql`${column} ILIKE ${pattern}`,
    ),
  ) as SQL;
  return { page: like, countUpTo: (where, limit) => countUpTo(contactRequests, and(like, where), limit) };
}

/**
 * Every word must match somewhere (the name, or the headline or skills), as a prefix. The names'
 * matches become an array of ids first, so both halves are index lookups on candidate_profiles that
 * PostgreSQL ORs into one bitmap; written as `user_id IN (SELECT …) OR …`, it reads every profile.
 * A skill filter's words are not needed here (SQLite narrows with them): hasSkill reads candidate_skills.
 */
export async function candidatesMatching(words: string[], _skillWords: string[] = []): Promise<Matches | undefined> {
  const wordMatches = words.map((word) => {
    const prefix = tsquery(`${word}:*`);
    return sql`(${candidateProfiles.userId} = ANY(ARRAY(SELECT ${users.id} FROM ${users} WHERE ${nameVector} @@ ${prefix})) OR ${profileVector} @@ ${prefix})`;
  });
  const all = and(...wordMatches);
  return all
    ? { page: all, countUpTo: (where, limit) => countUpTo(candidateProfiles, and(all, where), limit) }
    : undefined;
}

/** Over candidate_skills, whose statistics let the planner choose between its index and the list's order. */
export async function hasSkill(skill: string, listed = false): Promise<Filter> {
  const holders = and(
    eq(candidateSkills.skill, skill.toLowerCase()),
    listed ? eq(candidateSkills.listed, true) : undefined,
  );
  const condition = sql`${candidateProfiles.userId} IN ${db.select({ id: candidateSkills.userId }).from(candidateSkills).where(holders)}`;
  return { count: condition, page: condition };
}

export const companySortKey = sql`lower(${contactRequests.company})`;

/** GIN indexes are updated in place (autovacuum tidies them): nothing to merge. */
export async function compactSearchIndexes(_tx: unknown, _which: { candidates?: boolean; requests?: boolean }) {}
