import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCandidateFilter, parseRequestFilter } from "@/domain/admin-filters";
import { LIST_COUNT_LIMIT } from "@/domain/list-total";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../../test-database";

/**
 * The dashboard's lists past their count limit: the total says "at least 10,000", every page holds the
 * rows (and order) that sorting all matches would give, and `hasNext` is right on the last page. More
 * matches than the limit also take the search plans that walk the list's order instead of sorting.
 */
const MANY = LIST_COUNT_LIMIT + 50;
const HOUR = 60 * 60 * 1000;
const start = Date.UTC(2026, 0, 1);

type Setup = Awaited<ReturnType<typeof setUp>>;
let setup: Setup;

async function setUp() {
  const { db, transaction } = await openFreshDatabase("lists");
  const schema = await import("../../schema");
  const { listRequests } = await import("./requests");
  const { listCandidates } = await import("./candidates");
  const { eq } = await import("drizzle-orm");
  const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });

  // MANY requests from Acme (some on the same hour, so the id decides), three from Zeta Freight.
  const requestRows = Array.from({ length: MANY + 3 }, (_, index) => {
    const zeta = index >= MANY;
    const email = zeta ? `ops${index}@zeta.example` : `buyer${index}@acme.example`;
    return {
      reference: `BT-${String(index).padStart(6, "0")}`,
      name: `Buyer ${index}`,
      email,
      emailNormalized: email,
      company: zeta ? "Zeta Freight" : index % 2 ? "Acme Analytics" : "acme Cloud",
      role: "Backend developer",
      seniority: "Senior",
      developers: 1 + (index % 7),
      desiredStart: "asap",
      message: "Hello",
      sourcePage: "/contact",
      status: index % 1000 === 0 ? ("won" as const) : ("new" as const),
      consentAt: new Date(start),
      createdAt: new Date(start + Math.floor(index / 3) * HOUR),
    };
  });
  // MANY candidates who list Go (every tenth Rust too); a few still drafts.
  const candidateRows = Array.from({ length: MANY }, (_, index) => ({
    name: `Dev ${index} Kafkaesque`,
    email: `dev${index}@candidates.example`,
    skills: index % 10 === 0 ? ["Go", "Rust"] : ["go", "Kafka"],
    stage: index % 500 === 0 ? ("draft" as const) : ("submitted" as const),
    submittedAt: new Date(start + Math.floor(index / 2) * HOUR),
  }));
  for (let from = 0; from < requestRows.length; from += 500)
    await transaction(async (tx) => {
      await tx.insert(schema.contactRequests).values(requestRows.slice(from, from + 500));
    });
  for (let from = 0; from < candidateRows.length; from += 500)
    await transaction(async (tx) => {
      const batch = candidateRows.slice(from, from + 500);
      const users = await tx
        .insert(schema.users)
        .values(
          batch.map((row) => ({ name: row.name, email: row.email, emailNormalized: row.email, passwordHash: "x" })),
        )
        .returning({ id: schema.users.id });
      await tx.insert(schema.candidateProfiles).values(
        batch.map((row, index) => ({
          userId: users[index]!.id,
          headline: "Backend engineer",
          skills: row.skills,
          stage: row.stage,
          submittedAt: row.stage === "draft" ? null : row.submittedAt,
        })),
      );
    });

  const requests = (params: Record<string, string>) => listRequests(manager, parseRequestFilter(params));
  const candidates = (params: Record<string, string>) => listCandidates(manager, parseCandidateFilter(params));
  const allRequests = (await db.select().from(schema.contactRequests)).sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id,
  );
  const byEmail = new Map(candidateRows.map((row) => [row.email, row]));
  const allCandidates = (
    await db
      .select({ id: schema.users.id, email: schema.users.email, skills: schema.candidateProfiles.skills })
      .from(schema.candidateProfiles)
      .innerJoin(schema.users, eq(schema.users.id, schema.candidateProfiles.userId))
  ).flatMap((row) => {
    const source = byEmail.get(row.email);
    return source ? [{ ...row, source }] : [];
  });
  return { requests, candidates, allRequests, allCandidates };
}

beforeAll(async () => {
  setup = await setUp();
}, 120_000);
afterAll(() => closeAppDatabase());

