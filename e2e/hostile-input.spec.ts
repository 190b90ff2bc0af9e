import { randomBytes, randomInt } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { APIResponse, Page } from "@playwright/test";
import { and, count, eq, like, or, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { auditEvents, bookings, candidateProfiles, contactRequests, passwordResetTokens, users } from "../db/schema";
import { createManageToken, hashManageToken } from "../lib/manage-token";
import { agedFormToken, createCandidateUser, db, expect, insertBooking, loginAs, pdfFile, STRONG_PASSWORD, test } from "./fixtures";

/**
 * Hostile input over HTTP against every public form and upload, posted exactly as a browser without
 * JavaScript would (the rendered form's own fields, Next's action fields included), then altered.
 * Each case asserts: no 5xx and no stack trace or SQL in the answer; a clear refusal (the field's
 * message in the page, or a 4xx) or, for text that is merely unusual, storage of exactly what was
 * sent; nothing else stored; the data stored before the case unchanged.
 */

// One worker, in order: the case count below is then the file's total.
test.describe.configure({ mode: "default" });
// Forms are read as a browser without JavaScript renders them, which is also what they post.
test.use({ javaScriptEnabled: false });

let cases = 0;
test.afterAll(() => console.log(`hostile-input cases: ${cases}`));

/** A case counts once all its assertions have passed. */
async function hostileCase(name: string, body: () => Promise<void>) {
  await test.step(name, body);
  cases++;
}

// ---- requests ---------------------------------------------------------------------------------

type Value = string | Buffer | { file: string; type: string; bytes: Buffer };
type Part = [name: string, value: Value];

const RTL_OVERRIDE = "\u202E";
const ZERO_WIDTH_SPACE = "\u200B";
/** A UTF-16 surrogate half on its own, as the three bytes a sloppy encoder writes (not valid UTF-8). */
const LONE_SURROGATE = Buffer.from([0xed, 0xa0, 0x80]);
const SCRIPT = `<script>alert("owned")</script><img src=x onerror=alert(1)>`;
const SQL_TEXT = `Robert'); DROP TABLE contact_requests; -- OR '1'='1`;

const withBytes = (before: string, bytes: Buffer, after = "") => Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);

/** A multipart body built by hand, so repeated fields, raw bytes and odd file names arrive exactly as written. */
function multipart(parts: Part[]) {
  const boundary = `----hostile${randomBytes(12).toString("hex")}`;
  const chunks = parts.flatMap(([name, value]) => {
    const isFile = typeof value === "object" && !Buffer.isBuffer(value);
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"` +
      (isFile ? `; filename="${value.file.replace(/"/g, "%22")}"\r\nContent-Type: ${value.type}` : "") +
      "\r\n\r\n";
    const bytes = isFile ? value.bytes : Buffer.isBuffer(value) ? value : Buffer.from(value);
    return [Buffer.from(head), bytes, Buffer.from("\r\n")];
  });
  return { data: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]), contentType: `multipart/form-data; boundary=${boundary}` };
}

const set = (parts: Part[], name: string, value: Value): Part[] => [...parts.filter(([key]) => key !== name), [name, value]];
const drop = (parts: Part[], ...names: string[]): Part[] => parts.filter(([key]) => !names.includes(key));

/** The fields the form would post: Next's action fields, hidden inputs and every control's current value. */
async function renderedForm(page: Page, path: string, button: string): Promise<Part[]> {
  await page.goto(path);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) });
  return form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement).entries()].filter(([, value]) => typeof value === "string").map(([key, value]) => [key, value as string] as [string, string]),
  );
}

// Every case is its own client, so per-IP rate limits (contact: 10 an hour) never decide a case.
const ipPrefix = `100.${64 + randomInt(60)}.${randomInt(256)}`;
let clients = 0;
const nextIp = () => `${ipPrefix}.${++clients % 256}`;

type Send = { parts?: Part[]; data?: string | Buffer; contentType?: string; headers?: Record<string, string> };

async function send(page: Page, path: string, { parts, data, contentType, headers = {} }: Send): Promise<{ response: APIResponse; html: string }> {
  const body = parts ? multipart(parts) : { data: data ?? "", contentType: contentType ?? "application/octet-stream" };
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const response = await page.request.post(path, {
    data: body.data,
    headers: { "content-type": body.contentType, origin, "x-forwarded-for": nextIp(), ...headers },
    maxRedirects: 0,
    timeout: 60_000,
  });
  const html = await response.text();
  expect(response.status(), `${path} answered ${response.status()}: ${html.slice(0, 200)}`).toBeLessThan(500);
  expect(html).not.toMatch(/\n\s+at \S|SQLITE_|SqliteError|node_modules/);
  return { response, html };
}

const decode = (html: string) =>
  html.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The readable text of the page's main region: what a visitor would see, short enough to print when a check fails. */
const mainText = (html: string) =>
  decode(
    (html.match(/<main[\s\S]*?<\/main>/)?.[0] ?? html)
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " "),
  );

/** The message shown under a field (see components/ui/form-fields.tsx). */
const fieldError = (html: string, field: string) => decode(html.match(new RegExp(`<p id="${field}-error"[^>]*>([^<]*)</p>`))?.[1] ?? "");

