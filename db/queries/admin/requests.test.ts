import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../../test-database";

afterEach(() => closeAppDatabase());

/** Two requests of one company (the second an "Ask to interview" from before asks joined), and two candidates. */
async function setUp() {
  const { db, transaction } = await openFreshDatabase("merge-requests");
  const schema = await import("../../schema");
  const { eq } = await import("drizzle-orm");
  const { createContactRequest } = await import("../contact-requests");
  const { createCandidate } = await import("../users");
  const requests = await import("./requests");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
  const request = async (email: string, message: string, token: string) => {
    const created = await createContactRequest(
      {
        name: "Jo Buyer",
        email,
        company: "Freightly",
        role: "Backend developer",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        budget: null,
        message,
        sourcePage: "/contact",
      },
      { tokenHash: token, expiresAt: new Date(Date.now() + 60_000) },
      (reference) => ({ kind: "receipt", to: email, subject: reference, message: { preview: "", paragraphs: [] } }),
    );
    if (!created) throw new Error("no request");
    const [row] = await db.select().from(schema.contactRequests).where(eq(schema.contactRequests.id, created.id));
    if (!row) throw new Error("no request row");
    return row;
  };
  const candidate = async (name: string) => {
    const created = await createCandidate({
      name,
      email: `${name.split(" ")[0]}@candidates.example`,
      passwordHash: "x",
    });
    if (!created.ok) throw new Error("no candidate");
    return created.user;
  };
  const propose = (requestId: number, candidateId: number) =>
    transaction(async (tx) => {
      await tx.insert(schema.proposals).values({ requestId, candidateId });
    });
  return { db, schema, eq, requests, manager, request, candidate, propose, transaction };
}

describe("merging two requests of one company", () => {
  it("moves the other's candidates, calls and timeline into one request, which keeps the further status (#27 walkthrough 2)", async () => {
    const { db, schema, eq, requests, manager, request, candidate, propose, transaction } = await setUp();
    const first = await request("jo@freightly.example", "We need two Go engineers.", "t1");
    const second = await request("Jo@Freightly.example", "Asked to interview a developer from the directory.", "t2");
    const ada = await candidate("Ada Lovelace");
    await propose(second.id, ada.id);
    await transaction(async (tx) => {
      await tx
        .update(schema.contactRequests)
        .set({ status: "proposal" })
        .where(eq(schema.contactRequests.id, second.id));
      await tx
        .insert(schema.activities)
        .values({ subjectType: "request", subjectId: second.id, kind: "note", body: "Asked for Ada" });
    });

    expect(await requests.mergeRequests(manager, second.id, first.id)).toEqual({
      ok: true,
      reference: second.reference,
    });
    const left = await db.select().from(schema.contactRequests);
    expect(left.map((row) => row.id)).toEqual([first.id]);
    expect(left[0]).toMatchObject({
      status: "proposal",
      message: `We need two Go engineers.\n\n${second.reference}: Asked to interview a developer from the directory.`,
    });
    expect(await db.select({ requestId: schema.proposals.requestId }).from(schema.proposals)).toEqual([
      { requestId: first.id },
    ]);
    const timeline = await db
      .select({ subjectId: schema.activities.subjectId, body: schema.activities.body })
      .from(schema.activities)
      .where(eq(schema.activities.subjectType, "request"));
    expect(timeline.every((line) => line.subjectId === first.id)).toBe(true);
    expect(timeline.map((line) => line.body)).toEqual(
      expect.arrayContaining([
        "Asked for Ada",
        `Merged ${second.reference} (Backend developer) into this request: its calls, candidates and timeline are here now`,
      ]),
    );
  });

  it("refuses a request with itself, a closed one, and two proposals of one candidate", async () => {
    const { schema, eq, requests, manager, request, candidate, propose, transaction } = await setUp();
    const first = await request("jo@freightly.example", "First.", "t1");
    const second = await request("jo@freightly.example", "Second.", "t2");
    expect(await requests.mergeRequests(manager, first.id, first.id)).toEqual({ ok: false, reason: "same" });
    const ada = await candidate("Ada Lovelace");
    await propose(first.id, ada.id);
    await propose(second.id, ada.id);
    expect(await requests.mergeRequests(manager, second.id, first.id)).toEqual({ ok: false, reason: "same-candidate" });
    await transaction(async (tx) => {
      await tx.update(schema.contactRequests).set({ status: "won" }).where(eq(schema.contactRequests.id, first.id));
    });
    expect(await requests.mergeRequests(manager, second.id, first.id)).toEqual({ ok: false, reason: "closed" });
    expect(await requests.mergeRequests(manager, second.id, 999_999)).toEqual({ ok: false, reason: "missing" });
  });
});
