/**
 * Search on PostgreSQL, over the indexes of migration 0001_search_and_invariants: word prefixes
 * through `search_vector()` GIN indexes on users.name and on the profile's headline and skills; request
 * substrings through pg_trgm indexes read by ILIKE. A query uses an index only when it repeats the
 * indexed expression exactly, so those expressions are written once, here.
 */
import { and, or, type SQL, sql } from "drizzle-orm";
import { containsPattern } from "../like";
import { candidateProfiles, contactRequests, users } from "../schema";
import type { Matches } from "../search";

const nameVector = sql`search_vector(${users.name})`;
const profileVector = sql`(setweight(search_vector(${candidateProfiles.headline}), 'B') || setweight(search_vector(${candidateProfiles.skills}::text), 'C'))`;
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

export async function candidatesMatching(words: string[], skillWords: string[]): Promise<Matches | undefined> {
  // Every word must match somewhere (the name, or the headline or skills), as a prefix.
  const wordMatches = words.map((word) => {
    const prefix = tsquery(`${word}:*`);
    return sql`(${candidateProfiles.userId} IN (SELECT ${users.id} FROM ${users} WHERE ${nameVector} @@ ${prefix}) OR ${profileVector} @@ ${prefix})`;
  });
  // The skill's words as a phrase within the skills (weight C).
  const skillMatch =
    skillWords.length > 0
      ? sql`${profileVector} @@ ${tsquery(skillWords.map((word) => `${word}:C`).join(" <-> "))}`
      : undefined;
  const all = and(...wordMatches, skillMatch);
  return all ? { count: all, page: all } : undefined;
}

export const hasSkill = (skill: string) =>
  sql`EXISTS (SELECT 1 FROM jsonb_array_elements_text(${candidateProfiles.skills}) AS skill WHERE lower(skill) = ${skill.toLowerCase()})`;

export const companySortKey = sql`lower(${contactRequests.company})`;

/** GIN indexes are updated in place (autovacuum tidies them): nothing to merge. */
export async function compactSearchIndexes(_tx: unknown, _which: { candidates?: boolean; requests?: boolean }) {}
