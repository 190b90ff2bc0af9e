/**
 * Fills a database with load-testing data: 100,000 candidates and 200,000 contact requests with
 * realistic variety, plus notes, calls and a few staff accounts, so the dashboard can be measured
 * (`npm run db:measure`) at the size it must handle.
 *
 *   DATABASE_URL=/tmp/scale.db npm run db:seed:scale
 *
 * For load testing only: every account it creates shares one password (printed at the end), and
 * the content is invented. It refuses the default ./data/app.db unless given --force, and refuses
 * a database that already holds candidates or requests. The random generator is seeded, so runs
 * produce the same data; only dates move, because they are spread over the 18 months before today.
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { env } from "../config/env";
import type { CandidateStage } from "../db/schema";
import { seedContent } from "../db/seed-content";
import { createDb } from "../db/sqlite/client";
import { migrateSqlite } from "../db/sqlite/migrator";
import { emailKeys } from "../domain/email-identity";
import { hashPassword } from "../domain/password-hashing";

const CANDIDATES = 100_000;
const REQUESTS = 200_000;
const BATCH = 5_000;
const SCALE_PASSWORD = "scale-load-test-only";

const file = resolve(env.DATABASE_URL);
if (file === resolve("data/app.db") && !process.argv.includes("--force")) {
  console.error(
    "db:seed:scale adds 300,000 invented rows: point DATABASE_URL at a scratch file (e.g. /tmp/scale.db), or pass --force.",
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

const db = createDb(file);
const sqlite = db.$client;
migrateSqlite(db);
await seedContent();
const existing = sqlite
  .prepare(
    "SELECT (SELECT count(*) FROM users WHERE role = 'candidate') + (SELECT count(*) FROM contact_requests) AS n",
  )
  .get() as { n: number };
if (existing.n > 0) {
  console.error(`${file} already holds ${existing.n} candidates and requests: start from a fresh file (rm ${file}*).`);
  process.exit(1);
}
// A throwaway database: losing it to a power cut costs a re-run, so skip the syncs while loading.
sqlite.pragma("synchronous = OFF");
sqlite.pragma("cache_size = -262144");
// Filling the search indexes row by row through the insert triggers costs twice the CPU of one
// bulk insert at the end; the triggers are put back from their own SQL once that is done (a run
// stopped half-way leaves an unfinished file without them: start again from a fresh one).
const ftsTriggers = sqlite
  .prepare(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('candidate_search_insert', 'request_search_insert')",
  )
  .all() as { name: string; sql: string }[];
if (ftsTriggers.length !== 2) throw new Error("expected the FTS insert triggers of migration 0001");
for (const trigger of ftsTriggers) sqlite.exec(`DROP TRIGGER ${trigger.name}`);
timed("migrate + seed content");

const passwordHash = await hashPassword(SCALE_PASSWORD);
timed("one argon2 hash, shared by every account");

const insertUser = sqlite.prepare(
  `INSERT INTO users (name, email, email_normalized, email_canonical, password_hash, role, created_at, updated_at, email_verified_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const STAFF = [
  ["Scale Admin", "admin@scale.bedrock-talent.test", "admin"],
  ["Marta Nowak", "marta.nowak@scale.bedrock-talent.test", "manager"],
  ["Jonas Weber", "jonas.weber@scale.bedrock-talent.test", "manager"],
  ["Priya Raman", "priya.raman@scale.bedrock-talent.test", "manager"],
  ["Lucas Ferreira", "lucas.ferreira@scale.bedrock-talent.test", "manager"],
  ["Hannah Brooks", "hannah.brooks@scale.bedrock-talent.test", "manager"],
] as const;
const staffIds = sqlite.transaction(() =>
  STAFF.map(([name, email, role]) => {
    const keys = emailKeys(email);
    return Number(
      insertUser.run(
        name,
        email,
        keys.emailNormalized,
        keys.emailCanonical,
        passwordHash,
        role,
        now - SPAN_DAYS * DAY,
        now,
        now - SPAN_DAYS * DAY,
      ).lastInsertRowid,
    );
  }),
)();
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
  submitted: 33,
  screening: 24,
  technical_interview: 10,
  vetted: 9,
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

const insertProfile = sqlite.prepare(
  `INSERT INTO candidate_profiles (user_id, headline, seniority, years_experience, skills, location, time_zone, english_level, expected_salary,
     salary_currency, availability, earliest_start, github_url, linkedin_url, consent_at, stage, submitted_at, rating, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertStageEvent = sqlite.prepare(
  "INSERT INTO candidate_stage_events (user_id, stage, reason, changed_by_id, created_at) VALUES (?, ?, ?, ?, ?)",
);
const insertActivity = sqlite.prepare(
  "INSERT INTO activities (subject_type, subject_id, actor_id, kind, body, created_at) VALUES (?, ?, ?, ?, ?, ?)",
);
let activityCount = 0;

const insertCandidates = sqlite.transaction((batch: Candidate[]) => {
  for (const person of batch) {
    const keys = emailKeys(person.email);
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
    const userId = Number(
      insertUser.run(
        person.name,
        person.email,
        keys.emailNormalized,
        keys.emailCanonical,
        passwordHash,
        "candidate",
        person.createdAt,
        updatedAt,
      ).lastInsertRowid,
    );
    insertProfile.run(
      userId,
      empty ? "" : pick(HEADLINES)(skills),
      empty ? null : level,
      empty ? null : int(yearsMin, yearsMax),
      JSON.stringify(skills),
      empty ? "" : location,
      empty ? null : timeZone,
      empty ? null : weighted({ conversational: 15, professional: 45, fluent: 30, native: 7, basic: 3 }),
      empty ? null : Math.round(int(salaryMin, salaryMax) / 1000) * 1000,
      weighted({ USD: 60, EUR: 32, GBP: 8 }),
      empty || availability === "unknown" ? null : availability,
      empty || chance(0.4) ? null : isoDate(moved + int(7, 90) * DAY),
      empty || chance(0.4) ? null : `https://github.com/${slug(person.name)}${int(1, 999)}`,
      empty || chance(0.3) ? null : `https://www.linkedin.com/in/${slug(person.name)}-${int(100, 99999)}`,
      draft ? null : submittedAt,
      stage,
      submittedAt,
      !draft && stage !== "submitted" && chance(0.25) ? int(1, 5) : null,
      person.createdAt,
      updatedAt,
    );
    const byStaff = stage !== "draft" && stage !== "submitted";
    insertStageEvent.run(
      userId,
      stage,
      stage === "rejected" ? pick(REJECT_REASONS) : null,
      byStaff ? pickStaff() : userId,
      updatedAt,
    );
    if (byStaff && chance(0.08)) {
      for (let n = int(1, 2); n > 0; n--, activityCount++)
        insertActivity.run("candidate", userId, pickStaff(), "note", pick(NOTES), int(moved, updatedAt));
    }
  }
});
for (let i = 0; i < people.length; i += BATCH) insertCandidates(people.slice(i, i + BATCH));
timed("insert candidates (users, profiles, stage events)");

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
const insertRequest = sqlite.prepare(
  `INSERT INTO contact_requests (reference, name, email, email_normalized, company, role, seniority, developers, desired_start, budget, message,
     source_page, status, lost_reason, assignee_id, consent_at, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const insertBooking = sqlite.prepare(
  `INSERT INTO bookings (reference, expert_id, contact_request_id, starts_at, ends_at, status, name, email, email_normalized, company, hiring_for,
     visitor_time_zone, manage_token_hash, reminder_sent_at, cancelled_at, created_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
);
const experts = sqlite.prepare("SELECT id, call_minutes AS minutes FROM talent_experts WHERE active = 1").all() as {
  id: number;
  minutes: number;
}[];
const takenSlots = new Set<string>();
let bookingCount = 0;

const insertRequests = sqlite.transaction((times: number[]) => {
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
    const id = Number(
      insertRequest.run(
        reference("BT"),
        `${first} ${last}`,
        email,
        email.toLowerCase(),
        company.name,
        weighted(ROLES),
        weighted(LEVEL_WEIGHTS),
        developers === "more" ? int(6, 20) : Number(developers),
        weighted(DESIRED_START),
        chance(0.55) ? pick(BUDGETS)() : null,
        `We are building ${pick(PRODUCTS)} and need backend help with ${skills.join(", ")}. Remote is fine; we work in English.`,
        weighted({ "/hire/backend": 50, "/contact": 30, "/guides/backend-development": 10, "/": 10 }),
        status,
        status === "lost" ? pick(LOST_REASONS) : null,
        assigneeId,
        createdAt,
        createdAt,
        updatedAt,
      ).lastInsertRowid,
    );
    if (status !== "new" && chance(0.25)) {
      for (let n = int(1, 3); n > 0; n--, activityCount++)
        insertActivity.run(
          "request",
          id,
          assigneeId ?? pickStaff(),
          "note",
          pick(REQUEST_NOTES),
          int(createdAt, updatedAt),
        );
    }
    if (experts.length > 0 && chance(0.04)) {
      const expert = pick(experts);
      const day = Math.floor((createdAt + int(1, 10) * DAY) / DAY) * DAY;
      const startsAt = day + int(26, 33) * 30 * 60 * 1000; // 13:00–16:30 UTC, on the half hour
      const slotKey = `${expert.id}:${startsAt}`;
      if (takenSlots.has(slotKey)) continue; // one call per expert and start time, like the real booking rule
      takenSlots.add(slotKey);
      const past = startsAt < now;
      const callStatus = past
        ? weighted({ completed: 75, no_show: 8, cancelled: 17 })
        : weighted({ confirmed: 92, cancelled: 8 });
      insertBooking.run(
        reference("BC"),
        expert.id,
        id,
        startsAt,
        startsAt + expert.minutes * 60 * 1000,
        callStatus,
        `${first} ${last}`,
        email,
        email.toLowerCase(),
        company.name,
        weighted(ROLES),
        pick(PLACES)[1],
        createHash("sha256").update(`scale-booking-${id}`).digest("hex"),
        past && callStatus !== "cancelled" ? startsAt - DAY : null,
        callStatus === "cancelled" ? Math.min(now, startsAt - int(1, 48) * 60 * 60 * 1000) : null,
        createdAt,
      );
      bookingCount++;
    }
  }
});
for (let i = 0; i < requestTimes.length; i += BATCH) insertRequests(requestTimes.slice(i, i + BATCH));
timed("insert requests, notes and calls");

sqlite.transaction(() => {
  // The same rows the triggers (and migration 0001's backfill) write; the staff have no profile.
  sqlite.exec(`
    INSERT INTO candidate_search (rowid, name, headline, skills)
      SELECT users.id, users.name, candidate_profiles.headline, candidate_profiles.skills FROM candidate_profiles JOIN users ON users.id = candidate_profiles.user_id;
    INSERT INTO request_search (rowid, name, company, email) SELECT id, name, company, email_normalized FROM contact_requests;
    INSERT INTO candidate_search (candidate_search) VALUES ('optimize');
    INSERT INTO request_search (request_search) VALUES ('optimize');`);
  for (const trigger of ftsTriggers) sqlite.exec(trigger.sql);
})();
timed("fill FTS indexes, put the insert triggers back");
// No ANALYZE: a production database has no statistics unless someone runs it, and the queries
// must be fast without them (db:measure gives the same figures either way).
sqlite.pragma("wal_checkpoint(TRUNCATE)");
sqlite.close();
timed("checkpoint");

const size = statSync(file).size / 1024 / 1024;
console.log(
  `\n${file}: ${CANDIDATES.toLocaleString("en-US")} candidates, ${REQUESTS.toLocaleString("en-US")} requests, ${activityCount.toLocaleString("en-US")} notes, ` +
    `${bookingCount.toLocaleString("en-US")} calls, ${staffIds.length} staff; ${size.toFixed(0)} MB in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
);
console.log(`Staff sign-in (load testing only, every scale account shares it): ${STAFF[0][1]} / ${SCALE_PASSWORD}`);