type Refusal = { field: string; message: RegExp } | { alert: RegExp } | { status: number };

function expectRefused({ response, html }: { response: APIResponse; html: string }, refusal: Refusal) {
  if ("status" in refusal) {
    expect(response.status()).toBe(refusal.status);
  } else if ("field" in refusal) {
    expect(response.status()).toBe(200);
    expect(fieldError(html, refusal.field), `message for ${refusal.field}`).toMatch(refusal.message);
  } else {
    expect(response.status()).toBe(200);
    expect(mainText(html)).toMatch(refusal.alert);
  }
}

/** Cases every form gets: broken bodies, foreign content types, a cross-site post and a body over the limit. */
const TRANSPORT: { name: string; status: number; request: (parts: Part[]) => Send }[] = [
  { name: "JSON instead of a form", status: 415, request: (parts) => ({ data: JSON.stringify(Object.fromEntries(parts.map(([key, value]) => [key, String(value)]))), contentType: "application/json" }) },
  { name: "XML instead of a form", status: 415, request: () => ({ data: "<form><name>x</name></form>", contentType: "application/xml" }) },
  { name: "multipart without a boundary", status: 400, request: (parts) => ({ data: multipart(parts).data, contentType: "multipart/form-data" }) },
  {
    name: "multipart cut off half-way",
    status: 400,
    request: (parts) => {
      const { data, contentType } = multipart(parts);
      return { data: data.subarray(0, Math.floor(data.length / 2)), contentType };
    },
  },
  { name: "a post from another site", status: 403, request: (parts) => ({ parts, headers: { origin: "https://evil.example" } }) },
  { name: "a 9 MB body", status: 413, request: (parts) => ({ parts: set(parts, "filler", "x".repeat(9 * 1024 * 1024)) }) },
];

/** Text fields' shared abuse: too long, control and direction characters, broken encoding. */
function textCases(field: string, max: number, tooLong: RegExp): { name: string; value: Value; message: RegExp }[] {
  const unusable = /characters/;
  return [
    { name: `${field}: ${max + 1} characters`, value: "x".repeat(max + 1), message: tooLong },
    { name: `${field}: one 100,000-character line`, value: "y".repeat(100_000), message: tooLong },
    { name: `${field}: a NUL byte`, value: "Ada\u0000Lovelace", message: unusable },
    { name: `${field}: a right-to-left override`, value: `Ada ${RTL_OVERRIDE}ecalevol`, message: unusable },
    { name: `${field}: a zero-width space`, value: `Ada${ZERO_WIDTH_SPACE}Lovelace`, message: unusable },
    { name: `${field}: a lone surrogate (bytes that are not UTF-8)`, value: withBytes("Ada ", LONE_SURROGATE, " Lovelace"), message: unusable },
  ];
}

