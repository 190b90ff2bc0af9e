import http from "node:http";
import { createFormToken } from "../../domain/form-guard";
import { findForm } from "../../testing/html-form";

/**
 * The contact form's hidden fields as the page renders them for a browser without JavaScript:
 * React's `$ACTION_…` fields name the server action and its state, `formToken` the render time.
 */
export async function readContactForm(origin: string): Promise<Record<string, string>> {
  const form = findForm(await (await fetch(`${origin}/contact`)).text(), 'input[name="formToken"]');
  const hidden = Object.fromEntries(form.hiddenInputs);
  if (!Object.keys(hidden).some((name) => name.startsWith("$ACTION_")))
    throw new Error(`no server action fields in the contact form at ${origin}`);
  return hidden;
}

/** A filled, valid contact request as the browser sends it, with a token re-signed as if the form was rendered 10 s ago. */
export function contactFormBody(hidden: Record<string, string>, secret: string, email: string): FormData {
  const body = new FormData();
  for (const [name, value] of Object.entries(hidden)) body.set(name, value);
  body.set("formToken", createFormToken(secret, Date.now() - 10_000));
  const fields = {
    name: "Storm Tester",
    email,
    company: "Durability Ltd",
    role: "Backend developer",
    seniority: "Senior",
    developers: "2",
    desiredStart: "asap",
    budget: "$90k a year",
    message: "Two backend engineers for an event-sourced ledger in Go and PostgreSQL.",
    consent: "on",
    website: "",
  };
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  return body;
}

/** The reference on the thank-you page (a request held for review has none). */
export const referenceIn = (html: string) => html.match(/>(BT-[A-HJ-NP-Z2-9]{6})</)?.[1] ?? null;

/** Posts one request the way the no-JavaScript form does; each call is its own client IP (10 an hour per IP). */
export async function postContactRequest(
  origin: string,
  hidden: Record<string, string>,
  secret: string,
  client: { ip: string; email: string },
) {
  const response = await fetch(`${origin}/contact`, {
    method: "POST",
    body: contactFormBody(hidden, secret, client.email),
    // A browser sends Origin with every POST; Next checks it against Host for server actions.
    headers: { origin, "x-forwarded-for": client.ip },
    signal: AbortSignal.timeout(30_000),
  });
  // The page streams: read whole, the server has written its line about it.
  const html = await response.text();
  return { status: response.status, reference: referenceIn(html), requestId: response.headers.get("x-request-id") };
}

/**
 * Starts a no-JavaScript contact request and holds its body back. Resolves once the server has
 * answered `100 Continue`, i.e. it has accepted the request and is waiting for the body: the
 * request is in flight. `finish()` sends the body and resolves with the answer.
 */
export async function openContactRequest(
  origin: string,
  hidden: Record<string, string>,
  secret: string,
  client: { ip: string; email: string },
) {
  const encoded = new Response(contactFormBody(hidden, secret, client.email));
  const body = Buffer.from(await encoded.arrayBuffer());
  const request = http.request(`${origin}/contact`, {
    method: "POST",
    headers: {
      origin,
      "content-type": encoded.headers.get("content-type") ?? "",
      "content-length": body.length,
      expect: "100-continue",
      "x-forwarded-for": client.ip,
    },
  });
  const answer = new Promise<{ status: number; reference: string | null }>((resolve, reject) => {
    request.once("response", (response) => {
      let html = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (html += chunk));
      response.once("end", () => resolve({ status: response.statusCode ?? 0, reference: referenceIn(html) }));
      response.once("error", reject);
    });
    request.once("error", reject);
  });
  answer.catch(() => {}); // awaited by finish(); this only keeps an early failure from being "unhandled"
  await new Promise((resolve, reject) => {
    request.once("continue", resolve);
    request.once("error", reject);
  });
  return {
    finish: () => {
      request.end(body);
      return answer;
    },
  };
}
