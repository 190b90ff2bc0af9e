import { and, count, desc, eq, gte, inArray, isNull, like, lt, ne, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { db } from "../../db";
import {
  activities,
  auditEvents,
  bookings,
  candidateProfiles,
  contactQuarantine,
  contactRequests,
  expertTimeOff,
  expertWorkingHours,
  guides,
  outbox,
  passwordResetTokens,
  roles,
  sessions,
  talentExperts,
  tools,
  users,
} from "../../db/schema";
import { createDb } from "../../db/sqlite/client";
import { everySqliteStoredValue } from "../../db/stored-values";

/*
 * What a spec checks in the database, read by name. The app's own queries answer for a signed-in
 * actor and shape rows for pages; a test asks plainer questions ("what stage is this candidate in?"),
 * so these read the tables directly, and only here.
 */

const mentioning = (text: string, ...columns: SQLiteColumn[]): SQL =>
  or(...columns.map((column) => like(column, `%${text}%`)))!;

// ---- accounts

export const userById = (id: number) => db.select().from(users).where(eq(users.id, id)).get();
export const userByEmail = (email: string) =>
  db.select().from(users).where(eq(users.emailNormalized, email.toLowerCase())).get();
export const usersWithEmail = (email: string) =>
  db.select().from(users).where(eq(users.emailNormalized, email.toLowerCase())).all();
export const usersNamedLike = (text: string) =>
  db
    .select()
    .from(users)
    .where(like(users.name, `%${text}%`))
    .all();
export const countUsersMentioning = (text: string) =>
  db
    .select({ n: count() })
    .from(users)
    .where(mentioning(text, users.name, users.email, users.emailNormalized))
    .get()?.n ?? 0;
export const passwordHashOf = (userId: number) => userById(userId)?.passwordHash ?? "";
export const sessionsOf = (userId: number) => db.select().from(sessions).where(eq(sessions.userId, userId)).all();
export const resetTokensOf = (userId: number) =>
  db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, userId)).all();

// ---- candidates

export const candidateProfile = (userId: number) =>
  db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)).get();
export const candidateStage = (userId: number) => candidateProfile(userId)?.stage;

// ---- requests and spam

export const requestById = (id: number) => db.select().from(contactRequests).where(eq(contactRequests.id, id)).get();
export const requestsFrom = (email: string) =>
  db.select().from(contactRequests).where(eq(contactRequests.emailNormalized, email.toLowerCase())).all();
export const requestsWithCompanyLike = (text: string) =>
  db
    .select()
    .from(contactRequests)
    .where(like(contactRequests.company, `%${text}%`))
    .all();
export const countRequestsNamed = (name: string) =>
  db.select({ n: count() }).from(contactRequests).where(eq(contactRequests.name, name)).get()?.n ?? 0;
export const countRequestsMentioning = (text: string) =>
  db
    .select({ n: count() })
    .from(contactRequests)
    .where(
      mentioning(
        text,
        contactRequests.name,
        contactRequests.email,
        contactRequests.emailNormalized,
        contactRequests.company,
        contactRequests.message,
      ),
    )
    .get()?.n ?? 0;
export const requestReferences = () =>
  db
    .select({ reference: contactRequests.reference })
    .from(contactRequests)
    .all()
    .map((row) => row.reference);
export const heldFrom = (email: string) =>
  db.select().from(contactQuarantine).where(eq(contactQuarantine.email, email)).all();

// ---- calls and experts

export const bookingById = (id: number) => db.select().from(bookings).where(eq(bookings.id, id)).get();
export const bookingsFor = (email: string) =>
  db.select().from(bookings).where(eq(bookings.emailNormalized, email.toLowerCase())).all();
export const bookingsAt = (expertId: number, start: number) =>
  db
    .select()
    .from(bookings)
    .where(and(eq(bookings.expertId, expertId), eq(bookings.startsAt, new Date(start))))
    .all();
export const bookingsWithCompanyLike = (text: string) =>
  db
    .select()
    .from(bookings)
    .where(like(bookings.company, `%${text}%`))
    .all();
export const countBookingsMentioning = (text: string) =>
  db
    .select({ n: count() })
    .from(bookings)
    .where(
      mentioning(text, bookings.name, bookings.email, bookings.emailNormalized, bookings.company, bookings.hiringFor),
    )
    .get()?.n ?? 0;
