/**
 * Server time of the dashboard's main queries on a large database: each runs many times with
 * varied, realistic inputs through the same functions (and URL parsers) the pages use.
 *
 *   DATABASE_URL=/tmp/scale.db npm run db:seed:scale
 *   DATABASE_URL=/tmp/scale.db npm run db:measure [-- --runs 200]
 *   DATABASE_URL=postgres://localhost/scale npm run db:measure
 *
 * Prints p50/p95/max wall time per query, and the average CPU time: on a machine shared with other
 * work the wall time also counts the time the process waited for a core.
 */
import { type AnyColumn, and, eq, inArray, ne, sql } from "drizzle-orm";
import { engine } from "@/db/engine";
import { closeDb, db } from "@/db/index";
import { getCandidate, listCandidates } from "@/db/queries/admin/candidates";
import { getMatches } from "@/db/queries/admin/matching";
import { getOverview } from "@/db/queries/admin/overview";
import { getRequest, listRequests } from "@/db/queries/admin/requests";
import { listSeniorityOptions } from "@/db/queries/content";
import { getDirectoryProfile, listAvailableBySeniority, searchDirectory } from "@/db/queries/directory";
import { candidateProfiles, candidateStages, contactRequestStatuses, contactRequests, users } from "@/db/schema";
import { parseCandidateFilter, parseRequestFilter } from "@/domain/admin-filters";
import { parseDirectoryQuery } from "@/domain/directory";

const TARGET_MS = 50;
const runsArg = process.argv.indexOf("--runs");
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 200;
const WARMUP = Math.min(20, RUNS);
const onlyArg = process.argv.indexOf("--only");
const ONLY = onlyArg > 0 ? process.argv[onlyArg + 1] : undefined;

async function countOrZero(count: Promise<number>) {
  try {
    return await count;
  } catch {
    return 0; // not migrated yet
  }
}
const candidateCount = await countOrZero(db.$count(candidateProfiles));
if (!process.env.DATABASE_URL || candidateCount < 10_000) {
  console.error(
    `The database holds ${candidateCount} candidates: point DATABASE_URL at a database filled by npm run db:seed:scale.`,
  );
  process.exit(1);
}

// A seeded generator, so two runs ask the same questions.
let state = 20_260_101;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

// Inputs drawn from the data itself (every n-th row, so runs agree): company names, staff, ids, names.
const everyNth = (column: AnyColumn, n: number) => sql`${column} % ${n} = 0`;
const [admin] = await db
  .select({ id: users.id, name: users.name, email: users.email, role: users.role })
  .from(users)
  .where(eq(users.role, "admin"))
  .orderBy(users.id)
  .limit(1);
if (!admin) throw new Error("no admin account: fill the database with npm run db:seed:scale");
const staffIds = (
  await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.role, ["admin", "manager"]))
    .orderBy(users.id)
).map((row) => row.id);
const companies = (
  await db
    .select({ company: contactRequests.company })
    .from(contactRequests)
    .where(everyNth(contactRequests.id, 397))
    .orderBy(contactRequests.id)
).map((row) => row.company);
const requestIds = (
  await db
    .select({ id: contactRequests.id })
    .from(contactRequests)
    .where(everyNth(contactRequests.id, 197))
    .orderBy(contactRequests.id)
).map((row) => row.id);
const candidateIds = (
  await db
    .select({ id: candidateProfiles.userId })
    .from(candidateProfiles)
    .where(and(ne(candidateProfiles.stage, "draft"), everyNth(candidateProfiles.userId, 97)))
    .orderBy(candidateProfiles.userId)
).map((row) => row.id);
const names = (
  await db
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.role, "candidate"), everyNth(users.id, 199)))
    .orderBy(users.id)
).map((row) => row.name);
const levels = await listSeniorityOptions();
const listedIds = (
  await db
    .select({ id: candidateProfiles.publicId })
    .from(candidateProfiles)
    .where(and(eq(candidateProfiles.stage, "vetted"), sql`${candidateProfiles.publicId} IS NOT NULL`))
    .limit(500)
).map((row) => row.id as string);
const directory = (params: Record<string, string>) =>
  searchDirectory(parseDirectoryQuery(params, pick(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "UTC"])));
