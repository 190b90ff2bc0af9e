import "server-only";
import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { type RequestFilter } from "@/domain/admin-filters";
import { LIST_COUNT_LIMIT, listTotal } from "@/domain/list-total";
import { openRequestStatuses } from "@/domain/vocabulary";
import { countUpTo } from "../../count";
import { db, transaction } from "../../index";
import {
  activities,
  bookings,
  type ContactRequestStatus,
  contactQuarantine,
  contactRequests,
  interviews,
  proposals,
  shortlists,
  talentExperts,
  users,
} from "../../schema";
import { companySortKey, requestsContaining } from "../../search";
import { assertStaff, type SessionUser } from "../users";
import { timeline } from "./notes";
import { activeStaff, PAGE_SIZE } from "./shared";

const requestOrder = {
  newest: [desc(contactRequests.createdAt), desc(contactRequests.id)],
  oldest: [asc(contactRequests.createdAt), asc(contactRequests.id)],
  company: [asc(companySortKey), desc(contactRequests.createdAt), desc(contactRequests.id)],
  developers: [desc(contactRequests.developers), desc(contactRequests.createdAt), desc(contactRequests.id)],
} satisfies Record<RequestFilter["sort"], SQL[]>;

/**
 * Requests for the list and its CSV: search (substring, through the trigram index), filters, sort, page.
 * The total is counted up to the lists' limit ("10,000+"); `hasNext` says whether a page follows.
 */
export async function listRequests(
  actor: SessionUser,
  filter: Omit<RequestFilter, "page"> & { page: number; pageSize?: number },
) {
  assertStaff(actor);
  const q = filter.q;
  const search = q ? await requestsContaining(q) : undefined;
  const filters = and(
    filter.status ? eq(contactRequests.status, filter.status) : undefined,
    filter.assignee === "none"
      ? isNull(contactRequests.assigneeId)
      : filter.assignee !== undefined
        ? eq(contactRequests.assigneeId, filter.assignee === "me" ? actor.id : filter.assignee)
        : undefined,
    filter.seniority ? eq(contactRequests.seniority, filter.seniority) : undefined,
    filter.from ? gte(contactRequests.createdAt, new Date(filter.from.at)) : undefined,
    filter.to ? lt(contactRequests.createdAt, new Date(filter.to.at)) : undefined,
  );
  const pageSize = filter.pageSize ?? PAGE_SIZE;
  const order = requestOrder[filter.sort];
  const counted = search
    ? await search.countUpTo(filters, LIST_COUNT_LIMIT + 1)
    : await countUpTo(contactRequests, filters, LIST_COUNT_LIMIT + 1);
  // The page's ids first (and one more, to know a next page is there), from the indexes alone; the
  // rows they skip (page 200 skips 5,000) are never read.
  const pageIds = db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(and(search?.page, filters))
    .orderBy(...order)
    .limit(pageSize + 1)
    .offset((filter.page - 1) * pageSize);
  const assignee = alias(users, "assignee");
  const rows = await db
    .select({
      id: contactRequests.id,
      reference: contactRequests.reference,
      name: contactRequests.name,
      company: contactRequests.company,
      email: contactRequests.email,
      seniority: contactRequests.seniority,
      developers: contactRequests.developers,
      status: contactRequests.status,
      assignee: assignee.name,
      createdAt: contactRequests.createdAt,
    })
    .from(contactRequests)
    .leftJoin(assignee, eq(assignee.id, contactRequests.assigneeId))
    .where(inArray(contactRequests.id, pageIds))
    .orderBy(...order);
  return { rows: rows.slice(0, pageSize), total: listTotal(counted), hasNext: rows.length > pageSize };
}

/** Active staff who can be given a request. */
export async function listAssignees(actor: SessionUser) {
  assertStaff(actor);
  return db.select({ id: users.id, name: users.name }).from(users).where(activeStaff).orderBy(asc(users.name));
}