export const expertBySlug = (slug: string) => db.select().from(talentExperts).where(eq(talentExperts.slug, slug)).get();
export const expertById = (id: number) => db.select().from(talentExperts).where(eq(talentExperts.id, id)).get();
export const expertNamed = (name: string) => db.select().from(talentExperts).where(eq(talentExperts.name, name)).get();
export const workingHoursOn = (expertId: number, weekday: number) =>
  db
    .select()
    .from(expertWorkingHours)
    .where(and(eq(expertWorkingHours.expertId, expertId), eq(expertWorkingHours.weekday, weekday)))
    .all();
export const timeOffOf = (expertId: number) =>
  db.select().from(expertTimeOff).where(eq(expertTimeOff.expertId, expertId)).all();

// ---- content

export const roleSlugs = () =>
  db
    .select({ slug: roles.slug })
    .from(roles)
    .all()
    .map((row) => row.slug);
export const guideSlugs = () =>
  db
    .select({ slug: guides.slug })
    .from(guides)
    .all()
    .map((row) => row.slug);
export const toolNamesOf = (roleId: number) =>
  db
    .select({ name: tools.name })
    .from(tools)
    .where(eq(tools.roleId, roleId))
    .all()
    .map((tool) => tool.name)
    .sort();

// ---- history and email

/** Audit entries by one actor, optionally of one action (a trailing `%` matches a family, e.g. "expert.%"). */
export const auditRowsBy = (actorId: number, action?: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), action ? like(auditEvents.action, action) : undefined))
    .all();
export const auditRowsAbout = (action: string, subject: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subject, subject)))
    .all();
export const timelineOf = (subjectType: "request" | "candidate", subjectId: number) =>
  db
    .select()
    .from(activities)
    .where(and(eq(activities.subjectType, subjectType), eq(activities.subjectId, subjectId)))
    .all();
export const outboxEmail = (id: number) => db.select().from(outbox).where(eq(outbox.id, id)).get();
/** The newest email queued to the address. */
export const outboxTo = (address: string) =>
  db.select().from(outbox).where(eq(outbox.to, address)).orderBy(desc(outbox.id)).get();
export const countRequestsCreatedBetween = (from: Date, to: Date) =>
  db
    .select({ n: count() })
    .from(contactRequests)
    .where(and(gte(contactRequests.createdAt, from), lt(contactRequests.createdAt, to)))
    .get()?.n ?? 0;
/** Audit entries other than sign-ins written by these actors (or by nobody): what the authorization matrix counts. */
export const countMatrixAudit = (actorIds: number[]) =>
  db
    .select({ n: count() })
    .from(auditEvents)
    .where(
      and(ne(auditEvents.action, "sign-in"), or(inArray(auditEvents.actorId, actorIds), isNull(auditEvents.actorId))),
    )
    .get()?.n ?? 0;

/**
 * Reads another database file (a restored backup, a server's own after a crash or a shutdown):
 * opened for `read`, closed again after it.
 */
export function inspectDatabase<T>(
  file: string,
  read: (other: {
    integrity: () => string;
    references: () => string[];
    requestsFrom: (email: string) => unknown[];
    storedValues: () => { table: string; column: string; value: string }[];
  }) => T,
): T {
  const other = createDb(file);
  try {
    return read({
      integrity: () => other.$client.pragma("integrity_check", { simple: true }) as string,
      references: () =>
        other
          .select({ reference: contactRequests.reference })
          .from(contactRequests)
          .all()
          .map((row) => row.reference),
      requestsFrom: (email) =>
        other.select().from(contactRequests).where(eq(contactRequests.emailNormalized, email.toLowerCase())).all(),
      storedValues: () => everySqliteStoredValue(other).values,
    });
  } finally {
    other.$client.close();
  }
}
/** The calendar file of the newest email of `kind` to `address`, as queued in the outbox ("" when there is none). */
export const queuedIcs = (address: string, kind: string) =>
  db
    .select()
    .from(outbox)
    .where(and(eq(outbox.to, address), eq(outbox.kind, kind)))
    .all()
    .at(-1)?.attachments[0]?.content ?? "";
/** Every text value stored in any column of any table of the suite's database (see db/stored-values.ts). */
export const everyValueStored = () => everySqliteStoredValue(db).values;