const requestsTotal = await db.$count(contactRequests);
const SKILLS = [
  "Go",
  "Java",
  "Kotlin",
  "Python",
  "Node.js",
  "TypeScript",
  "PostgreSQL",
  "Redis",
  "Kafka",
  "Kubernetes",
  "Docker",
  "AWS",
  "gRPC",
  "Rust",
  "C#",
  "Elixir",
  "Terraform",
  "MongoDB",
];
const SKILL_WORDS = [
  "python",
  "kafka",
  "kubernetes",
  "postgresql",
  "golang",
  "java",
  "rust",
  "terraform",
  "redis",
  "graphql",
  "payments",
  "platform",
];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 24 * 60 * 60 * 1000;
/** A window of one to three months somewhere in the last 18 months. */
function dateRange() {
  const to = Date.now() - int(0, 450) * DAY;
  return { from: day(to - int(30, 90) * DAY), to: day(to) };
}
/** What someone types to find a company: a piece of its name, 3 to 8 letters, often lower-case. */
function companyPiece() {
  const words = pick(companies).split(" ");
  const word = pick(words.filter((w) => w.length >= 3)) ?? words[0]!;
  const start = int(0, Math.max(0, word.length - 3));
  const piece = word.slice(start, start + int(3, 8));
  return random() < 0.7 ? piece.toLowerCase() : piece;
}

const requests = (params: Record<string, string>) => listRequests(admin, parseRequestFilter(params));
const candidates = (params: Record<string, string>) => listCandidates(admin, parseCandidateFilter(params));
const openStages = candidateStages.filter((stage) => stage !== "draft");

