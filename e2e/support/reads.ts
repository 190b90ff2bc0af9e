import { and, count, desc, eq, gte, inArray, isNull, like, lt, notInArray, or, type SQL } from "drizzle-orm";
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
import { everySqliteStoredValue, everyStoredValue } from "../../db/stored-values";

/*
 * What a spec checks in the database, read by name. The app's own queries answer for a signed-in
 * actor and shape rows for pages; a test asks plainer questions ("what stage is this candidate in?"),
 * so these read the tables directly, and only here.
 */

const mentioning = (text: string, ...columns: SQLiteColumn[]): SQL =>
  or(...columns.map((column) => like(column, `%${text}%`)))!;

/** The first row of a query (undefined when there is none). */
async function first<T>(query: PromiseLike<T[]>) {
  const [row] = await query;
  return row;
}
/** The `n` of a `count()` query. */
async function counted(query: PromiseLike<{ n: number }[]>) {
  const [row] = await query;
  return row?.n ?? 0;
}

// ---- accounts

export const userById = (id: number) => first(db.select().from(users).where(eq(users.id, id)));
export const userByEmail = (email: string) =>
  first(db.select().from(users).where(eq(users.emailNormalized, email.toLowerCase())));
export const usersWithEmail = async (email: string) =>
  await db.select().from(users).where(eq(users.emailNormalized, email.toLowerCase())).orderBy(users.id);
export const usersNamedLike = async (text: string) =>
  await db
    .select()
    .from(users)
    .where(like(users.name, `%${text}%`))
    .orderBy(users.id);
export const countUsersMentioning = (text: string) =>
  counted(
    db
      .select({ n: count() })
      .from(users)
      .where(mentioning(text, users.name, users.email, users.emailNormalized)),
  );
export const passwordHashOf = async (userId: number) => (await userById(userId))?.passwordHash ?? "";
export const sessionsOf = async (userId: number) =>
  await db.select().from(sessions).where(eq(sessions.userId, userId)).orderBy(sessions.createdAt);
export const resetTokensOf = async (userId: number) =>
  await db
    .select()
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.userId, userId))
    .orderBy(passwordResetTokens.id);

// ---- candidates

export const candidateProfile = (userId: number) =>
  first(db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, userId)));
export const candidateStage = async (userId: number) => (await candidateProfile(userId))?.stage;

// ---- requests and spam

export const requestById = (id: number) => first(db.select().from(contactRequests).where(eq(contactRequests.id, id)));
export const requestsFrom = async (email: string) =>
  await db
    .select()
    .from(contactRequests)
    .where(eq(contactRequests.emailNormalized, email.toLowerCase()))
    .orderBy(contactRequests.id);
export const requestsWithCompanyLike = async (text: string) =>
  await db
    .select()
    .from(contactRequests)
    .where(like(contactRequests.company, `%${text}%`))
    .orderBy(contactRequests.id);
export const countRequestsNamed = (name: string) =>
  counted(db.select({ n: count() }).from(contactRequests).where(eq(contactRequests.name, name)));
export const countRequestsMentioning = (text: string) =>
  counted(
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
      ),
  );
export const requestReferences = async () =>
  (await db.select({ reference: contactRequests.reference }).from(contactRequests).orderBy(contactRequests.id)).map(
    (row) => row.reference,
  );
export const heldFrom = async (email: string) =>
  await db.select().from(contactQuarantine).where(eq(contactQuarantine.email, email)).orderBy(contactQuarantine.id);

// ---- calls and experts

export const bookingById = (id: number) => first(db.select().from(bookings).where(eq(bookings.id, id)));
export const bookingsFor = async (email: string) =>
  await db.select().from(bookings).where(eq(bookings.emailNormalized, email.toLowerCase())).orderBy(bookings.id);
export const bookingsAt = async (expertId: number, start: number) =>
  await db
    .select()
    .from(bookings)
    .where(and(eq(bookings.expertId, expertId), eq(bookings.startsAt, new Date(start))))
    .orderBy(bookings.id);
export const bookingsWithCompanyLike = async (text: string) =>
  await db
    .select()
    .from(bookings)
    .where(like(bookings.company, `%${text}%`))
    .orderBy(bookings.id);
export const countBookingsMentioning = (text: string) =>
  counted(
    db
      .select({ n: count() })
      .from(bookings)
      .where(
        mentioning(text, bookings.name, bookings.email, bookings.emailNormalized, bookings.company, bookings.hiringFor),
      ),
  );