/** Gives a request to a talent manager (or to nobody); the timeline says who did it. */
export async function assignRequest(actor: SessionUser, id: number, assigneeId: number | null) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [request] = await tx
      .select({ assigneeId: contactRequests.assigneeId })
      .from(contactRequests)
      .where(eq(contactRequests.id, id))
      .limit(1);
    if (!request) return "missing" as const;
    const [assignee] = assigneeId
      ? await tx
          .select({ name: users.name })
          .from(users)
          .where(and(eq(users.id, assigneeId), activeStaff))
          .limit(1)
      : [];
    if (assigneeId && !assignee) return "not-staff" as const;
    if (request.assigneeId === assigneeId) return "unchanged" as const;
    await tx.update(contactRequests).set({ assigneeId, updatedAt: new Date() }).where(eq(contactRequests.id, id));
    const body = assignee ? `Assigned to ${assignee.name}` : "Unassigned";
    await tx
      .insert(activities)
      .values({ subjectType: "request", subjectId: id, actorId: actor.id, kind: "status", body });
    return "assigned" as const;
  });
}

export async function getRequest(actor: SessionUser, id: number) {
  assertStaff(actor);
  const [request] = await db.select().from(contactRequests).where(eq(contactRequests.id, id)).limit(1);
  if (!request) return null;
  const calls = await db
    .select({
      id: bookings.id,
      reference: bookings.reference,
      startsAt: bookings.startsAt,
      status: bookings.status,
      expert: talentExperts.name,
    })
    .from(bookings)
    .innerJoin(talentExperts, eq(talentExperts.id, bookings.expertId))
    .where(eq(bookings.contactRequestId, id))
    .orderBy(desc(bookings.startsAt));
  // The same person's other requests (an earlier lead, a new project), newest first.
  const related = await db
    .select({
      id: contactRequests.id,
      reference: contactRequests.reference,
      company: contactRequests.company,
      status: contactRequests.status,
      createdAt: contactRequests.createdAt,
    })
    .from(contactRequests)
    .where(and(eq(contactRequests.emailNormalized, request.emailNormalized), ne(contactRequests.id, id)))
    .orderBy(desc(contactRequests.createdAt))
    .limit(20);
  return { ...request, calls, related, timeline: await timeline("request", id) };
}

export async function setRequestStatus(
  actor: SessionUser,
  id: number,
  status: ContactRequestStatus,
  reason: string | null,
) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [current] = await tx
      .select({ status: contactRequests.status })
      .from(contactRequests)
      .where(eq(contactRequests.id, id))
      .limit(1);
    if (!current) return false;
    await tx
      .update(contactRequests)
      .set({ status, lostReason: status === "lost" ? reason : null, updatedAt: new Date() })
      .where(eq(contactRequests.id, id));
    const body = `Status changed from ${current.status} to ${status}${status === "lost" && reason ? `: ${reason}` : ""}`;
    await tx
      .insert(activities)
      .values({ subjectType: "request", subjectId: id, actorId: actor.id, kind: "status", body });
    return true;
  });
}

export type RequestDetails = {
  company: string;
  role: string;
  seniority: string;
  developers: number;
  desiredStart: string;
  budget: string | null;
};

/** The fields in the form's order, as the timeline names them. */
const DETAIL_FIELDS: [keyof RequestDetails, string][] = [
  ["company", "company"],
  ["role", "role"],
  ["seniority", "seniority"],
  ["developers", "developers"],
  ["desiredStart", "desired start"],
  ["budget", "budget"],
];

/**
 * The manager refines what the company told us (a booked call starts a request with neutral values);
 * the timeline says what changed, from what to what. False when the request does not exist.
 */
