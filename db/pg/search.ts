/**
 * Search on PostgreSQL, over the indexes of migrations 0001, 0003 and 0004: word prefixes through
 * GIN indexes on `search_vector()` of users.name and on the profile's stored search document; request
 * substrings through pg_trgm indexes read by ILIKE. A query uses an index only when it repeats the
 * indexed expression exactly, so those expressions are written once, here.
 */
import { and, or, type SQL, sql } from "drizzle-orm";
import { containsPattern } from "../like";
import { candidateProfiles, contactRequests, users } from "../schema";
import type { Matches } from "../search";

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
  return { count: like, page: like };
}

/**
 * Every word must match somewhere (the name, or the headline or skills), as a prefix. The names'
 * matches become an array of ids first, so both halves are index lookups on candidate_profiles that
 * PostgreSQL ORs into one bitmap; written as `user_id IN (SELECT …) OR …`, it reads every profile.
 *
 * The skill filter's words are not needed here: `hasSkill` below has an index of its own and is
 * exact, where SQLite narrows with the skill's words as a phrase first.
 */
export async function candidatesMatching(words: string[], _skillWords: string[]): Promise<Matches | undefined> {
  const wordMatches = words.map((word) => {
    const prefix = tsquery(`${word}:*`);
    return sql`(${candidateProfiles.userId} = ANY(ARRAY(SELECT ${users.id} FROM ${users} WHERE ${nameVector} @@ ${prefix})) OR ${profileVector} @@ ${prefix})`;
  });
  const all = and(...wordMatches);
  return all ? { count: all, page: all } : undefined;
}

/** Over candidate_profiles_skills_idx: the skills lower-cased, as JSON, contain the skill lower-cased. */
export const hasSkill = (skill: string) =>
  sql`(lower(${candidateProfiles.skills}::text)::jsonb) @> jsonb_build_array(${skill.toLowerCase()}::text)`;

export const companySortKey = sql`lower(${contactRequests.company})`;

/** GIN indexes are updated in place (autovacuum tidies them): nothing to merge. */
export async function compactSearchIndexes(_tx: unknown, _which: { candidates?: boolean; requests?: boolean }) {}
