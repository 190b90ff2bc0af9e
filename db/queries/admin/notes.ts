import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { type Db, db, transaction } from "../../index";
import { activities, candidateProfiles, contactRequests, users } from "../../schema";
import { assertStaff, type SessionUser } from "../users";

/** A status line on a request's or a candidate's timeline, inside the caller's transaction (`actorId` null: the company, by its link). */
export const logActivity = (
  tx: Pick<Db, "insert">,
  subjectType: "request" | "candidate",
  subjectId: number,
  body: string,
  actorId: number | null,
) => tx.insert(activities).values({ subjectType, subjectId, actorId, kind: "status", body });

export async function timeline(subjectType: "request" | "candidate", subjectId: number) {
  return db
    .select({
      id: activities.id,
      kind: activities.kind,
      body: activities.body,
      createdAt: activities.createdAt,
      actor: users.name,
    })
    .from(activities)
    .leftJoin(users, eq(users.id, activities.actorId))
    .where(and(eq(activities.subjectType, subjectType), eq(activities.subjectId, subjectId)))
    .orderBy(desc(activities.createdAt), desc(activities.id));
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
