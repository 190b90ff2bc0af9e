/**
 * What the dashboard's queries (db/queries/admin/*, one file per entity) share: paging, export size
 * and which accounts count as live candidates. Searching differs per engine: db/search.ts.
 */
import "server-only";
import { and, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { candidateProfiles, users } from "../../schema";
import { STAFF_ROLES } from "../users";

export const PAGE_SIZE = 25;

/** Accounts that can work requests: staff whose account is not deactivated. */
export const activeStaff = and(inArray(users.role, [...STAFF_ROLES]), eq(users.active, true));

export const EXPORT_LIMIT = 50_000;

export const candidateBase = and(eq(users.role, "candidate"), isNull(users.anonymizedAt));

/**
 * `candidateBase` for a query that reads profiles: the same rows (every profile has its user, by
 * foreign key), written as "not one of the few staff or erased accounts" so that counting 100,000
 * profiles does not look each one's user up; users_not_candidate_idx holds exactly those few.
 */
export const liveProfile = sql`${candidateProfiles.userId} NOT IN (SELECT id FROM users WHERE role <> 'candidate' OR anonymized_at IS NOT NULL)`;

/** Another candidate account whose address reaches the same inbox (see domain/email-identity.ts). */
/** Only proven addresses count: registering someone else's address (unconfirmed) flags nobody. */
export const possibleDuplicate = sql<number>`(${users.emailVerifiedAt} IS NOT NULL AND EXISTS (SELECT 1 FROM users AS twin WHERE twin.email_canonical = ${users.emailCanonical} AND twin.id <> ${users.id} AND twin.role = 'candidate' AND twin.anonymized_at IS NULL AND twin.email_verified_at IS NOT NULL))`;

export const candidateOrder = [desc(candidateProfiles.submittedAt), desc(candidateProfiles.userId)];
