import { afterEach, describe, expect, it } from "vitest";
import { parseCandidateFilter, parseRequestFilter } from "@/domain/admin-filters";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "./test-database";

afterEach(() => closeAppDatabase());

const candidates = [
  { name: "Anna Kowalska", headline: "Backend engineer, payments in Go", skills: ["Go", "PostgreSQL", "Kafka"] },
  { name: "José Álvarez", headline: "Python developer (Django, FastAPI)", skills: ["Python", "Django", "Redis"] },
  { name: "Annabel Smith", headline: "Node.js APIs at scale", skills: ["Node.js", "TypeScript", "AWS"] },
  { name: "Sam O'Neil", headline: "Java and Kotlin services", skills: ["Java", "Kotlin", "Google Cloud"] },
  { name: "Go Nakamura", headline: "Site reliability, Kubernetes", skills: ["Kubernetes", "Go", "Terraform"] },
];
const requests = [
  { name: "Grace Hopper", company: "Acme Payments", email: "grace@acme.example" },
  { name: "Alan Turing", company: "Bletchley Labs", email: "alan@bletchley.example" },
  { name: "Ada Lovelace", company: "ACME Analytics", email: "ada@engines.example" },
  { name: "Linus Torvalds", company: "Kernel_Works 100%", email: "linus@kernel.example" },
];

const candidateSearches = [
  { q: "ann" },
  { q: "anna kow" },
  { q: "go" },
  { skill: "Go" },
  { skill: "Node.js" },
  { q: "node js" },
  { q: "python django" },
  { q: "kubernetes", skill: "Go" },
  { q: "cloud" },
  { skill: "Google Cloud" },
  { q: "zzz" },
  { q: "***" },
  { q: "jose" },
  { q: "álvarez" },
];
const requestSearches = ["acme", "ac", "ACM", "bletch", "@engines", "_works", "100%", "nobody", "a"];

/** The same people and requests, made through the app's verbs, then every search above: the names found, in order. */
async function searchResults(engine: "sqlite" | "postgres") {
  await openFreshDatabase(`search-${engine}`, { engine });
  const { createCandidate } = await import("./queries/users");
  const { saveOwnProfile } = await import("./queries/candidates");
  const { createContactRequest } = await import("./queries/contact-requests");
  const { listCandidates } = await import("./queries/admin/candidates");
  const { listRequests } = await import("./queries/admin/requests");
  const { transaction } = await import("./index");
  const { users } = await import("./schema");
  const receipt = (to: { name: string; email: string }) => ({
    kind: "test",
    to: to.email,
    subject: "Thanks",
    message: { preview: "", greeting: `Hello ${to.name},`, paragraphs: [] },
  });
  for (const [index, person] of candidates.entries()) {
    const email = `candidate${index}@example.com`;
    const created = await createCandidate({ name: person.name, email, passwordHash: "x" });
    if (!created.ok) throw new Error(created.reason);
    const { eq } = await import("drizzle-orm");
    await transaction(async (tx) => {
      await tx.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, created.user.id));
    });
    const actor = { id: created.user.id, name: person.name, email, role: "candidate" as const };
    await saveOwnProfile(
      actor,
      {
        headline: person.headline,
        seniority: null,
        yearsExperience: 5,
        skills: person.skills,
        location: "",
        timeZone: null,
        englishLevel: null,
        expectedSalary: null,
        salaryCurrency: "USD",
        availability: null,
        earliestStart: null,
        githubUrl: null,
        linkedinUrl: null,
        portfolioUrl: null,
      },
      { consent: true, submit: true, receipt },
    );
  }
  for (const [index, request] of requests.entries()) {
    await createContactRequest(
      {
        ...request,
        role: "Backend developer",
        seniority: "Senior",
        developers: 1,
        desiredStart: "asap",
        budget: null,
        message: "We are hiring.",
        sourcePage: "/contact",
      },
      { tokenHash: String(index).padStart(64, "0"), expiresAt: new Date(Date.now() + 3_600_000) },
      () => receipt(request),
    );
  }
  const staff = await insertStaffUser({ name: "Sam Staff", email: "sam@staff.example", role: "manager" });
  const actor = { ...staff, role: "manager" as const };
  const found = {
    candidates: [] as string[][],
    requests: [] as string[][],
  };
  for (const search of candidateSearches) {
    const { rows } = await listCandidates(actor, parseCandidateFilter(search));
    found.candidates.push(rows.map((row) => row.name));
  }
  for (const q of requestSearches) {
    const { rows } = await listRequests(actor, parseRequestFilter({ q, sort: "company" }));
    found.requests.push(rows.map((row) => row.name));
  }
  return found;
}

describe("search on PostgreSQL", () => {
  it("finds exactly what SQLite finds, in the same order, for the same data", async () => {
    const sqlite = await searchResults("sqlite");
    await closeAppDatabase();
    const postgres = await searchResults("postgres");
    // Not vacuous: the searches find different, non-empty sets.
    expect(sqlite.candidates[0]).toEqual(["Annabel Smith", "Anna Kowalska"]);
    expect(sqlite.requests[0]).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(postgres).toEqual(sqlite);
  });
});
