import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { type AccountlessAuthor, readLine, taggedLine } from "@/domain/activity-line";
import { type Db, db, transaction } from "../../index";
import { activities, candidateProfiles, contactRequests, users } from "../../schema";
import { assertStaff, type SessionUser } from "../users";

/**
 * A status line on a request's or a candidate's timeline, inside the caller's transaction, by a user
 * (staff or the candidate, by id) or by someone without an account, whom the line names (taggedLine).
 */
export const logActivity = (
  tx: Pick<Db, "insert">,
  subjectType: "request" | "candidate",
  subjectId: number,
  body: string,
  by: number | AccountlessAuthor,
) =>
  tx.insert(activities).values({
    subjectType,
    subjectId,
    actorId: typeof by === "number" ? by : null,
    kind: "status",
    body: typeof by === "number" ? body : taggedLine(by, body),
  });

/** The timeline, newest first: each line's text and who wrote it (readLine). */
export async function timeline(subjectType: "request" | "candidate", subjectId: number) {
  const rows = await db
    .select({
      id: activities.id,
      kind: activities.kind,
      body: activities.body,
      createdAt: activities.createdAt,
      actorName: users.name,
      actorRole: users.role,
    })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .where(and(eq(activities.subjectType, subjectType), eq(activities.subjectId, subjectId)))
    .orderBy(desc(activities.createdAt), desc(activities.id));
  return rows.map(({ actorName, actorRole, body, ...row }) => {
    const actor = actorName === null || actorRole === null ? null : { name: actorName, role: actorRole };
    const { text, author } = readLine({ kind: row.kind, body, actor });
    return { ...row, body: text, author };
  });
}

export async function addNote(
  actor: SessionUser,
  subjectType: "request" | "candidate",
  subjectId: number,
  body: string,
) {
  assertStaff(actor);
  const now = new Date();
  await transaction(async (tx) => {
    await tx
      .insert(activities)
      .values({ subjectType, subjectId, actorId: actor.id, kind: "note", body, createdAt: now });
    // A note is activity: the subject leaves the overview's "no activity" list.
    if (subjectType === "request")
      await tx.update(contactRequests).set({ updatedAt: now }).where(eq(contactRequests.id, subjectId));
    else await tx.update(candidateProfiles).set({ updatedAt: now }).where(eq(candidateProfiles.userId, subjectId));
  });
}