const markerOf = () => `h${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
const rowsLike = (marker: string, ...columns: SQLiteColumn[]): SQL => or(...columns.map((column) => like(column, `%${marker}%`)))!;

// ---- contact --------------------------------------------------------------------------------------

test("contact form: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  test.setTimeout(240_000);
  const fields = await renderedForm(page, "/contact", "Send request");
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["name", "Grace Hopper"],
      ["email", `grace+${marker}@compiler.example`],
      ["company", `Compiler Works ${marker}`],
      ["role", "Backend developer"],
      ["seniority", "Senior"],
      ["developers", "3"],
      ["desiredStart", "within-1-month"],
      ["budget", "$95k a year"],
      ["message", `Three backend engineers for a payments platform (${marker}).`],
      ["consent", "on"],
      ["formToken", agedFormToken()],
    ] as const)
      parts = set(parts, name, value);
    return parts;
  };
  const stored = (marker: string) =>
    db.select({ n: count() }).from(contactRequests).where(rowsLike(marker, contactRequests.name, contactRequests.email, contactRequests.emailNormalized, contactRequests.company, contactRequests.message)).get()?.n;

  // Earlier data: one request stored before the hostile ones, which must stay exactly as it is.
  const baseline = markerOf();
  const first = await send(page, "/contact", { parts: valid(baseline) });
  expect(mainText(first.html)).toContain("Your request has been sent");
  const before = db.select().from(contactRequests).where(like(contactRequests.company, `%${baseline}%`)).get();
  expect(before).toBeDefined();
  const intact = () => expect(db.select().from(contactRequests).where(like(contactRequests.company, `%${baseline}%`)).all()).toEqual([before]);

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({ name, parts: (m: string) => set(valid(m), "name", value), refusal: { field: "name", message } })),
    ...textCases("company", 120, /under 120 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(set(valid(m), "company", value), "name", `Grace ${m}`),
      refusal: { field: "company", message },
    })),
    { name: "message: 5,001 characters", parts: (m) => set(valid(m), "message", `${m} ${"z".repeat(5000)}`), refusal: { field: "message", message: /under 5,000 characters/ } },
    { name: "message: a NUL byte", parts: (m) => set(valid(m), "message", `Payments team ${m}\u0000 and more`), refusal: { field: "message", message: /characters/ } },
    { name: "message: a right-to-left override", parts: (m) => set(valid(m), "message", `Payments team ${m} ${RTL_OVERRIDE}moc.live`), refusal: { field: "message", message: /characters/ } },
    { name: "message: a lone surrogate", parts: (m) => set(valid(m), "message", withBytes(`Payments team ${m} `, LONE_SURROGATE)), refusal: { field: "message", message: /characters/ } },
    { name: "email: script", parts: (m) => set(valid(m), "email", `<script>${m}</script>@x.example`), refusal: { field: "email", message: /valid email/ } },
    { name: "email: SQL", parts: (m) => set(valid(m), "email", `' OR 1=1 --${m}@x.example`), refusal: { field: "email", message: /valid email/ } },
    { name: "email: 300 characters", parts: (m) => set(valid(m), "email", `${m}${"a".repeat(290)}@x.example`), refusal: { field: "email", message: /too long/ } },
    { name: "email: a zero-width space", parts: (m) => set(valid(m), "email", `grace${ZERO_WIDTH_SPACE}+${m}@compiler.example`), refusal: { field: "email", message: /valid email/ } },
    ...["two", "-1", "1.5", "1e9", "Infinity", "NaN", ""].map((developers) => ({
      name: `developers: ${JSON.stringify(developers)}`,
      parts: (m: string) => set(valid(m), "developers", developers),
      refusal: { field: "developers", message: /number|whole|at least one|500/ } as Refusal,
    })),
    { name: "desired start: not an option", parts: (m) => set(valid(m), "desiredStart", "tomorrow'; DROP TABLE users; --"), refusal: { field: "desiredStart", message: /when you would like to start/ } },
    { name: "seniority: not an option", parts: (m) => set(valid(m), "seniority", "Overlord"), refusal: { field: "seniority", message: /listed seniority levels/ } },
    { name: "consent: missing", parts: (m) => drop(valid(m), "consent"), refusal: { field: "consent", message: /privacy policy/ } },
    { name: "consent: a value other than the checkbox's", parts: (m) => set(valid(m), "consent", "yes please"), refusal: { field: "consent", message: /privacy policy/ } },
    { name: "name: a file instead of text", parts: (m) => set(valid(m), "name", { file: "name.txt", type: "text/plain", bytes: Buffer.from("Grace") }), refusal: { field: "name", message: /Enter your name/ } },
    {
      name: "every field missing but Next's and the token",
      parts: () => fields.filter(([key]) => key.startsWith("$ACTION")).concat([["formToken", agedFormToken()]]),
      refusal: { field: "name", message: /Enter your name/ },
    },
    { name: "email repeated, the last one invalid", parts: (m) => [...valid(m), ["email", "not-an-email"]], refusal: { field: "email", message: /valid email/ } },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`contact — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/contact", { parts: parts(marker) }), refusal);
      expect(stored(marker)).toBe(0);
      intact();
    });
  }
  // Nothing at all may be stored by the "every field missing" case: no request has an empty name.
  expect(db.select({ n: count() }).from(contactRequests).where(eq(contactRequests.name, "")).get()?.n).toBe(0);

  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`contact — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/contact", request(valid(marker))), { status });
      expect(stored(marker)).toBe(0);
      intact();
    });
  }

  // Unusual but legitimate text is kept exactly as sent (and is only ever rendered as text).
  const verbatim: { name: string; field: "name" | "message" | "budget"; value: string }[] = [
    { name: "script-looking message", field: "message", value: `We test for ${SCRIPT} in our templates` },
    { name: "SQL-looking message", field: "message", value: `Our DBA wrote ${SQL_TEXT}` },
    { name: "emoji, accents and right-to-left script in the name", field: "name", value: "Zoë 🚀 Ødegaard سارة" },
    { name: "emoji sequences and combining marks in the message", field: "message", value: "Team 👩‍💻👨‍👩‍👧 naïve café (e\u0301) — 五人のエンジニア" },
    { name: "script-looking budget", field: "budget", value: `"><svg onload=alert(1)>` },
  ];
  for (const { name, field, value } of verbatim) {
    await hostileCase(`contact — ${name} is stored verbatim`, async () => {
      const marker = markerOf();
      const { html } = await send(page, "/contact", { parts: set(valid(marker), field, value) });
      expect(mainText(html)).toContain("Your request has been sent");
      // Nothing sent comes back as markup.
      if (value.includes("<")) expect(html.includes(value)).toBe(false);
      const rows = db.select().from(contactRequests).where(like(contactRequests.company, `%${marker}%`)).all();
      expect(rows).toHaveLength(1);
      expect(rows[0]?.[field]).toBe(value);
      intact();
    });
  }
});

// ---- booking --------------------------------------------------------------------------------------

