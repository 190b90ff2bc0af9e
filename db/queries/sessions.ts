import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, gt, ne } from "drizzle-orm";
import { hashManageToken } from "@/domain/manage-token";
import { db, transaction } from "../index";
import { changedRows } from "../rows";
import { sessions, users } from "../schema";
import type { SessionUser } from "./users";

/** How stale `last_seen_at` may get before a request refreshes it: one write per device every few minutes, not per request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** The signed-in account behind a live session, plus the session's key (the id's hash, never the id). */
export type LiveSession = SessionUser & { sessionKey: string };

/** Starts a session for a device: returns the random id that goes into the (encrypted) session token. */
export async function startSession(
  userId: number,
  device: string,
  maxAgeMs: number,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const idHash = hashManageToken(id);
  await transaction(async (tx) => {
    await tx.insert(sessions).values({
      idHash,
      userId,
      device: device.slice(0, 60),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + maxAgeMs),
    });
    await tx.update(users).set({ lastActiveAt: now, retentionNoticeAt: null }).where(eq(users.id, userId));
  });
  return id;
}

/**
 * The account of a session id when the session still exists, has not expired and its account is active;
 * null otherwise. Nothing in the token can bring a deleted row back.
 */
export async function resumeSession(id: string, now = new Date()): Promise<LiveSession | null> {
  const idHash = hashManageToken(id);
  const [row] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row || !row.active) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await transaction(async (tx) => {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
      await tx.update(users).set({ lastActiveAt: now, retentionNoticeAt: null }).where(eq(users.id, row.id));
    });
  }
  return { id: row.id, name: row.name, email: row.email, role: row.role, sessionKey: idHash };
}

/** Ends the session with this id (signing out). */
export async function endSession(id: string) {
  const idHash = hashManageToken(id);
  await transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, idHash));
  });
}

/** The account's devices, newest activity first. */
export async function listSessions(userId: number) {
  return db
    .select({
      key: sessions.idHash,
      device: sessions.device,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of the account's own sessions by its key; another account's key matches nothing. */
export async function endSessionByKey(userId: number, key: string): Promise<boolean> {
  const result = await transaction(async (tx) =>
    tx.delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.idHash, key))),
  );
  return changedRows(result) > 0;
}

/** Ends every session of the account but the one with `keepKey` (password change, "sign out other devices"). */
export async function endOtherSessions(userId: number, keepKey: string | null) {
  const mine = eq(sessions.userId, userId);
  const result = await transaction(async (tx) =>
    tx.delete(sessions).where(keepKey ? and(mine, ne(sessions.idHash, keepKey)) : mine),
  );
  return changedRows(result);
}