export async function updateRequestDetails(actor: SessionUser, id: number, details: RequestDetails) {
  assertStaff(actor);
  return transaction(async (tx) => {
    const [current] = await tx
      .select({
        company: contactRequests.company,
        role: contactRequests.role,
        seniority: contactRequests.seniority,
        developers: contactRequests.developers,
        desiredStart: contactRequests.desiredStart,
        budget: contactRequests.budget,
      })
      .from(contactRequests)
      .where(eq(contactRequests.id, id))
      .limit(1);
    if (!current) return false;
    const changes = DETAIL_FIELDS.filter(([field]) => current[field] !== details[field]).map(
      ([field, label]) => `${label} ${current[field] ?? "—"} → ${details[field] ?? "—"}`,
    );
    if (changes.length === 0) return true;
    await tx
      .update(contactRequests)
      .set({ ...details, updatedAt: new Date() })
      .where(eq(contactRequests.id, id));
    await tx.insert(activities).values({
      subjectType: "request",
      subjectId: id,
      actorId: actor.id,
      kind: "status",
      body: `Details changed: ${changes.join("; ")}`,
    });
    return true;
  });
}

export type MergeResult =
  | { ok: true; reference: string }
  | { ok: false; reason: "missing" | "same" | "closed" | "same-candidate" };

/**
 * One company's two requests become one (staff's choice, for those made before asks joined an open
 * request): `fromId`'s calls, proposals with their interviews, shortlist links and timeline move to
 * `intoId`, which keeps the further status of the two, its own assignee (else the other's) and both
 * messages; `fromId` goes, its reference said on the timeline. Both must still be open; two proposals
 * of the same candidate are refused (take one off first), as the request has each candidate once.
 */
export async function mergeRequests(actor: SessionUser, fromId: number, intoId: number): Promise<MergeResult> {
  assertStaff(actor);
  if (fromId === intoId) return { ok: false, reason: "same" };
  return transaction(async (tx): Promise<MergeResult> => {
    const rows = await tx
      .select()
      .from(contactRequests)
      .where(inArray(contactRequests.id, [fromId, intoId]));
    const from = rows.find((row) => row.id === fromId);
    const into = rows.find((row) => row.id === intoId);
    if (!from || !into) return { ok: false, reason: "missing" };
    const open: readonly ContactRequestStatus[] = openRequestStatuses;
    if (!open.includes(from.status) || !open.includes(into.status)) return { ok: false, reason: "closed" };
    const candidatesOf = async (requestId: number) =>
      (await tx.select({ id: proposals.candidateId }).from(proposals).where(eq(proposals.requestId, requestId))).map(
        (row) => row.id,
      );
    const already = new Set(await candidatesOf(intoId));
    if ((await candidatesOf(fromId)).some((id) => already.has(id))) return { ok: false, reason: "same-candidate" };

    await tx.update(proposals).set({ requestId: intoId }).where(eq(proposals.requestId, fromId));
    await tx.update(interviews).set({ requestId: intoId }).where(eq(interviews.requestId, fromId));
    await tx.update(shortlists).set({ requestId: intoId }).where(eq(shortlists.requestId, fromId));
    await tx.update(bookings).set({ contactRequestId: intoId }).where(eq(bookings.contactRequestId, fromId));
    await tx
      .update(contactQuarantine)
      .set({ restoredRequestId: intoId })
      .where(eq(contactQuarantine.restoredRequestId, fromId));
    await tx
      .update(activities)
      .set({ subjectId: intoId })
      .where(and(eq(activities.subjectType, "request"), eq(activities.subjectId, fromId)));
    const further = open.indexOf(from.status) > open.indexOf(into.status) ? from.status : into.status;
    await tx
      .update(contactRequests)
      .set({
        status: further,
        assigneeId: into.assigneeId ?? from.assigneeId,
        message: `${into.message}\n\n${from.reference}: ${from.message}`,
        updatedAt: new Date(),
      })
      .where(eq(contactRequests.id, intoId));
    await tx.delete(contactRequests).where(eq(contactRequests.id, fromId));
    await tx.insert(activities).values({
      subjectType: "request",
      subjectId: intoId,
      actorId: actor.id,
      kind: "status",
      body: `Merged ${from.reference} (${from.role}) into this request: its calls, candidates and timeline are here now`,
    });
    return { ok: true, reference: from.reference };
  });
}