test("booking details: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  test.setTimeout(240_000);
  const earlier = insertBooking(new Date(Date.now() + 60 * 24 * 60 * 60 * 1000));
  const intact = () => expect(db.select().from(bookings).where(eq(bookings.id, earlier.booking.id)).get()).toEqual(earlier.booking);

  // A time other specs leave alone: the first slot of the second-to-last day.
  await page.goto("/book?tz=UTC");
  const days = page.getByRole("region", { name: "Free times" }).locator("details");
  const href = (await days.nth((await days.count()) - 2).locator("a").first().getAttribute("href")) ?? "";
  const fields = await renderedForm(page, href, "Confirm booking");
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["name", `Linus ${marker}`],
      ["email", `linus+${marker}@kernel.example`],
      ["company", `Kernel Labs ${marker}`],
      ["hiringFor", `Two senior Go engineers (${marker}).`],
    ] as const)
      parts = set(parts, name, value);
    return parts;
  };
  const stored = (marker: string) =>
    db.select({ n: count() }).from(bookings).where(rowsLike(marker, bookings.name, bookings.email, bookings.emailNormalized, bookings.company, bookings.hiringFor)).get()?.n;
  const slot = new URL(href, "http://x").searchParams;

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(set(valid(m), "name", value), "company", `Kernel Labs ${m}`),
      refusal: { field: "name", message },
    })),
    { name: "hiring for: 2,001 characters", parts: (m) => set(valid(m), "hiringFor", `${m} ${"w".repeat(2000)}`), refusal: { field: "hiringFor", message: /under 2,000/ } },
    { name: "hiring for: a NUL byte", parts: (m) => set(valid(m), "hiringFor", `Go ${m}\u0000`), refusal: { field: "hiringFor", message: /characters/ } },
    { name: "hiring for: a lone surrogate", parts: (m) => set(valid(m), "hiringFor", withBytes(`Go ${m} `, LONE_SURROGATE)), refusal: { field: "hiringFor", message: /characters/ } },
    { name: "email: SQL", parts: (m) => set(valid(m), "email", `x' OR '1'='1${m}`), refusal: { field: "email", message: /valid email/ } },
    { name: "company: missing", parts: (m) => drop(valid(m), "company"), refusal: { field: "company", message: /company name/ } },
    { name: "expert: not a number", parts: (m) => set(valid(m), "expertId", "1 OR 1=1"), refusal: { alert: /Please correct the highlighted fields/ } },
    { name: "expert: negative", parts: (m) => set(valid(m), "expertId", "-1"), refusal: { alert: /Please correct the highlighted fields/ } },
    { name: "start: text", parts: (m) => set(valid(m), "start", "tomorrow"), refusal: { alert: /Please correct the highlighted fields/ } },
    { name: "start: a time that is not a slot", parts: (m) => set(valid(m), "start", String(Number(slot.get("start")) + 60_000)), refusal: { alert: /slot was just taken/ } },
    { name: "start: the last instant a Date can hold", parts: (m) => set(valid(m), "start", "8640000000000000"), refusal: { alert: /Please correct the highlighted fields/ } },
    { name: "start: far beyond the booking horizon", parts: (m) => set(valid(m), "start", String(Date.UTC(9000, 0, 1))), refusal: { alert: /slot was just taken/ } },
    { name: "expert: one that does not exist", parts: (m) => set(valid(m), "expertId", "999999"), refusal: { alert: /slot was just taken/ } },
    { name: "time zone: 65 characters", parts: (m) => set(valid(m), "tz", `Europe/${"x".repeat(58)}`), refusal: { alert: /Please correct the highlighted fields/ } },
    { name: "expert repeated, the last one invalid", parts: (m) => [...valid(m), ["expertId", "abc"]], refusal: { alert: /Please correct the highlighted fields/ } },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`booking — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, href, { parts: parts(marker) }), refusal);
      expect(stored(marker)).toBe(0);
      intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`booking — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, href, request(valid(marker))), { status });
      expect(stored(marker)).toBe(0);
      intact();
    });
  }

  await hostileCase("booking — script- and SQL-looking text and emoji are stored verbatim", async () => {
    const marker = markerOf();
    const hiringFor = `${SCRIPT} ${SQL_TEXT} 🚀`;
    const { response } = await send(page, href, { parts: set(set(valid(marker), "hiringFor", hiringFor), "name", `Zoë ${marker} سارة`) });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toMatch(/^\/book\/manage\/[\w-]{43}\?booked=1$/);
    const rows = db.select().from(bookings).where(like(bookings.company, `%${marker}%`)).all();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ hiringFor, name: `Zoë ${marker} سارة`, status: "confirmed" });
    intact();
  });
});

// ---- register -------------------------------------------------------------------------------------