/** The lists' totals are counted up to a limit ({ count, exact }); the directory's are plain numbers. */
type Result = { total?: number | { count: number } };
const cases: [string, () => Promise<Result | null | unknown>][] = [
  ["requests: newest, first pages", () => requests({ page: String(int(1, 3)) })],
  ["requests: status", () => requests({ status: pick(contactRequestStatuses) })],
  ["requests: assignee (staff, me, none)", () => requests({ assignee: pick([...staffIds.map(String), "me", "none"]) })],
  ["requests: seniority + date range", () => requests({ seniority: pick(levels), ...dateRange() })],
  ["requests: search company (3-8 chars)", () => requests({ q: companyPiece() })],
  ["requests: search 2 chars (LIKE)", () => requests({ q: companyPiece().slice(0, 2) })],
  ["requests: sort by company", () => requests({ sort: "company", page: String(int(1, 3)) })],
  ["requests: sort by developers", () => requests({ sort: "developers", page: String(int(1, 3)) })],
  [
    "requests: status + sort by developers",
    () => requests({ status: pick(contactRequestStatuses), sort: "developers" }),
  ],
  ["requests: deep page (100-400)", () => requests({ page: String(int(100, 400)) })],
  [
    "requests: last pages, oldest first",
    () => requests({ sort: "oldest", page: String(Math.ceil(requestsTotal / 25) - int(0, 5)) }),
  ],
  ["candidates: default", () => candidates({ page: String(int(1, 3)) })],
  ["candidates: stage", () => candidates({ stage: pick(openStages) })],
  ["candidates: search skill word", () => candidates({ q: pick(SKILL_WORDS) })],
  ["candidates: search name prefix", () => candidates({ q: pick(names).slice(0, int(3, 5)) })],
  ["candidates: search full name", () => candidates({ q: pick(names) })],
  ["candidates: skill filter", () => candidates({ skill: pick(SKILLS) })],
  [
    "candidates: years + salary + availability",
    () => {
      const salaryMin = int(2, 12) * 10_000;
      return candidates({
        minYears: String(int(1, 10)),
        salaryMin: String(salaryMin),
        salaryMax: String(salaryMin + int(2, 8) * 10_000),
        availability: pick(["full-time", "part-time"]),
      });
    },
  ],
  [
    "candidates: combined",
    () =>
      candidates({
        q: pick(SKILL_WORDS),
        stage: pick(openStages),
        skill: pick(SKILLS),
        seniority: pick(levels),
        minYears: String(int(1, 6)),
        availability: "full-time",
      }),
  ],
  ["candidates: deep page (100-400)", () => candidates({ page: String(int(100, 400)) })],
  [
    "request detail: getRequest + getMatches",
    async () => {
      const id = pick(requestIds);
      return [await getRequest(admin, id), await getMatches(admin, id, levels)];
    },
  ],
  ["candidate detail: getCandidate", () => getCandidate(admin, pick(candidateIds))],
  ["overview: getOverview", () => getOverview(admin, { staleDays: pick([3, 7, 14, 30]) })],
  // The public directory (/developers) and the hire page's "available now".
  ["directory: default", () => directory({ page: String(int(1, 3)) })],
  ["directory: skill", () => directory({ skill: pick(SKILLS) })],
  ["directory: seniority + availability", () => directory({ seniority: pick(levels), availability: "full-time" })],
  ["directory: overlap 4 h + sort by experience", () => directory({ overlap: "4", sort: "experience" })],
  [
    "directory: skill + overlap + soonest",
    () => directory({ skill: pick(SKILLS), overlap: pick(["2", "6"]), sort: "start" }),
  ],
  ["directory: deep page (100-400)", () => directory({ page: String(int(100, 400)) })],
  ["directory: profile", () => getDirectoryProfile(pick(listedIds), "Europe/Berlin")],
  ["directory: hire page, 3 per level", () => listAvailableBySeniority(levels)],
];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const ms = (value: number) => value.toFixed(1).padStart(7);

console.log(
  `${engine}: ${candidateCount.toLocaleString("en-US")} candidates, ${requestsTotal.toLocaleString("en-US")} requests; ${RUNS} runs each after ${WARMUP} warm-up runs\n`,
);
console.log(
  `${"query".padEnd(44)} ${"runs".padStart(5)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"max".padStart(7)}  ${"cpu avg".padStart(7)} ${"avg total".padStart(9)}  p95 ≤ ${TARGET_MS} ms`,
);
let misses = 0;
for (const [name, run] of cases) {
  if (ONLY && !name.includes(ONLY)) continue;
  for (let i = 0; i < WARMUP; i++) await run();
  const wall: number[] = [];
  let totals = 0;
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = await run();
    wall.push(performance.now() - start);
    const total = (result as Result | null)?.total;
    totals += typeof total === "number" ? total : (total?.count ?? 0);
  }
  const cpu = process.cpuUsage(cpuStart);
  wall.sort((a, b) => a - b);
  const p95 = percentile(wall, 95);
  const ok = p95 <= TARGET_MS;
  if (!ok) misses++;
  const avgTotal =
    totals > 0 && (name.startsWith("requests") || name.startsWith("candidates") || name.startsWith("directory: "))
      ? Math.round(totals / RUNS).toLocaleString("en-US")
      : "";
  console.log(
    `${name.padEnd(44)} ${String(RUNS).padStart(5)} ${ms(percentile(wall, 50))} ${ms(p95)} ${ms(wall[wall.length - 1]!)}  ${ms((cpu.user + cpu.system) / 1000 / RUNS)} ${avgTotal.padStart(9)}  ${ok ? "yes" : "NO"}`,
  );
}
console.log(
  misses === 0 ? `\nEvery query has p95 ≤ ${TARGET_MS} ms.` : `\n${misses} of the queries have p95 > ${TARGET_MS} ms.`,
);
await closeDb();
