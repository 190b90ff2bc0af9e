/**
 * Fills a database with load-testing data: 100,000 candidates and 200,000 contact requests (or
 * `--candidates N --requests M`) with realistic variety, plus notes, calls and a few staff accounts, so the dashboard can be measured
 * (`npm run db:measure`) at the size it must handle.
 *
 *   DATABASE_URL=/tmp/scale.db npm run db:seed:scale
 *   DATABASE_URL=postgres://localhost/scale npm run db:seed:scale
 *
 * For load testing only: every account it creates shares one password (printed at the end), and
 * the content is invented. It refuses the default ./data/app.db unless given --force, and refuses
 * a database that already holds candidates or requests. The random generator is seeded, so runs
 * produce the same data; only dates move, because they are spread over the 18 months before today.
 */
import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteInsertValue, SQLiteTable } from "drizzle-orm/sqlite-core";
import { env } from "../config/env";
import { bulkLoad } from "../db/bulk-load";
import { engine } from "../db/engine";
import { closeDb, db, transaction } from "../db/index";
import { migrateDatabase } from "../db/migrator";
import {
  activities,
  bookings,
  type CandidateStage,
  candidateProfiles,
  candidateStageEvents,
  contactRequests,
  talentExperts,
  users,
} from "../db/schema";
import { seedContent } from "../db/seed-content";
import { emailKeys } from "../domain/email-identity";
import { hashPassword } from "../domain/password-hashing";