test("registration: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  test.setTimeout(240_000);
  const existing = await createCandidateUser("hostile-existing");
  const before = db.select().from(users).where(eq(users.id, existing.id)).get();
  const intact = () => expect(db.select().from(users).where(eq(users.id, existing.id)).get()).toEqual(before);
  const fields = await renderedForm(page, "/register", "Create account");
  const valid = (marker: string): Part[] => set(set(set(fields, "name", "Ada Backend"), "email", `ada+${marker}@backend.example`), "password", STRONG_PASSWORD);
  const stored = (marker: string) => db.select({ n: count() }).from(users).where(rowsLike(marker, users.name, users.email, users.emailNormalized)).get()?.n;

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({ name, parts: (m: string) => set(valid(m), "name", value), refusal: { field: "name", message } })),
    { name: "name: only spaces", parts: (m) => set(valid(m), "name", "   "), refusal: { field: "name", message: /Enter your name/ } },
    { name: "email: SQL", parts: (m) => set(valid(m), "email", `admin'--${m}`), refusal: { field: "email", message: /valid email/ } },
    { name: "email: script", parts: (m) => set(valid(m), "email", `<svg/onload=alert(1)>${m}@x.example`), refusal: { field: "email", message: /valid email/ } },
    { name: "email: a right-to-left override", parts: (m) => set(valid(m), "email", `${RTL_OVERRIDE}ada+${m}@backend.example`), refusal: { field: "email", message: /valid email/ } },
    { name: "password: 10,000 characters", parts: (m) => set(valid(m), "password", "p".repeat(10_000)), refusal: { field: "password", message: /at most 128/ } },
    { name: "password: missing", parts: (m) => drop(valid(m), "password"), refusal: { field: "password", message: /Choose a password/ } },
    { name: "password: NUL bytes", parts: (m) => set(valid(m), "password", "\u0000".repeat(12)), refusal: { field: "password", message: /./ } },
    { name: "password: a file instead of text", parts: (m) => set(valid(m), "password", { file: "p.txt", type: "text/plain", bytes: Buffer.from(STRONG_PASSWORD) }), refusal: { field: "password", message: /Choose a password/ } },
    { name: "email repeated, the last one invalid", parts: (m) => [...valid(m), ["email", "nobody"]], refusal: { field: "email", message: /valid email/ } },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`register — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/register", { parts: parts(marker) }), refusal);
      expect(stored(marker)).toBe(0);
      intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`register — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, "/register", request(valid(marker))), { status });
      expect(stored(marker)).toBe(0);
      intact();
    });
  }
  await hostileCase("register — an address already registered, in capitals, answers like a new one and changes nothing", async () => {
    const marker = markerOf();
    const { html } = await send(page, "/register", { parts: set(set(valid(marker), "email", existing.email.toUpperCase()), "name", `Intruder ${marker}`) });
    expect(mainText(html)).toContain("Check your inbox");
    expect(mainText(html)).not.toMatch(/already/i);
    expect(stored(marker)).toBe(0);
    intact();
  });
  await hostileCase("register — a script- and emoji-laden name is stored verbatim", async () => {
    const marker = markerOf();
    const name = `<b>Ada</b> 🚀 Zoë ${marker}`;
    const { html } = await send(page, "/register", { parts: set(valid(marker), "name", name) });
    expect(mainText(html)).toContain("Check your inbox");
    expect(db.select().from(users).where(like(users.name, `%${marker}%`)).all()).toEqual([expect.objectContaining({ name, role: "candidate" })]);
    intact();
  });
});

// ---- login (next-auth's credentials endpoint) -----------------------------------------------------

test("login endpoint: hostile credentials never sign anyone in and never break the endpoint", async ({ page }) => {
  test.setTimeout(120_000);
  // Attempts on the exact address count against its sign-in throttle (5 per 15 minutes): they go to
  // `other`, so `user` can still sign in at the end.
  const [user, other] = [await createCandidateUser("hostile-login"), await createCandidateUser("hostile-login-other")];
  const rows = () => db.select().from(users).where(or(eq(users.id, user.id), eq(users.id, other.id))).all();
  const before = rows();
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = async () => (await page.context().cookies()).some((cookie) => cookie.name.endsWith("next-auth.session-token"));
  const form = (fields: Record<string, string>) => new URLSearchParams({ csrfToken, json: "true", ...fields }).toString();
  const urlencoded = "application/x-www-form-urlencoded";

  const attempts: { name: string; send: Send; status?: number }[] = [
    { name: "SQL in the email", send: { data: form({ email: "' OR '1'='1' --", password: "x' OR '1'='1" }), contentType: urlencoded } },
    { name: "a NUL byte in the email", send: { data: form({ email: `${user.email}\u0000`, password: user.password }), contentType: urlencoded } },
    { name: "a right-to-left override in the email", send: { data: form({ email: `${RTL_OVERRIDE}${user.email}`, password: user.password }), contentType: urlencoded } },
    { name: "a zero-width space in the email", send: { data: form({ email: user.email.replace("@", `${ZERO_WIDTH_SPACE}@`), password: user.password }), contentType: urlencoded } },
    { name: "the right password with a NUL byte appended", send: { data: form({ email: other.email, password: `${other.password}\u0000` }), contentType: urlencoded } },
    { name: "a 200,000-character password", send: { data: form({ email: other.email, password: "p".repeat(200_000) }), contentType: urlencoded } },
    { name: "the password missing", send: { data: form({ email: other.email }), contentType: urlencoded } },
    { name: "the email repeated, the last one an attacker's", send: { data: `${form({ email: other.email, password: "wrong-password-1" })}&email=attacker%40evil.example`, contentType: urlencoded } },
    { name: "arrays instead of strings (JSON)", send: { data: JSON.stringify({ csrfToken, json: "true", email: [other.email], password: ["x"] }), contentType: "application/json" } },
    // A Buffer, because Playwright would re-encode a string that is not JSON into a JSON string.
    { name: "malformed JSON", send: { data: Buffer.from("{not json"), contentType: "application/json" }, status: 400 },
    { name: "no CSRF token", send: { data: new URLSearchParams({ email: user.email, password: user.password, json: "true" }).toString(), contentType: urlencoded } },
    { name: "a multipart body", send: { parts: [["csrfToken", csrfToken], ["email", user.email], ["password", user.password]] } },
    { name: "a 9 MB body", send: { data: form({ email: user.email, password: "q".repeat(9 * 1024 * 1024) }), contentType: urlencoded }, status: 413 },
  ];
  for (const { name, send: request, status } of attempts) {
    await hostileCase(`login — ${name}`, async () => {
      const { response, html } = await send(page, "/api/auth/callback/credentials", request);
      if (status) expect(response.status()).toBe(status);
      else if (response.status() === 302) expect(response.headers().location).toMatch(/\/api\/auth\/(signin|error)/);
      else expect(JSON.parse(html)).toEqual({ url: expect.stringMatching(/\/api\/auth\/(error\?error=CredentialsSignin|signin\?csrf=true)/) });
      expect(await signedIn()).toBe(false);
      expect(rows()).toEqual(before);
    });
  }
  // Earlier data intact: the real owner still signs in, and only that sign-in is in the audit log.
  await loginAs(page, user.email, user.password);
  expect(await signedIn()).toBe(true);
  expect(db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.actorId, user.id), eq(auditEvents.action, "sign-in"))).get()?.n).toBe(1);
});

