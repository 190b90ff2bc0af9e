/**
 * The two write paths the bench drives over plain HTTP, exactly as a browser without JavaScript
 * posts them: the rendered form's hidden fields (Next's `$ACTION_…` fields included) plus the
 * visible ones, as multipart/form-data to the page's own URL.
 */
import { randomBytes } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import type { ConnectedDatabase } from "../../db/connect";
import { createFormToken } from "../../domain/form-guard";
import { findForm, hrefs } from "../../testing/html-form";

let clients = 0;
/**
 * A new simulated client address per call. The contact and booking forms allow 10 an hour per client
 * address; the bench's server trusts loopback as a proxy (TRUSTED_PROXIES), so this address, sent in
 * X-Forwarded-For, is the client's and each submission comes from its own client.
 */
export function nextClientIp() {
  const n = ++clients;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function formData(fields: [string, string][], values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

export type ContactForm = { url: string; fields: [string, string][]; seniority: string; secret: string };

/**
 * Reads /contact's form once. Each submission gets its own token (tokens are single-use), signed
 * as if rendered 10 s ago (forms posted in under 3 s are treated as bots, domain/form-guard.ts) with
 * the key the server keeps in the database.
 */
export async function loadContactForm(
  baseUrl: string,
  { db, tables: { appSecrets } }: ConnectedDatabase,
): Promise<ContactForm> {
  const url = `${baseUrl}/contact`;
  const form = findForm(await (await fetch(url)).text(), 'input[name="formToken"]');
  // Created by the server when a form first asks for a token; if none has yet, made here as it does.
  await db
    .insert(appSecrets)
    .values({ name: "form-signing", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, "form-signing"));
  const secret = row?.value;
  if (!secret) throw new Error("the database has no form-signing secret");
  const fields = form.hiddenInputs.filter(([name]) => name !== "formToken");
  const seniority = form.selectOptions("seniority")[0];
  if (!seniority) throw new Error("the contact form offers no seniority level");
  return { url, fields, seniority, secret };
}

const REFERENCE = /<strong class="font-mono">(BT-[A-Z2-9]{6})<\/strong>/;

/**
 * One submission from a new client. Success is the page the action renders on success: the
 * reference number (a bot is thanked with a fake one, BT-RECEIVED, which this does not match).
 */
export async function submitContact(form: ContactForm, n: number): Promise<string | null> {
  const body = formData(form.fields, {
    name: `Bench Client ${n}`,
    email: `bench-${n}@company.example`,
    company: "Bench Co",
    role: "Backend developer",
    seniority: form.seniority,
    developers: "2",
    desiredStart: "asap",
    budget: "",
    message: "Two backend developers for a payments API in Go and PostgreSQL.",
    consent: "on",
    formToken: createFormToken(form.secret, Date.now() - 10_000),
  });
  try {
    const response = await fetch(form.url, {
      method: "POST",
      body,
      headers: { "x-forwarded-for": nextClientIp() },
      redirect: "manual",
    });
    const html = await response.text();
    return response.status === 200 ? (REFERENCE.exec(html)?.[1] ?? null) : null;
  } catch {
    return null;
  }
}

/** How many of these references are stored as contact requests. */
export async function countStoredRequests(
  { db, tables: { contactRequests } }: ConnectedDatabase,
  references: string[],
) {
  let stored = 0;
  for (let i = 0; i < references.length; i += 500) {
    stored += await db.$count(contactRequests, inArray(contactRequests.reference, references.slice(i, i + 500)));
  }
  return stored;
}

export type RaceResult = { contenders: number; winners: number; refused: number; errors: number; stored: number };

/**
 * The approach of e2e/booking-race.spec.ts over plain HTTP: the last offered slot of /book, its
 * details form posted by `contenders` clients at once. A winner is redirected (303) to its
 * booking; a loser gets the form back with the "just taken" message; anything else is an error.
 */
export async function bookingRace(
  baseUrl: string,
  { db, tables: { bookings } }: ConnectedDatabase,
  contenders = 50,
): Promise<RaceResult> {
  const slots = hrefs(await (await fetch(`${baseUrl}/book?tz=UTC`)).text(), "/book/details?");
  const href = slots.at(-1);
  if (!href) throw new Error("/book offers no free slot");
  const url = `${baseUrl}${href}`;
  const { hiddenInputs: fields } = findForm(await (await fetch(url)).text(), '[name="company"]');

  const submit = async (index: number) => {
    const body = formData(fields, {
      name: `Racer ${index}`,
      email: `racer${index}@race.example`,
      company: "Race Co",
      hiringFor: "Backend engineers",
    });
    try {
      // Each contender is its own client: bookings are limited per client address.
      const response = await fetch(url, {
        method: "POST",
        body,
        redirect: "manual",
        headers: { "x-forwarded-for": nextClientIp() },
        signal: AbortSignal.timeout(60_000),
      });
      const html = await response.text();
      if (response.status === 303) return "won";
      return response.status === 200 && html.includes("that slot was just taken") ? "refused" : "error";
    } catch {
      return "error";
    }
  };
  const outcomes = await Promise.all(Array.from({ length: contenders }, (_, index) => submit(index)));

  const slot = new URL(url).searchParams;
  const stored = await db.$count(
    bookings,
    and(
      eq(bookings.expertId, Number(slot.get("expert"))),
      eq(bookings.startsAt, new Date(Number(slot.get("start")))),
      eq(bookings.status, "confirmed"),
    ),
  );
  const count = (outcome: string) => outcomes.filter((value) => value === outcome).length;
  return { contenders, winners: count("won"), refused: count("refused"), errors: count("error"), stored };
}