/** `--candidates N --requests M` for another size (issue #29 measures 500,000 and 1,000,000). */
function count(flag: string, fallback: number) {
  const index = process.argv.indexOf(flag);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${flag} takes a whole number above 0, not ${process.argv[index + 1] ?? "nothing"}`);
    process.exit(2);
  }
  return value;
}
const CANDIDATES = count("--candidates", 100_000);
const REQUESTS = count("--requests", 200_000);
const BATCH = 5_000;
const SCALE_PASSWORD = "scale-load-test-only";

if (engine === "sqlite" && resolve(env.DATABASE_URL) === resolve("data/app.db") && !process.argv.includes("--force")) {
  console.error(
    "db:seed:scale adds hundreds of thousands of invented rows: point DATABASE_URL at a scratch file (e.g. /tmp/scale.db) or database, or pass --force.",
  );
  process.exit(1);
}

const started = performance.now();
let lap = { wall: started, cpu: process.cpuUsage() };
/** Wall time, and this process's CPU time: on a busy machine the first waits for the second. */
function timed(label: string) {
  const wall = performance.now();
  const cpu = process.cpuUsage(lap.cpu);
  console.log(
    `${label.padEnd(60)} ${((wall - lap.wall) / 1000).toFixed(1).padStart(6)} s  (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`,
  );
  lap = { wall, cpu: process.cpuUsage() };
}

// mulberry32: small, fast and good enough to make invented data look varied, and repeatable.
let state = 0x5eed_2026;
function random() {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (p: number) => random() < p;
function weighted<T extends string>(weights: Record<T, number>): T {
  const entries = Object.entries(weights) as [T, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) if ((r -= w) < 0) return value;
  return entries[entries.length - 1]![0];
}

const FIRST = [
  "Anna",
  "Daniel",
  "Maria",
  "James",
  "Sofia",
  "Lukas",
  "Olga",
  "Mateo",
  "Aisha",
  "Wei",
  "Priya",
  "Tomasz",
  "Elena",
  "Omar",
  "Hannah",
  "Carlos",
  "Yuki",
  "Fatima",
  "Jonas",
  "Chloe",
  "Ivan",
  "Nina",
  "Ahmed",
  "Laura",
  "Pedro",
  "Mei",
  "Rahul",
  "Emma",
  "Mikhail",
  "Zoe",
  "Andrei",
  "Lucia",
  "Kenji",
  "Amara",
  "Felix",
  "Ingrid",
  "Diego",
  "Sara",
  "Arjun",
  "Julia",
  "Marek",
  "Leila",
  "Oscar",
  "Freya",
  "Hugo",
  "Noor",
  "Pablo",
  "Elif",
  "Bogdan",
  "Grace",
  "Tariq",
  "Alice",
  "Viktor",
  "Camille",
  "Ravi",
  "Martina",
  "Samuel",
  "Ines",
  "Kwame",
  "Lena",
  "Nikolai",
  "Paula",
  "Thiago",
  "Ayesha",
  "Erik",
  "Clara",
  "Dmitri",
  "Beatriz",
  "Joao",
  "Katarzyna",
  "Ali",
  "Marta",
  "Chen",
  "Helena",
  "Stefan",
  "Yasmin",
  "Adam",
  "Rosa",
  "Emil",
  "Daria",
] as const;
const LAST = [
  "Kowalczyk",
  "Reyes",
  "Garcia",
  "Smith",
  "Muller",
  "Nowak",
  "Rossi",
  "Silva",
  "Khan",
  "Wang",
  "Patel",
  "Ivanova",
  "Schmidt",
  "Lopez",
  "Novak",
  "Jensen",
  "Tanaka",
  "Haddad",
  "Brown",
  "Kim",
  "Dubois",
  "Petrov",
  "Costa",
  "Fischer",
  "Sato",
  "Okafor",
  "Martin",
  "Horvat",
  "Nguyen",
  "Andersson",
  "Moreau",
  "Kaya",
  "Popescu",
  "Yilmaz",
  "Singh",
  "Hernandez",
  "Weber",
  "Lindqvist",
  "Mensah",
  "Fernandes",
  "Wojcik",
  "Romano",
  "Bauer",
  "Chowdhury",
  "Ortega",
  "Kovacs",
  "Nielsen",
  "Sokolov",
  "Ferreira",
  "Ahmed",
  "Taylor",
  "Zhang",
  "Santos",
  "Kaminski",
  "Bianchi",
  "Hoffmann",
  "Morales",
  "Varga",
  "Lund",
  "Osei",
  "Markovic",
  "Russo",
  "Klein",
  "Castro",
  "Gupta",
  "Svensson",
  "Nakamura",
  "Adeyemi",
  "Laurent",
  "Marino",
  "Schulz",
  "Ruiz",
  "Bakker",
  "Dimitrov",
  "Jovanovic",
  "Keller",
  "Okoye",
  "Eriksen",
  "Park",
  "Volkov",
] as const;
const SKILLS = [
  "Go",
  "Java",
  "Kotlin",
  "Python",
  "Node.js",
  "TypeScript",
  "PostgreSQL",
  "MySQL",
  "Redis",
  "Kafka",
  "Kubernetes",
  "Docker",
  "AWS",
  "GCP",
  "gRPC",
  "GraphQL",
  "Rust",
  "C#",
  ".NET",
  "Elixir",
  "Scala",
  "Terraform",
  "RabbitMQ",
  "MongoDB",
  "Spring Boot",
  "Django",
  "FastAPI",
  "Express.js",
  "Ruby on Rails",
  "PHP",
  "Laravel",
  "Elasticsearch",
  "Cassandra",
  "DynamoDB",
  "Azure",
  "Linux",
  "Nginx",
  "Prometheus",
  "Grafana",
  "REST APIs",
  "Microservices",
  "CI/CD",
  "SQL Server",
  "ClickHouse",
  "Snowflake",
  "Airflow",
  "Spark",
  "NATS",
  "Helm",
  "OpenTelemetry",
] as const;
// The big languages and databases show up far more often than the niche ones.
const SKILL_WEIGHTS = SKILLS.map((_, i) => (i < 16 ? 6 : i < 30 ? 3 : 1));
const SKILL_TOTAL = SKILL_WEIGHTS.reduce((a, b) => a + b, 0);
function skillSet(n: number): string[] {
  const chosen = new Set<string>();
  while (chosen.size < n) {
    let r = random() * SKILL_TOTAL;
    const index = SKILL_WEIGHTS.findIndex((w) => (r -= w) < 0);
    chosen.add(SKILLS[index]!);
  }
  return [...chosen];
}
const HEADLINES = [
  (s: string[]) => `Backend engineer: ${s[0]} and ${s[1]}`,
  (s: string[]) => `${s[0]} developer building APIs and data pipelines`,
  (s: string[]) => `Platform engineer (${s[0]}, ${s[1]})`,
  (s: string[]) => `Payments backend with ${s[0]}`,
  (s: string[]) => `Distributed systems, ${s[0]} / ${s[1]}`,
  (s: string[]) => `API developer, ${s[0]} specialist`,
  (s: string[]) => `Site reliability and backend, ${s[1]}`,
  (s: string[]) => `Fintech backend engineer, ${s[0]}`,
  (s: string[]) => `E-commerce services in ${s[0]}`,
  (s: string[]) => `Data-heavy backends: ${s[1]} and ${s[0]}`,
];
const PLACES: [string, string][] = [
  ["Warsaw, Poland", "Europe/Warsaw"],
  ["Krakow, Poland", "Europe/Warsaw"],
  ["Berlin, Germany", "Europe/Berlin"],
  ["Lisbon, Portugal", "Europe/Lisbon"],
  ["Madrid, Spain", "Europe/Madrid"],
  ["Kyiv, Ukraine", "Europe/Kyiv"],
  ["Bucharest, Romania", "Europe/Bucharest"],
  ["Belgrade, Serbia", "Europe/Belgrade"],
  ["London, United Kingdom", "Europe/London"],
  ["Istanbul, Turkey", "Europe/Istanbul"],
  ["Cairo, Egypt", "Africa/Cairo"],
  ["Lagos, Nigeria", "Africa/Lagos"],
  ["Nairobi, Kenya", "Africa/Nairobi"],
  ["Bangalore, India", "Asia/Kolkata"],
  ["Manila, Philippines", "Asia/Manila"],
  ["Ho Chi Minh City, Vietnam", "Asia/Ho_Chi_Minh"],
  ["Sao Paulo, Brazil", "America/Sao_Paulo"],
  ["Buenos Aires, Argentina", "America/Argentina/Buenos_Aires"],
  ["Mexico City, Mexico", "America/Mexico_City"],
  ["Bogota, Colombia", "America/Bogota"],
  ["Toronto, Canada", "America/Toronto"],
  ["Austin, United States", "America/Chicago"],
];
const MAIL_DOMAINS = {
  "gmail.com": 45,
  "outlook.com": 14,
  "yahoo.com": 7,
  "proton.me": 7,
  "icloud.com": 5,
  "hey.com": 2,
  "fastmail.com": 3,
  "gmx.de": 4,
  "wp.pl": 3,
  "mail.ru": 2,
  "hotmail.com": 8,
};

const LEVELS = {
  Junior: [0, 2, 20_000, 60_000],
  Middle: [2, 5, 40_000, 100_000],
  Senior: [5, 8, 70_000, 160_000],
  "Expert / Team Lead": [8, 20, 100_000, 220_000],
} as const;
type Level = keyof typeof LEVELS;
const LEVEL_WEIGHTS: Record<Level, number> = { Junior: 20, Middle: 35, Senior: 30, "Expert / Team Lead": 15 };

const DAY = 24 * 60 * 60 * 1000;
// Midnight UTC: the same data every run of a day, and only shifted by whole days on another day.
const now = Math.floor(Date.now() / DAY) * DAY;
const SPAN_DAYS = 548;
/** Created some time in the last 18 months, more of them recently (the business grows). */
const createdWithinSpan = () => now - Math.floor(random() ** 1.4 * SPAN_DAYS * DAY) - int(0, DAY - 1);
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, "");

await migrateDatabase();
await seedContent();
const existing = (await db.$count(users, eq(users.role, "candidate"))) + (await db.$count(contactRequests));
if (existing > 0) {
  console.error(
    `The database already holds ${existing} candidates and requests: start from a fresh one (a new file, or an empty PostgreSQL database).`,
  );
  process.exit(1);
}
timed("migrate + seed content");

const passwordHash = await hashPassword(SCALE_PASSWORD);
timed("one argon2 hash, shared by every account");

// Rows go in as multi-row INSERTs of CHUNK rows, several per transaction: both engines' limit on
// parameters in one statement (SQLite 32,766, PostgreSQL 65,535) allows 1,000 rows of 20 columns.
const CHUNK = 1_000;
type Tx = Parameters<Parameters<typeof transaction>[0]>[0];
async function insertRows<T extends SQLiteTable>(tx: Tx, table: T, rows: SQLiteInsertValue<T>[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(table).values(rows.slice(i, i + CHUNK));
}
/**
 * Inserts rows and answers their ids by a unique column (accounts by email, requests by reference):
 * the order a multi-row RETURNING gives is not promised.
 */
async function insertKeyed<T extends SQLiteTable & { id: SQLiteColumn }>(
  tx: Tx,
  table: T,
  rows: SQLiteInsertValue<T>[],
  key: SQLiteColumn,
) {
  const ids = new Map<string, number>();
  for (let i = 0; i < rows.length; i += CHUNK) {
    const inserted = await tx
      .insert(table)
      .values(rows.slice(i, i + CHUNK))
      .returning({ id: table.id, key });
    for (const row of inserted) ids.set(String(row.key), Number(row.id));
  }
  return ids;
}
const insertUsers = (tx: Tx, rows: SQLiteInsertValue<typeof users>[]) => insertKeyed(tx, users, rows, users.email);
const at = (ms: number) => new Date(ms);
const atOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));

const STAFF = [
  ["Scale Admin", "admin@scale.bedrock-talent.test", "admin"],
  ["Marta Nowak", "marta.nowak@scale.bedrock-talent.test", "manager"],
  ["Jonas Weber", "jonas.weber@scale.bedrock-talent.test", "manager"],
  ["Priya Raman", "priya.raman@scale.bedrock-talent.test", "manager"],
  ["Lucas Ferreira", "lucas.ferreira@scale.bedrock-talent.test", "manager"],
  ["Hannah Brooks", "hannah.brooks@scale.bedrock-talent.test", "manager"],
] as const;
const staffIdsByEmail = await transaction((tx) =>
  insertUsers(
    tx,
    STAFF.map(([name, email, role]) => ({
      name,
      email,
      ...emailKeys(email),
      passwordHash,
      role,
      createdAt: at(now - SPAN_DAYS * DAY),
      updatedAt: at(now),
      emailVerifiedAt: at(now - SPAN_DAYS * DAY),
    })),
  ),
);
const staffIds = STAFF.map(([, email]) => staffIdsByEmail.get(email)!);
// Some managers carry more of the pipeline than others.
const STAFF_WEIGHTS = [1, 5, 4, 3, 2, 1];
const STAFF_TOTAL = STAFF_WEIGHTS.reduce((a, b) => a + b, 0);
const pickStaff = () => {
  let r = random() * STAFF_TOTAL;
  return staffIds[STAFF_WEIGHTS.findIndex((w) => (r -= w) < 0)] ?? staffIds[1]!;
};

// ---- Candidates -----------------------------------------------------------------------------

const STAGE_WEIGHTS: Record<CandidateStage, number> = {
  draft: 7,
  submitted: 31,
  screening: 24,
  technical_interview: 10,
  // About 10,000 of the 100,000: every vetted candidate is listed in the public directory.
  vetted: 11,
  placed: 4,
  rejected: 13,
};
const FRESH_STAGE_WEIGHTS: Record<CandidateStage, number> = {
  draft: 10,
  submitted: 65,
  screening: 20,
  technical_interview: 5,
  vetted: 0,
  placed: 0,
  rejected: 0,
};
const STAGE_DAYS = {
  draft: 0,
  submitted: 2,
  screening: 10,
  technical_interview: 21,
  vetted: 30,
  placed: 60,
  rejected: 14,
} as const;
const REJECT_REASONS = [
  "Not enough backend experience",
  "Salary expectations above range",
  "Did not pass the technical interview",
  "Withdrew",
  null,
];
const NOTES = [
  "Called, very responsive. Prefers remote with some overlap with CET.",
  "Strong system design answers; a little thin on testing.",
  "Asked for a follow-up next week.",
  "Shared two references, both positive.",
  "Good communication, English better than the form says.",
  "Wants to move to a product company, not an agency.",
];

const usedCanonical = new Set<string>();
const usedEmails = new Set<string>();
function candidateEmail(first: string, last: string) {
  const f = slug(first);
  const l = slug(last);
  const domain = weighted(MAIL_DOMAINS);
  const local = pick([`${f}.${l}`, `${f}${l}`, `${f[0]}.${l}`, `${f}_${l}`, `${f}.${l}${int(70, 99)}`, `${l}.${f}`]);
  for (let n = 0; ; n++) {
    const email = `${n === 0 ? local : `${local}${n}`}@${domain}`;
    const { emailCanonical } = emailKeys(email);
    if (!usedCanonical.has(emailCanonical)) {
      usedCanonical.add(emailCanonical);
      return email;
    }
  }
}
/** The same inbox under another address: the duplicate-account case the dashboard flags. */
function aliasOf(email: string) {
  const [local = "", domain = ""] = email.split("@");
  if (domain === "gmail.com" && chance(0.6)) {
    const plain = local.replaceAll(".", "");
    const dot = int(1, Math.max(1, plain.length - 1));
    return `${plain.slice(0, dot)}.${plain.slice(dot)}@${chance(0.3) ? "googlemail.com" : "gmail.com"}`;
  }
  return `${local}+${pick(["jobs", "work", "bedrock", "cv", "2", "apply"])}@${domain}`;
}

type Candidate = { name: string; email: string; createdAt: number };
const people: Candidate[] = [];
for (let i = 0; i < CANDIDATES; i++) {
  const original = people.length > 100 && chance(0.03) ? people[int(0, people.length - 1)]! : undefined;
  if (original) {
    const email = aliasOf(original.email);
    if (!usedEmails.has(email)) {
      usedEmails.add(email);
      people.push({ name: original.name, email, createdAt: Math.min(now, original.createdAt + int(1, 120) * DAY) });
      continue;
    }
  }
  const first = pick(FIRST);
  const last = pick(LAST);
  const email = candidateEmail(first, last);
  usedEmails.add(email);
  people.push({ name: `${first} ${last}`, email, createdAt: createdWithinSpan() });
}
people.sort((a, b) => a.createdAt - b.createdAt);
timed(`generate ${CANDIDATES.toLocaleString("en-US")} candidates`);

let activityCount = 0;

async function insertCandidates(batch: Candidate[]) {
  const accounts: SQLiteInsertValue<typeof users>[] = [];
  // Everything about a person but the id their account gets.
  const pending: {
    email: string;
    profile: Omit<SQLiteInsertValue<typeof candidateProfiles>, "userId">;
    event: Omit<SQLiteInsertValue<typeof candidateStageEvents>, "userId">;
    selfMoved: boolean;
    notes: Omit<SQLiteInsertValue<typeof activities>, "subjectId">[];
  }[] = [];
  for (const person of batch) {
    const ageDays = (now - person.createdAt) / DAY;
    const stage = weighted(ageDays < 14 ? FRESH_STAGE_WEIGHTS : STAGE_WEIGHTS);
    const draft = stage === "draft";
    const empty = draft && chance(0.5);
    const level = weighted(LEVEL_WEIGHTS);
    const [yearsMin, yearsMax, salaryMin, salaryMax] = LEVELS[level];
    const skills = empty ? [] : skillSet(int(2, 8));
    const [location, timeZone] = pick(PLACES);
    const submittedAt = draft ? null : Math.min(now, person.createdAt + int(0, 3 * DAY));
    const moved = submittedAt ?? person.createdAt;
    // Each stage took its time; some candidates then sat untouched for months (the overview's stale list).
    const updatedAt = Math.min(now, moved + Math.round(STAGE_DAYS[stage] * DAY * (0.5 + random())));
    const availability = weighted({ "full-time": 75, "part-time": 20, unknown: 5 });
    accounts.push({
      name: person.name,
      email: person.email,
      ...emailKeys(person.email),
      passwordHash,
      role: "candidate",
      createdAt: at(person.createdAt),
      updatedAt: at(updatedAt),
    });
    const profile = {
      headline: empty ? "" : pick(HEADLINES)(skills),
      seniority: empty ? null : level,
      yearsExperience: empty ? null : int(yearsMin, yearsMax),
      skills,
      location: empty ? "" : location,
      timeZone: empty ? null : timeZone,
      englishLevel: empty ? null : weighted({ conversational: 15, professional: 45, fluent: 30, native: 7, basic: 3 }),
      expectedSalary: empty ? null : Math.round(int(salaryMin, salaryMax) / 1000) * 1000,
      salaryCurrency: weighted({ USD: 60, EUR: 32, GBP: 8 }),
      availability: empty || availability === "unknown" ? null : availability,
      earliestStart: empty || chance(0.4) ? null : isoDate(moved + int(7, 90) * DAY),
      githubUrl: empty || chance(0.4) ? null : `https://github.com/${slug(person.name)}${int(1, 999)}`,
      linkedinUrl: empty || chance(0.3) ? null : `https://www.linkedin.com/in/${slug(person.name)}-${int(100, 99999)}`,
      consentAt: draft ? null : atOrNull(submittedAt),
      stage,
      submittedAt: atOrNull(submittedAt),
      rating: !draft && stage !== "submitted" && chance(0.25) ? int(1, 5) : null,
      ...(stage === "vetted"
        ? {
            listedAt: at(updatedAt),
            publicId: Array.from({ length: 12 }, () => pick([..."abcdefghijklmnopqrstuvwxyz0123456789"])).join(""),
            displayName: chance(0.3) ? person.name.split(" ")[0] : null,
            languages: chance(0.6) ? [pick(["Spanish", "German", "Polish", "Portuguese", "Ukrainian", "French"])] : [],
            workplace: weighted({ remote: 70, hybrid: 20, on_site: 10 }),
            engagement: weighted({ full_time: 50, contract: 20, either: 30 }),
          }
        : {}),
      createdAt: at(person.createdAt),
      updatedAt: at(updatedAt),
    };
    const byStaff = stage !== "draft" && stage !== "submitted";
    const event = {
      stage,
      reason: stage === "rejected" ? pick(REJECT_REASONS) : null,
      changedById: byStaff ? pickStaff() : null,
      createdAt: at(updatedAt),
    };
    const notes: Omit<SQLiteInsertValue<typeof activities>, "subjectId">[] = [];
    if (byStaff && chance(0.08)) {
      for (let n = int(1, 2); n > 0; n--)
        notes.push({
          subjectType: "candidate",
          actorId: pickStaff(),
          kind: "note",
          body: pick(NOTES),
          createdAt: at(int(moved, updatedAt)),
        });
    }
    pending.push({ email: person.email, profile, event, selfMoved: !byStaff, notes });
  }
  await transaction(async (tx) => {
    const ids = await insertUsers(tx, accounts);
    const idOf = (email: string) => ids.get(email)!;
    await insertRows(
      tx,
      candidateProfiles,
      pending.map((p) => ({ ...p.profile, userId: idOf(p.email) })),
    );
    await insertRows(
      tx,
      candidateStageEvents,
      pending.map((p) => ({
        ...p.event,
        userId: idOf(p.email),
        changedById: p.selfMoved ? idOf(p.email) : p.event.changedById,
      })),
    );
    const notes = pending.flatMap((p) => p.notes.map((note) => ({ ...note, subjectId: idOf(p.email) })));
    await insertRows(tx, activities, notes);
    activityCount += notes.length;
  });
}