// ---- forgot and reset password --------------------------------------------------------------------

test("forgot and reset password: hostile input is refused, tokens and passwords stay as they were", async ({ page }) => {
  test.setTimeout(180_000);
  const user = await createCandidateUser("hostile-reset");
  const token = createManageToken();
  db.insert(passwordResetTokens).values({ userId: user.id, tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + 60 * 60 * 1000) }).run();
  const account = () => db.select().from(users).where(eq(users.id, user.id)).get();
  const tokens = () => db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id)).all();
  const [accountBefore, tokensBefore] = [account(), tokens()];
  const intact = () => {
    expect(account()).toEqual(accountBefore);
    expect(tokens()).toEqual(tokensBefore);
  };

  const forgot = await renderedForm(page, "/forgot-password", "Email me a reset link");
  const forgotCases: { name: string; email: Value }[] = [
    { name: "SQL", email: `${user.email}' OR '1'='1` },
    { name: "script", email: `<script>alert(1)</script>@x.example` },
    { name: "a NUL byte", email: `${user.email}\u0000` },
    { name: "a right-to-left override", email: `${RTL_OVERRIDE}${user.email}` },
    { name: "a lone surrogate", email: withBytes("", LONE_SURROGATE, user.email) },
    { name: "10,000 characters", email: `${"a".repeat(10_000)}@x.example` },
    { name: "a file", email: { file: "e.txt", type: "text/plain", bytes: Buffer.from(user.email) } },
  ];
  for (const { name, email } of forgotCases) {
    await hostileCase(`forgot password — email: ${name}`, async () => {
      expectRefused(await send(page, "/forgot-password", { parts: set(forgot, "email", email) }), { field: "email", message: /valid email|too long|work email/ });
      intact();
    });
  }
  await hostileCase("forgot password — email missing", async () => {
    expectRefused(await send(page, "/forgot-password", { parts: drop(forgot, "email") }), { field: "email", message: /work email/ });
    intact();
  });
  await hostileCase("forgot password — an SQL-looking but valid unknown address gets the neutral answer and stores nothing", async () => {
    const { html } = await send(page, "/forgot-password", { parts: set(forgot, "email", "x'or'1'-'1@nobody.example") });
    expect(mainText(html)).toContain("If an account exists for x'or'1'-'1@nobody.example");
    intact();
  });
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`forgot password — ${name}`, async () => {
      expectRefused(await send(page, "/forgot-password", request(set(forgot, "email", user.email))), { status });
      intact();
    });
  }

  const path = `/reset-password/${token}`;
  const reset = await renderedForm(page, path, "Save new password");
  const resetCases: { name: string; parts: Part[]; refusal: Refusal }[] = [
    { name: "password: 10,000 characters", parts: set(reset, "password", "r".repeat(10_000)), refusal: { field: "password", message: /128/ } },
    { name: "password: NUL bytes", parts: set(reset, "password", "\u0000".repeat(16)), refusal: { field: "password", message: /./ } },
    { name: "password: missing", parts: drop(reset, "password"), refusal: { field: "password", message: /./ } },
    { name: "token: SQL", parts: set(set(reset, "password", "a-brand-new-passphrase-77"), "token", "' OR 1=1 --"), refusal: { alert: /expired or was already used/ } },
    { name: "token: another well-formed token", parts: set(set(reset, "password", "a-brand-new-passphrase-77"), "token", createManageToken()), refusal: { alert: /expired or was already used/ } },
    // FormData.get() reads the first of repeated fields: a forged one first must not reach the real token.
    { name: "token: repeated, the first one forged", parts: [["token", createManageToken()], ...set(reset, "password", "a-brand-new-passphrase-77")], refusal: { alert: /expired or was already used/ } },
  ];
  for (const { name, parts, refusal } of resetCases) {
    await hostileCase(`reset password — ${name}`, async () => {
      expectRefused(await send(page, path, { parts }), refusal);
      intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`reset password — ${name}`, async () => {
      expectRefused(await send(page, path, request(set(reset, "password", "a-brand-new-passphrase-77"))), { status });
      intact();
    });
  }
});

// ---- candidate profile and CV -----------------------------------------------------------------------