const ids = (rows: { id: number }[]) => rows.map((row) => row.id);
const pageOf = <T>(rows: T[], page: number) => rows.slice((page - 1) * 25, page * 25);

describe("the requests list past its count limit", () => {
  it("says 10,000+ and pages through every request in order, the last page without a next", async () => {
    const { requests, allRequests } = setup;
    const first = await requests({});
    expect(first.total).toEqual({ count: LIST_COUNT_LIMIT, exact: false });
    expect(first.hasNext).toBe(true);
    expect(ids(first.rows)).toEqual(ids(pageOf(allRequests, 1)));
    const lastPage = Math.ceil(allRequests.length / 25);
    const last = await requests({ page: String(lastPage) });
    expect(ids(last.rows)).toEqual(ids(pageOf(allRequests, lastPage)));
    expect(last.hasNext).toBe(false);
    const oldest = await requests({ sort: "oldest", page: "2" });
    expect(ids(oldest.rows)).toEqual(ids(pageOf([...allRequests].reverse(), 2)));
  });

  it("counts a few matches exactly, however many rows there are", async () => {
    const { requests, allRequests } = setup;
    const won = await requests({ status: "won" });
    expect(won.total).toEqual({ count: allRequests.filter((row) => row.status === "won").length, exact: true });
    expect(ids(won.rows)).toEqual(ids(allRequests.filter((row) => row.status === "won")));
    expect(won.hasNext).toBe(false);
  });

  it("finds a company by a piece of its name: many matches (walked in order), few, and two letters", async () => {
    const { requests, allRequests } = setup;
    const containing = (text: string) =>
      allRequests.filter((row) =>
        [row.name, row.company, row.emailNormalized].some((value) => value.toLowerCase().includes(text)),
      );
    const acme = await requests({ q: "ACME", page: "3" });
    expect(acme.total).toEqual({ count: LIST_COUNT_LIMIT, exact: false });
    expect(ids(acme.rows)).toEqual(ids(pageOf(containing("acme"), 3)));
    const zeta = await requests({ q: "zeta" });
    expect(zeta.total).toEqual({ count: 3, exact: true });
    expect(ids(zeta.rows)).toEqual(ids(containing("zeta")));
    const twoLetters = await requests({ q: "ze" });
    expect(twoLetters.total).toEqual({ count: containing("ze").length, exact: true });
    expect(ids(twoLetters.rows)).toEqual(ids(containing("ze")));
    const byCompany = await requests({ q: "acme", sort: "company" });
    // Sorted by name, ignoring case; within a name the list's own order (newest first) stays.
    const companyOrder = containing("acme").sort((a, b) =>
      a.company.toLowerCase().localeCompare(b.company.toLowerCase()),
    );
    expect(ids(byCompany.rows)).toEqual(ids(companyOrder.slice(0, 25)));
  });
});

describe("the candidates list past its count limit", () => {
  it("filters by a skill many list (walked in order) or few list, with and without a search", async () => {
    const { candidates, allCandidates } = setup;
    const submitted = allCandidates
      .filter((row) => row.source.stage === "submitted")
      .sort((a, b) => b.source.submittedAt.getTime() - a.source.submittedAt.getTime() || b.id - a.id);
    const go = await candidates({ skill: "Go", page: "2" });
    expect(go.total).toEqual({ count: LIST_COUNT_LIMIT, exact: false });
    expect(ids(go.rows)).toEqual(ids(pageOf(submitted, 2)));
    const rust = submitted.filter((row) => row.skills.includes("Rust"));
    const rustPage = await candidates({ skill: "rust" });
    expect(rustPage.total).toEqual({ count: rust.length, exact: true });
    expect(ids(rustPage.rows)).toEqual(ids(rust.slice(0, 25)));
    const kafka = await candidates({ q: "kafka", page: "4" });
    expect(kafka.total).toEqual({ count: LIST_COUNT_LIMIT, exact: false });
    expect(ids(kafka.rows)).toEqual(ids(pageOf(submitted, 4)));
    const both = await candidates({ q: "kafkaesque", skill: "rust" });
    expect(both.total).toEqual({ count: rust.length, exact: true });
    expect(ids(both.rows)).toEqual(ids(rust.slice(0, 25)));
  });
});