// ---- Contact requests -----------------------------------------------------------------------

const COMPANY_HEADS = [
  "Acme",
  "Northwind",
  "Bluefin",
  "Brightpath",
  "Atlas",
  "Cobalt",
  "Evergreen",
  "Finch",
  "Granite",
  "Harbor",
  "Ionic",
  "Juniper",
  "Keystone",
  "Lumen",
  "Meridian",
  "Nimbus",
  "Orbit",
  "Pinecrest",
  "Quantum",
  "Redwood",
  "Summit",
  "Tidal",
  "Umbra",
  "Vantage",
  "Willow",
  "Zenith",
  "Aurora",
  "Beacon",
  "Cascade",
  "Delta",
  "Ember",
  "Fjord",
  "Gale",
  "Helix",
  "Indigo",
  "Jade",
  "Kite",
  "Lattice",
  "Mosaic",
  "Nova",
  "Onyx",
  "Polar",
  "Quill",
  "Ridge",
  "Sable",
  "Terra",
  "Upland",
  "Vertex",
  "Wren",
  "Yonder",
  "Alder",
  "Birch",
  "Cedar",
  "Dune",
  "Echo",
  "Flint",
];
const COMPANY_TAILS = [
  "Labs",
  "Logistics",
  "Health",
  "Pay",
  "Systems",
  "Software",
  "Analytics",
  "Cloud",
  "Robotics",
  "Media",
  "Bank",
  "Games",
  "Energy",
  "Foods",
  "Travel",
  "Insurance",
  "Mobility",
  "Retail",
  "Security",
  "Data",
  "Learning",
  "Capital",
  "Studio",
  "Networks",
  "Commerce",
  "Bio",
  "Freight",
];
const COMPANY_FORMS = { "": 60, " Inc.": 12, " GmbH": 8, " Ltd": 8, " B.V.": 4, " S.A.": 4, " Sp. z o.o.": 4 };
const companies = Array.from({ length: 12_000 }, (_, i) => {
  const base =
    i < COMPANY_HEADS.length * COMPANY_TAILS.length
      ? `${COMPANY_HEADS[i % COMPANY_HEADS.length]} ${COMPANY_TAILS[Math.floor(i / COMPANY_HEADS.length)]}`
      : `${pick(COMPANY_HEADS)}${pick(COMPANY_TAILS).toLowerCase()} ${pick(COMPANY_TAILS)}`;
  const name = `${base}${weighted(COMPANY_FORMS)}`;
  return { name, domain: `${slug(base)}.${weighted({ com: 60, io: 20, de: 7, co: 7, pl: 3, "co.uk": 3 })}` };
});
// A few companies come back again and again; most write once or twice.
const pickCompany = () => companies[Math.floor(random() ** 2.5 * companies.length)]!;
const ROLES = {
  "Backend developer": 55,
  "Senior backend engineer": 10,
  "Platform engineer": 7,
  "API developer": 6,
  "Data engineer": 6,
  "Go developer": 5,
  "Java developer": 5,
  "Python developer": 6,
};
const DESIRED_START = { asap: 40, "within-1-month": 25, "within-3-months": 25, later: 10 };
const BUDGETS = [
  () => `$${int(5, 18) * 10}k a year`,
  () => `${(int(50, 180) * 1000).toLocaleString("en-US")} USD`,
  () => `€${int(30, 90)}/hour`,
  () => `up to ${int(6, 20) * 10}k`,
  () => "flexible for the right person",
];
const PRODUCTS = [
  "a payments platform",
  "our logistics API",
  "a telehealth product",
  "a B2B SaaS",
  "an internal data platform",
  "a marketplace",
  "our mobile app's backend",
  "a trading engine",
];
const LOST_REASONS = ["Budget", "Hired elsewhere", "Project cancelled", "No response", "Went with an agency", "Timing"];
const REQUEST_NOTES = [
  "Intro call done; they want profiles by Friday.",
  "Sent three profiles, waiting for feedback.",
  "Budget is tighter than the form says.",
  "Follow up after their board meeting.",
  "CTO joined the call, strong interest in Go and Kafka.",
  "Needs overlap with US Eastern hours.",
  "Asked for a discount on more than five developers.",
  "Left a voicemail.",
];
type Status = "new" | "contacted" | "qualified" | "proposal" | "won" | "lost";
const STATUS_BY_AGE: [number, Record<Status, number>][] = [
  [3, { new: 80, contacted: 20, qualified: 0, proposal: 0, won: 0, lost: 0 }],
  [30, { new: 25, contacted: 35, qualified: 20, proposal: 10, won: 3, lost: 7 }],
  [Infinity, { new: 3, contacted: 12, qualified: 10, proposal: 8, won: 25, lost: 42 }],
];