test("candidate profile and CV upload: hostile input is refused, the saved profile and CV stay as they were", async ({ page }) => {
  test.setTimeout(240_000);
  const candidate = await createCandidateUser("hostile-profile");
  await loginAs(page, candidate.email, candidate.password);
  const fields = [...(await renderedForm(page, "/account/profile", "Save draft")), ["intent", "draft"] as Part];
  const cv = pdfFile("Baseline CV.pdf");
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["headline", `Senior Node.js engineer ${marker}`],
      ["seniority", "Senior"],
      ["yearsExperience", "7"],
      ["location", "Lisbon, Portugal"],
      ["timeZone", "Europe/Lisbon"],
      ["englishLevel", "fluent"],
      ["expectedSalary", "85000"],
      ["salaryCurrency", "EUR"],
      ["availability", "full-time"],
      ["earliestStart", "2027-02-01"],
      ["githubUrl", "https://github.com/ada-backend"],
      ["freeSkills", "Kafka"],
      ["consent", "on"],
    ] as const)
      parts = set(parts, name, value);
    return [...drop(parts, "skills"), ["skills", "Node.js"]];
  };

  // Earlier data: a saved draft with a CV.
  const first = await send(page, "/account/profile", { parts: [...valid("baseline"), ["cv", { file: cv.name, type: cv.mimeType, bytes: cv.buffer }]] });
  expect(mainText(first.html)).toContain("Draft saved.");
  const profile = () => db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, candidate.id)).get();
  const before = profile();
  expect(before).toMatchObject({ headline: "Senior Node.js engineer baseline", salaryCurrency: "EUR", cvFileName: "Baseline CV.pdf" });
  const cvPath = join(dirname(process.env.E2E_DATABASE_URL ?? ""), "uploads", "cv", before?.cvFileKey ?? "-");
  const cvBytes = readFileSync(cvPath);
  const intact = () => {
    expect(profile()).toEqual(before);
    expect(readFileSync(cvPath)).toEqual(cvBytes);
  };

  const upload = (file: string, type: string, bytes: Buffer): Value => ({ file, type, bytes });
  const bigPdf = Buffer.alloc(6 * 1024 * 1024, 0x20);
  bigPdf.write("%PDF-1.4\n");
  const refused: { name: string; parts: Part[]; refusal: Refusal }[] = [
    ...textCases("headline", 120, /under 120 characters/).map(({ name, value, message }) => ({ name, parts: set(valid("x"), "headline", value), refusal: { field: "headline", message } })),
    { name: "location: a right-to-left override", parts: set(valid("x"), "location", `Lisbon ${RTL_OVERRIDE}lagutroP`), refusal: { field: "location", message: /characters/ } },
    { name: "location: a NUL byte", parts: set(valid("x"), "location", "Lisbon\u0000"), refusal: { field: "location", message: /characters/ } },
    { name: "years: text", parts: set(valid("x"), "yearsExperience", "seven"), refusal: { field: "yearsExperience", message: /as a number/ } },
    { name: "years: negative", parts: set(valid("x"), "yearsExperience", "-3"), refusal: { field: "yearsExperience", message: /negative/ } },
    { name: "years: 1e9", parts: set(valid("x"), "yearsExperience", "1e9"), refusal: { field: "yearsExperience", message: /at most 60/ } },
    { name: "salary: 1e400", parts: set(valid("x"), "expectedSalary", "1e400"), refusal: { field: "expectedSalary", message: /./ } },
    { name: "salary: SQL", parts: set(valid("x"), "expectedSalary", "85000; DROP TABLE users"), refusal: { field: "expectedSalary", message: /as a number/ } },
    { name: "currency: not in the list", parts: set(valid("x"), "salaryCurrency", "BTC"), refusal: { field: "salaryCurrency", message: /currency from the list/ } },
    { name: "time zone: not a zone", parts: set(valid("x"), "timeZone", "Mars/Olympus_Mons"), refusal: { field: "timeZone", message: /time zone from the list/ } },
    { name: "English level: not in the list", parts: set(valid("x"), "englishLevel", "native'; --"), refusal: { field: "englishLevel", message: /level from the list/ } },
    { name: "availability: not in the list", parts: set(valid("x"), "availability", "always"), refusal: { field: "availability", message: /full-time or part-time/ } },
    { name: "earliest start: not a date", parts: set(valid("x"), "earliestStart", "2027-13-45"), refusal: { field: "earliestStart", message: /Enter a date/ } },
    { name: "seniority: not in the list", parts: set(valid("x"), "seniority", "Overlord"), refusal: { field: "seniority", message: /level from the list/ } },
    { name: "GitHub: a javascript: link", parts: set(valid("x"), "githubUrl", "javascript:alert(document.cookie)"), refusal: { field: "githubUrl", message: /full link/ } },
    { name: "LinkedIn: a data: link", parts: set(valid("x"), "linkedinUrl", "data:text/html,<script>alert(1)</script>"), refusal: { field: "linkedinUrl", message: /full link/ } },
    { name: "portfolio: a right-to-left override", parts: set(valid("x"), "portfolioUrl", `https://example.com/${RTL_OVERRIDE}fdp.exe`), refusal: { field: "portfolioUrl", message: /characters/ } },
    { name: "skills: 31 of them", parts: [...valid("x"), ...Array.from({ length: 30 }, (_, index) => ["skills", `Skill ${index}`] as Part)], refusal: { field: "skills", message: /at most 30/ } },
    { name: "skills: 1,000 comma-separated free tags", parts: set(valid("x"), "freeSkills", Array.from({ length: 1000 }, (_, index) => `tag${index}`).join(",")), refusal: { field: "skills", message: /at most 30/ } },
    { name: "skills: one of 41 characters", parts: set(valid("x"), "freeSkills", "k".repeat(41)), refusal: { field: "skills", message: /under 40/ } },
    { name: "skills: a NUL byte", parts: set(valid("x"), "freeSkills", "Kafka\u0000"), refusal: { field: "skills", message: /characters/ } },
    { name: "headline: missing", parts: drop(valid("x"), "headline"), refusal: { alert: /Nothing else was saved/ } },
    { name: "every field missing but Next's", parts: fields.filter(([key]) => key.startsWith("$ACTION")), refusal: { alert: /Nothing else was saved/ } },
    { name: "headline repeated, the last one too long", parts: [...valid("x"), ["headline", "h".repeat(121)]], refusal: { field: "headline", message: /under 120/ } },
    { name: "CV: a Windows program named .pdf", parts: [...valid("x"), ["cv", upload("cv.pdf", "application/pdf", Buffer.from("MZ\x90\x00 this program cannot be run in DOS mode"))]], refusal: { field: "cv", message: /PDF or Word/ } },
    { name: "CV: HTML named .pdf", parts: [...valid("x"), ["cv", upload("cv.pdf", "application/pdf", Buffer.from(`<html>${SCRIPT}</html>`))]], refusal: { field: "cv", message: /PDF or Word/ } },
    { name: "CV: a PDF named .html", parts: [...valid("x"), ["cv", upload("cv.html", "text/html", pdfFile().buffer)]], refusal: { field: "cv", message: /PDF or Word/ } },
    { name: "CV: a PDF named .docx", parts: [...valid("x"), ["cv", upload("cv.docx", "application/pdf", pdfFile().buffer)]], refusal: { field: "cv", message: /doesn't match its content/ } },
    { name: "CV: a ZIP that is not a Word document", parts: [...valid("x"), ["cv", upload("cv.docx", "application/zip", Buffer.from("PK\x03\x04 not really a zip"))]], refusal: { field: "cv", message: /PDF or Word/ } },
    { name: "CV: 6 MB", parts: [...valid("x"), ["cv", upload("huge.pdf", "application/pdf", bigPdf)]], refusal: { field: "cv", message: /5 MB or smaller/ } },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`profile — ${name}`, async () => {
      expectRefused(await send(page, "/account/profile", { parts }), refusal);
      intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`profile — ${name}`, async () => {
      expectRefused(await send(page, "/account/profile", request([...valid("x"), ["cv", upload("cv.pdf", "application/pdf", pdfFile().buffer)]])), { status });
      intact();
    });
  }
  await hostileCase("profile — a 9 MB CV is refused before it is read", async () => {
    expectRefused(await send(page, "/account/profile", { parts: [...valid("x"), ["cv", upload("huge.pdf", "application/pdf", Buffer.concat([pdfFile().buffer, Buffer.alloc(9 * 1024 * 1024)]))]] }), { status: 413 });
    intact();
  });

  await hostileCase("profile — script- and SQL-looking text is stored verbatim and rendered as text", async () => {
    const headline = `<img src=x onerror=alert(1)> ${SQL_TEXT}`.slice(0, 120);
    const { html } = await send(page, "/account/profile", { parts: set(valid("x"), "headline", headline) });
    expect(mainText(html)).toContain("Draft saved.");
    expect(profile()?.headline).toBe(headline);
    await page.goto("/account/profile");
    await expect(page.getByLabel("Headline")).toHaveValue(headline);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
  });
  await hostileCase("profile — a path in the CV's file name is only a name: the file is stored under a random key", async () => {
    const file = "../../../etc/passwd.pdf";
    const { html } = await send(page, "/account/profile", { parts: [...valid("x"), ["cv", upload(file, "application/pdf", pdfFile().buffer)]] });
    expect(mainText(html)).toContain("Draft saved.");
    const saved = profile();
    expect(saved?.cvFileKey).toMatch(/^[0-9a-f-]{36}\.pdf$/);
    expect(existsSync(join(dirname(cvPath), saved?.cvFileKey ?? "-"))).toBe(true);
    expect(existsSync(cvPath)).toBe(false);
    const download = await page.request.get("/api/cv/me");
    expect(download.headers()["content-disposition"]).toContain('attachment; filename="passwd.pdf"');
  });
  await hostileCase("profile — a right-to-left override in the CV's file name is removed before the name is stored or shown", async () => {
    const { html } = await send(page, "/account/profile", { parts: [...valid("x"), ["cv", upload(`Ada CV${RTL_OVERRIDE}fdp.exe.pdf`, "application/pdf", pdfFile().buffer)]] });
    expect(mainText(html)).toContain("Draft saved.");
    expect(profile()?.cvFileName).toBe("Ada CVfdp.exe.pdf");
  });
});