export const expertBySlug = (slug: string) =>
  first(db.select().from(talentExperts).where(eq(talentExperts.slug, slug)));
export const expertById = (id: number) => first(db.select().from(talentExperts).where(eq(talentExperts.id, id)));
export const expertNamed = (name: string) => first(db.select().from(talentExperts).where(eq(talentExperts.name, name)));
export const workingHoursOn = async (expertId: number, weekday: number) =>
  await db
    .select()
    .from(expertWorkingHours)
    .where(and(eq(expertWorkingHours.expertId, expertId), eq(expertWorkingHours.weekday, weekday)))
    .orderBy(expertWorkingHours.startMinute);
export const timeOffOf = async (expertId: number) =>
  await db.select().from(expertTimeOff).where(eq(expertTimeOff.expertId, expertId)).orderBy(expertTimeOff.id);

// ---- content

export const roleSlugs = async () => (await db.select({ slug: roles.slug }).from(roles)).map((row) => row.slug);
export const guideSlugs = async () => (await db.select({ slug: guides.slug }).from(guides)).map((row) => row.slug);
export const toolNamesOf = async (roleId: number) =>
  (await db.select({ name: tools.name }).from(tools).where(eq(tools.roleId, roleId))).map((tool) => tool.name).sort();

// ---- history and email

/** Audit entries by one actor, optionally of one action (a trailing `%` matches a family, e.g. "expert.%"). */
export const auditRowsBy = async (actorId: number, action?: string) =>
  await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, actorId), action ? like(auditEvents.action, action) : undefined))
    .orderBy(auditEvents.id);
export const auditRowsAbout = async (action: string, subject: string) =>
  await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.subject, subject)))
    .orderBy(auditEvents.id);
export const timelineOf = async (subjectType: "request" | "candidate", subjectId: number) =>
  await db
    .select()
    .from(activities)
    .where(and(eq(activities.subjectType, subjectType), eq(activities.subjectId, subjectId)))
    .orderBy(activities.id);
export const outboxEmail = (id: number) => first(db.select().from(outbox).where(eq(outbox.id, id)));
/** The newest email queued to the address. */
export const outboxTo = (address: string) =>
  first(db.select().from(outbox).where(eq(outbox.to, address)).orderBy(desc(outbox.id)).limit(1));
export const countRequestsCreatedBetween = (from: Date, to: Date) =>
  counted(
    db
      .select({ n: count() })
      .from(contactRequests)
      .where(and(gte(contactRequests.createdAt, from), lt(contactRequests.createdAt, to))),
  );
/** Audit entries other than sign-ins written by these actors (or by nobody): what the authorization matrix counts. */
export const countMatrixAudit = (actorIds: number[]) =>
  counted(
    db
      .select({ n: count() })
      .from(auditEvents)
      .where(
        and(
          // Sign-ins, and the retention schedule's counts (`npm run jobs`, which a booking test runs alongside).
          notInArray(auditEvents.action, ["sign-in", "retention"]),
          or(inArray(auditEvents.actorId, actorIds), isNull(auditEvents.actorId)),
        ),
      ),
  );

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
      // An SQLite file by nature (the specs that use this run on SQLite only): its synchronous calls are fine.
      references: () =>
        // eslint-disable-next-line no-restricted-syntax
        other
          .select({ reference: contactRequests.reference })
          .from(contactRequests)
          .all()
          .map((row) => row.reference),
      requestsFrom: (email) =>
        // eslint-disable-next-line no-restricted-syntax
        other.select().from(contactRequests).where(eq(contactRequests.emailNormalized, email.toLowerCase())).all(),
      storedValues: () => everySqliteStoredValue(other).values,
    });
  } finally {
    other.$client.close();
  }
}
/** The calendar file of the newest email of `kind` to `address`, as queued in the outbox ("" when there is none). */
export const queuedIcs = async (address: string, kind: string) =>
  (
    await db
      .select()
      .from(outbox)
      .where(and(eq(outbox.to, address), eq(outbox.kind, kind)))
      .orderBy(outbox.id)
  ).at(-1)?.attachments[0]?.content ?? "";
/** Every text value stored in any column of any table of the suite's database (see db/stored-values.ts). */
export const everyValueStored = async () => (await everyStoredValue(db)).values;