const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const usedReferences = new Set<string>();
function reference(prefix: string) {
  for (;;) {
    let code = "";
    for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[Math.floor(random() * REFERENCE_ALPHABET.length)];
    if (!usedReferences.has(code)) {
      usedReferences.add(code);
      return `${prefix}-${code}`;
    }
  }
}

const requestTimes = Array.from({ length: REQUESTS }, createdWithinSpan).sort((a, b) => a - b);
const experts = await db
  .select({ id: talentExperts.id, minutes: talentExperts.callMinutes })
  .from(talentExperts)
  .where(eq(talentExperts.active, true))
  .orderBy(talentExperts.id);
const HALF_HOUR = 30 * 60 * 1000;
const takenSlots = new Set<string>();
let bookingCount = 0;

async function insertRequests(times: number[]) {
  const requests: SQLiteInsertValue<typeof contactRequests>[] = [];
  // Notes and calls wait for their request's id, found by its reference.
  const notes: (Omit<SQLiteInsertValue<typeof activities>, "subjectId"> & { reference: string })[] = [];
  const calls: (Omit<SQLiteInsertValue<typeof bookings>, "contactRequestId"> & { request: string })[] = [];
  for (const createdAt of times) {
    const company = pickCompany();
    const first = pick(FIRST);
    const last = pick(LAST);
    const email =
      pick([`${slug(first)}.${slug(last)}`, slug(first), `${slug(first)[0]}${slug(last)}`]) + `@${company.domain}`;
    const ageDays = (now - createdAt) / DAY;
    const status = weighted(STATUS_BY_AGE.find(([days]) => ageDays < days)![1]);
    const assigneeId = status === "new" ? (chance(0.2) ? pickStaff() : null) : chance(0.9) ? pickStaff() : null;
    // Closed requests were last touched when they closed; some open ones have been left alone for months.
    const updatedAt =
      status === "new" && chance(0.7)
        ? createdAt
        : Math.min(now, createdAt + Math.floor(random() * Math.min(ageDays, 60) * DAY));
    const skills = skillSet(int(1, 3));
    const developers = weighted({ "1": 40, "2": 20, "3": 12, "4": 7, "5": 6, more: 15 });
    const requestReference = reference("BT");
    requests.push({
      reference: requestReference,
      name: `${first} ${last}`,
      email,
      emailNormalized: email.toLowerCase(),
      company: company.name,
      role: weighted(ROLES),
      seniority: weighted(LEVEL_WEIGHTS),
      developers: developers === "more" ? int(6, 20) : Number(developers),
      desiredStart: weighted(DESIRED_START),
      budget: chance(0.55) ? pick(BUDGETS)() : null,
      message: `We are building ${pick(PRODUCTS)} and need backend help with ${skills.join(", ")}. Remote is fine; we work in English.`,
      sourcePage: weighted({ "/hire/backend": 50, "/contact": 30, "/guides/backend-development": 10, "/": 10 }),
      status,
      lostReason: status === "lost" ? pick(LOST_REASONS) : null,
      assigneeId,
      consentAt: at(createdAt),
      createdAt: at(createdAt),
      updatedAt: at(updatedAt),
    });
    if (status !== "new" && chance(0.25)) {
      for (let n = int(1, 3); n > 0; n--)
        notes.push({
          reference: requestReference,
          subjectType: "request",
          actorId: assigneeId ?? pickStaff(),
          kind: "note",
          body: pick(REQUEST_NOTES),
          createdAt: at(int(createdAt, updatedAt)),
        });
    }
    if (experts.length > 0 && chance(0.04)) {
      const expert = pick(experts);
      const day = Math.floor((createdAt + int(1, 10) * DAY) / DAY) * DAY;
      const startsAt = day + int(26, 33) * HALF_HOUR; // 13:00–16:30 UTC, on the half hour
      // Like the real booking rules: an expert's calls never overlap (PostgreSQL's exclusion constraint checks it).
      const slots = Array.from(
        { length: Math.ceil(expert.minutes / 30) },
        (_, n) => `${expert.id}:${startsAt + n * HALF_HOUR}`,
      );
      if (slots.some((slot) => takenSlots.has(slot))) continue;
      for (const slot of slots) takenSlots.add(slot);
      const past = startsAt < now;
      const callStatus = past
        ? weighted({ completed: 75, no_show: 8, cancelled: 17 })
        : weighted({ confirmed: 92, cancelled: 8 });
      calls.push({
        request: requestReference,
        reference: reference("BC"),
        expertId: expert.id,
        startsAt: at(startsAt),
        endsAt: at(startsAt + expert.minutes * 60 * 1000),
        status: callStatus,
        name: `${first} ${last}`,
        email,
        emailNormalized: email.toLowerCase(),
        company: company.name,
        hiringFor: weighted(ROLES),
        visitorTimeZone: pick(PLACES)[1],
        manageTokenHash: createHash("sha256").update(`scale-booking-${requestReference}`).digest("hex"),
        reminderSentAt: past && callStatus !== "cancelled" ? at(startsAt - DAY) : null,
        cancelledAt: callStatus === "cancelled" ? at(Math.min(now, startsAt - int(1, 48) * 60 * 60 * 1000)) : null,
        createdAt: at(createdAt),
      });
    }
  }
  await transaction(async (tx) => {
    const ids = await insertKeyed(tx, contactRequests, requests, contactRequests.reference);
    await insertRows(
      tx,
      activities,
      notes.map(({ reference: requestReference, ...note }) => ({ ...note, subjectId: ids.get(requestReference)! })),
    );
    await insertRows(
      tx,
      bookings,
      calls.map(({ request, ...call }) => ({ ...call, contactRequestId: ids.get(request)! })),
    );
  });
  activityCount += notes.length;
  bookingCount += calls.length;
}
await bulkLoad(async () => {
  for (let i = 0; i < people.length; i += BATCH) await insertCandidates(people.slice(i, i + BATCH));
  timed("insert candidates (users, profiles, stage events)");
  for (let i = 0; i < requestTimes.length; i += BATCH) await insertRequests(requestTimes.slice(i, i + BATCH));
  timed("insert requests, notes and calls");
});
timed(engine === "sqlite" ? "fill FTS indexes, put the insert triggers back" : "VACUUM ANALYZE");
await closeDb();

console.log(
  `\n${CANDIDATES.toLocaleString("en-US")} candidates, ${REQUESTS.toLocaleString("en-US")} requests, ${activityCount.toLocaleString("en-US")} notes, ` +
    `${bookingCount.toLocaleString("en-US")} calls, ${staffIds.length} staff on ${engine} in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(`Staff sign-in (load testing only, every scale account shares it): ${STAFF[0][1]} / ${SCALE_PASSWORD}`);
