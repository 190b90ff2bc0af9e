import { test as base, expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { createDb } from "../db/client";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { appSecrets, bookings, candidateProfiles, candidateStageEvents, contactRequests, rateLimits, talentExperts, users } from "../db/schema";
import { createFormToken } from "../lib/form-guard";
import { emailKeys } from "../lib/email-identity";
import { createManageToken, hashManageToken } from "../lib/manage-token";
import { hashRateLimitKey } from "../lib/rate-limit";
import { randomBytes } from "node:crypto";

/** The test run's database: the same file the server under test uses (see playwright.config.ts). */
export const db = createDb(process.env.E2E_DATABASE_URL ?? "");

/** A contact-form token signed by the server's key as if the form had been rendered `ageMs` ago. */
export function agedFormToken(ageMs = 10_000) {
  const secret = db.select().from(appSecrets).where(eq(appSecrets.name, "form-signing")).get()?.value;
  if (!secret) throw new Error("the server has not created its form-signing secret yet");
  return createFormToken(secret, Date.now() - ageMs);
}

/** Re-signs the page's form token as if the form had been rendered `ageMs` ago. */
export async function backdateFormToken(page: Page, ageMs = 10_000) {
  await page.locator('input[name="formToken"]').evaluate((input, token) => ((input as HTMLInputElement).value = token), agedFormToken(ageMs));
}

/**
 * Sets a rate-limit counter as if `count` hits had happened at `windowStart`. Keys are stored as
 * the server's keyed hash; the secret is created here if the server has not needed it yet.
 */
export function fillRateLimit(key: string, count: number, windowStart = Date.now()) {
  db.insert(appSecrets).values({ name: "rate-limit", value: randomBytes(32).toString("base64url") }).onConflictDoNothing().run();
  const secret = db.select().from(appSecrets).where(eq(appSecrets.name, "rate-limit")).get()?.value ?? "";
  const row = { key: hashRateLimitKey(secret, key), windowStart, count };
  db.insert(rateLimits).values(row).onConflictDoUpdate({ target: rateLimits.key, set: { windowStart, count } }).run();
}

let clients = 0;
let signIns = 0;
export const test = base.extend<{ clientIp: string }>({
  // Each test is its own client, so per-IP rate limits of one test never leak into another.
  clientIp: [
    async ({ context }, provide, testInfo) => {
      const ip = `198.51.${testInfo.workerIndex}.${++clients}`;
      await context.setExtraHTTPHeaders({ "x-forwarded-for": ip });
      await provide(ip);
    },
    { auto: true },
  ],
});

export { expect };

let bookingsMade = 0;

/** A confirmed call straight in the database (for states the UI cannot reach quickly, like "starts in 1 hour"). */
export function insertBooking(startsAt: Date, overrides: { email?: string; expertSlug?: string } = {}) {
  const expert = db.select().from(talentExperts).where(eq(talentExperts.slug, overrides.expertSlug ?? "anna-kowalczyk")).get();
  if (!expert) throw new Error("seeded expert missing");
  const token = createManageToken();
  const suffix = `${process.pid}-${++bookingsMade}`;
  const email = overrides.email ?? `fixture-${suffix}@company.example`;
  const booking = db
    .insert(bookings)
    .values({
      reference: `BC-T${suffix}`.slice(0, 20),
      expertId: expert.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      name: "Fixture Visitor",
      email,
      emailNormalized: email.toLowerCase(),
      company: "Fixture Co",
      hiringFor: "Backend engineers",
      visitorTimeZone: "Europe/London",
      manageTokenHash: hashManageToken(token),
    })
    .returning()
    .get();
  return { booking, token, expert };
}

/** Raw messages the SMTP sink received for one address. */
export function mailTo(address: string): string[] {
  const dir = process.env.E2E_MAIL_DIR ?? "";
  let files: string[] = [];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return files.map((file) => readFileSync(join(dir, file), "utf8")).filter((raw) => raw.startsWith(`X-Envelope-To: ${address}`));
}

/** The first link in the newest email to `address` whose path starts with `pathPrefix` (e.g. "/verify-email/"). */
export async function linkInMail(address: string, pathPrefix: string): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"<>]+${pathPrefix.replace(/[/]/g, "\\/")}[A-Za-z0-9_-]+`);
  let found: string | undefined;
  await expect
    .poll(
      () => {
        found = mailTo(address.toLowerCase())
          .reverse()
          .map((raw) => decodeQuotedPrintable(raw).match(pattern)?.[0])
          .find(Boolean);
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return new URL(found!).pathname;
}

/** Undoes quoted-printable soft line breaks and escapes so URLs in the text part can be read. */
export const decodeQuotedPrintable = (text: string) =>
  text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

let usersMade = 0;
export const STRONG_PASSWORD = "harbour-lantern-quietly-42";

/** A unique candidate straight in the database, with the same argon2id hashing the app uses (address confirmed unless asked). */
export async function createCandidateUser(prefix = "dev", { verified = true } = {}) {
  const { hash } = await import("@node-rs/argon2");
  const email = `${prefix}-${process.pid}-${++usersMade}-${Date.now()}@candidates.example`;
  const user = db
    .insert(users)
    .values({
      name: "Ada Backend",
      email,
      ...emailKeys(email),
      passwordHash: await hash(STRONG_PASSWORD, { algorithm: 2 }),
      role: "candidate",
      emailVerifiedAt: verified ? new Date() : null,
    })
    .returning()
    .get();
  db.insert(candidateProfiles).values({ userId: user.id }).run();
  db.insert(candidateStageEvents).values({ userId: user.id, stage: "draft", changedById: user.id }).run();
  return { id: user.id, email, password: STRONG_PASSWORD };
}

/** Signs in through next-auth's own endpoints (not the UI), so the page's context carries the session cookie. */
export async function loginAs(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // Sign-ins are throttled per client IP; each API sign-in comes from its own simulated client.
  const headers = { "x-forwarded-for": `203.0.113.${++signIns % 250}` };
  const response = await page.request.post("/api/auth/callback/credentials", { form: { csrfToken, email, password, json: "true" }, headers });
  expect(response.ok()).toBe(true);
}

/** Every field of the candidate profile form, filled so the profile can be submitted. */
export async function fillCompleteProfile(page: Page) {
  await page.getByLabel("Headline").fill("Senior Node.js engineer, payments");
  await page.getByLabel("Seniority level").selectOption("Senior");
  await page.getByLabel("Years of experience").fill("7");
  await page.getByRole("checkbox", { name: "Node.js" }).check();
  await page.getByRole("checkbox", { name: "Django" }).check();
  await page.getByLabel("Other skills").fill("Kafka, gRPC");
  await page.getByLabel("Location").fill("Lisbon, Portugal");
  await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
  await page.getByLabel("English level").selectOption("fluent");
  await page.getByLabel("Expected salary per year").fill("85000");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Availability").selectOption("full-time");
  await page.getByLabel("Earliest start").fill("2027-02-01");
  await page.getByLabel("GitHub").fill("https://github.com/ada-backend");
  await page.getByLabel("LinkedIn").fill("https://www.linkedin.com/in/ada-backend");
  await page.getByLabel("CV", { exact: true }).setInputFiles(pdfFile("Ada CV.pdf"));
  await page.getByLabel(/I agree that Bedrock Talent processes/).check();
}

export const pdfFile = (name = "cv.pdf") => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n") });

/** A staff account straight in the database. */
export async function createStaffUser(role: "manager" | "admin" = "manager") {
  const { hash } = await import("@node-rs/argon2");
  const email = `${role}-${process.pid}-${++usersMade}-${Date.now()}@staff.example`;
  const user = db
    .insert(users)
    .values({ name: `Morgan ${role}`, email, emailNormalized: email, passwordHash: await hash(STRONG_PASSWORD, { algorithm: 2 }), role })
    .returning()
    .get();
  return { id: user.id, email, password: STRONG_PASSWORD, name: user.name };
}

let requestsMade = 0;

/** A company's contact request straight in the database. */
export function insertRequest(company: string, overrides: Partial<typeof contactRequests.$inferInsert> = {}) {
  const email = `buyer-${process.pid}-${++requestsMade}@${company.toLowerCase().replace(/\W/g, "")}.example`;
  return db
    .insert(contactRequests)
    .values({
      reference: `BT-A${process.pid % 1000}${requestsMade}`.slice(0, 12),
      name: "Jordan Buyer",
      email,
      emailNormalized: email,
      company,
      role: "Backend developer",
      seniority: "Senior",
      developers: 2,
      desiredStart: "asap",
      message: "Two senior engineers for our billing platform.",
      sourcePage: "/hire/backend",
      consentAt: new Date(),
      ...overrides,
    })
    .returning()
    .get();
}

/** Staff accounts signed in once by e2e/auth.setup.ts; `test.use(signedInAs("manager"))` starts a test signed in. */
export const STAFF_STATE_DIR = join(process.env.E2E_DATABASE_URL ?? "", "..", "auth");
export const signedInAs = (role: "manager" | "admin") => ({ storageState: join(STAFF_STATE_DIR, `${role}.json`) });
export function signedInStaff(role: "manager" | "admin"): { id: number; email: string; name: string } {
  return JSON.parse(readFileSync(join(STAFF_STATE_DIR, `${role}.user.json`), "utf8"));
}
