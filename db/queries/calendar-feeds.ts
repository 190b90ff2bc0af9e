import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { isUniqueViolation } from "../errors";
import { db, transaction } from "../index";
import { changedRows } from "../rows";
import { calendarFeeds, talentExperts, users } from "../schema";
import { assertRole, assertStaff, type SessionUser } from "./users";

/*
 * Private calendar feeds (webcal): one live link per Talent Expert (their discovery calls, managed by
 * staff) or per candidate (their own interviews). Only the token's SHA-256 is stored.
 */

export type FeedOwner = { expertId: number } | { candidateId: number };

/** Whose rows, once the caller may touch them: staff for an expert, a candidate for themselves only. */
function ownerColumn(actor: SessionUser, owner: FeedOwner) {
  if ("expertId" in owner) {
    assertStaff(actor);
    return eq(calendarFeeds.expertId, owner.expertId);
  }
  assertRole(actor, "candidate");
  if (owner.candidateId !== actor.id) throw new Error("a candidate manages only their own calendar feed");
  return eq(calendarFeeds.userId, owner.candidateId);
}

const live = isNull(calendarFeeds.revokedAt);

/** The live feed's dates, or null when there is none: the link itself cannot be shown again. */
export async function getCalendarFeed(actor: SessionUser, owner: FeedOwner) {
  const [feed] = await db
    .select({ createdAt: calendarFeeds.createdAt, lastUsedAt: calendarFeeds.lastUsedAt })
    .from(calendarFeeds)
    .where(and(ownerColumn(actor, owner), live))
    .limit(1);
  return feed ?? null;
}

/**
 * Makes `tokenHash` the owner's one live feed, revoking the one before (whose link stops at once).
 * Null when the expert does not exist; "busy" when another new link was made at the same moment
 * (PostgreSQL: the partial unique index refused the second).
 */
export async function replaceCalendarFeed(actor: SessionUser, owner: FeedOwner, tokenHash: string, now = new Date()) {
  const column = ownerColumn(actor, owner);
  try {
    return await transaction(async (tx) => {
      if ("expertId" in owner) {
        const [expert] = await tx
          .select({ id: talentExperts.id })
          .from(talentExperts)
          .where(eq(talentExperts.id, owner.expertId));
        if (!expert) return null;
      }
      const revoked = changedRows(await tx.update(calendarFeeds).set({ revokedAt: now }).where(and(column, live)));
      await tx.insert(calendarFeeds).values({
        ...("expertId" in owner ? { expertId: owner.expertId } : { userId: owner.candidateId }),
        tokenHash,
        createdAt: now,
      });
      return { replaced: revoked > 0 };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return "busy" as const;
    throw error;
  }
}

/** Turns the owner's feed off; false when none was live. */
export async function revokeCalendarFeed(actor: SessionUser, owner: FeedOwner, now = new Date()) {
  const column = ownerColumn(actor, owner);
  return transaction(
    async (tx) => changedRows(await tx.update(calendarFeeds).set({ revokedAt: now }).where(and(column, live))) > 0,
  );
}

/** A calendar app polls the feed every few minutes to an hour: its last use is written at most this often. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/**
 * Whose feed a link opens, with the name the calendar is called by: null for an unknown or revoked
 * token, and for a candidate whose account is erased or disabled. Notes the use.
 */
export async function openCalendarFeed(
  tokenHash: string,
  now = new Date(),
): Promise<(FeedOwner & { name: string }) | null> {
  const [feed] = await db
    .select({
      id: calendarFeeds.id,
      expertId: calendarFeeds.expertId,
      expertName: talentExperts.name,
      candidateId: users.id,
      candidateName: users.name,
    })
    .from(calendarFeeds)
    .leftJoin(talentExperts, eq(talentExperts.id, calendarFeeds.expertId))
    .leftJoin(
      users,
      and(
        eq(users.id, calendarFeeds.userId),
        eq(users.role, "candidate"),
        eq(users.active, true),
        isNull(users.anonymizedAt),
      ),
    )
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), live))
    .limit(1);
  if (!feed) return null;
  const owner: (FeedOwner & { name: string }) | null =
    feed.expertId !== null && feed.expertName !== null
      ? { expertId: feed.expertId, name: feed.expertName }
      : feed.candidateId !== null && feed.candidateName !== null
        ? { candidateId: feed.candidateId, name: feed.candidateName }
        : null;
  if (!owner) return null;
  await transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(calendarFeeds.id, feed.id),
          or(isNull(calendarFeeds.lastUsedAt), lt(calendarFeeds.lastUsedAt, new Date(now.getTime() - TOUCH_EVERY_MS))),
        ),
      );
  });
  return owner;
}
