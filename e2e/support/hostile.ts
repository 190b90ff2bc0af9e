import { randomBytes, randomInt } from "node:crypto";
import type { APIResponse, Page } from "@playwright/test";
import { fieldError, mainText } from "../../testing/html-form";
import { expect, test } from "./test";

/*
 * Hostile input over HTTP against every public form and upload (the hostile-*.spec.ts files, one per
 * form), posted exactly as a browser without JavaScript would (the rendered form's own fields, Next's
 * action fields included), then altered. Each case asserts: no 5xx and no stack trace or SQL in the
 * answer; a clear refusal (the field's message in the page, or a 4xx) or, for text that is merely
 * unusual, storage of exactly what was sent; nothing else stored; the data stored before the case unchanged.
 */

export { mainText };

/** A step per case, counted once all its assertions have passed; the file's count is logged at the end. */
export function countedCases(form: string) {
  let cases = 0;
  test.afterAll(() => console.log(`hostile-input cases (${form}): ${cases}`));
  return async (name: string, body: () => Promise<void>) => {
    await test.step(name, body);
    cases++;
  };
}

export type Value = string | Buffer | { file: string; type: string; bytes: Buffer };
export type Part = [name: string, value: Value];

export const RTL_OVERRIDE = "\u202E";
export const ZERO_WIDTH_SPACE = "\u200B";
/** A UTF-16 surrogate half on its own, as the three bytes a sloppy encoder writes (not valid UTF-8). */
export const LONE_SURROGATE = Buffer.from([0xed, 0xa0, 0x80]);
export const SCRIPT = `<script>alert("owned")</script><img src=x onerror=alert(1)>`;
export const SQL_TEXT = `Robert'); DROP TABLE contact_requests; -- OR '1'='1`;

export const withBytes = (before: string, bytes: Buffer, after = "") =>
  Buffer.concat([Buffer.from(before), bytes, Buffer.from(after)]);

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
  return {
    data: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export const set = (parts: Part[], name: string, value: Value): Part[] => [
  ...parts.filter(([key]) => key !== name),
  [name, value],
];
export const drop = (parts: Part[], ...names: string[]): Part[] => parts.filter(([key]) => !names.includes(key));

/** The fields the form would post: Next's action fields, hidden inputs and every control's current value. */
export async function renderedForm(page: Page, path: string, button: string): Promise<Part[]> {
  await page.goto(path);
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: button }) });
  return form.evaluate((element) =>
    [...new FormData(element as HTMLFormElement).entries()]
      .filter(([, value]) => typeof value === "string")
      .map(([key, value]) => [key, value as string] as [string, string]),
  );
}

// Every case is its own client, so per-IP rate limits (contact: 10 an hour) never decide a case.
const ipPrefix = `100.${64 + randomInt(60)}.${randomInt(256)}`;
let clients = 0;
const nextIp = () => `${ipPrefix}.${++clients % 256}`;

export type Send = { parts?: Part[]; data?: string | Buffer; contentType?: string; headers?: Record<string, string> };

export async function send(
  page: Page,
  path: string,
  { parts, data, contentType, headers = {} }: Send,
): Promise<{ response: APIResponse; html: string }> {
  const body = parts ? multipart(parts) : { data: data ?? "", contentType: contentType ?? "application/octet-stream" };
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const response = await page.request.post(path, {
    data: body.data,
    headers: { "content-type": body.contentType, origin, "x-forwarded-for": nextIp(), ...headers },
    maxRedirects: 0,
    timeout: 15_000,
  });
  const html = await response.text();
  expect(response.status(), `${path} answered ${response.status()}: ${html.slice(0, 200)}`).toBeLessThan(500);
  expect(html).not.toMatch(/\n\s+at \S|SQLITE_|SqliteError|node_modules/);
  return { response, html };
}

export type Refusal = { field: string; message: RegExp } | { alert: RegExp } | { status: number };

export function expectRefused({ response, html }: { response: APIResponse; html: string }, refusal: Refusal) {
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
export const TRANSPORT: { name: string; status: number; request: (parts: Part[]) => Send }[] = [
  {
    name: "JSON instead of a form",
    status: 415,
    request: (parts) => ({
      data: JSON.stringify(Object.fromEntries(parts.map(([key, value]) => [key, String(value)]))),
      contentType: "application/json",
    }),
  },
  {
    name: "XML instead of a form",
    status: 415,
    request: () => ({ data: "<form><name>x</name></form>", contentType: "application/xml" }),
  },
  {
    name: "multipart without a boundary",
    status: 400,
    request: (parts) => ({ data: multipart(parts).data, contentType: "multipart/form-data" }),
  },
  {
    name: "multipart cut off half-way",
    status: 400,
    request: (parts) => {
      const { data, contentType } = multipart(parts);
      return { data: data.subarray(0, Math.floor(data.length / 2)), contentType };
    },
  },
  {
    name: "a post from another site",
    status: 403,
    request: (parts) => ({ parts, headers: { origin: "https://evil.example" } }),
  },
  {
    name: "a 9 MB body",
    status: 413,
    request: (parts) => ({ parts: set(parts, "filler", "x".repeat(9 * 1024 * 1024)) }),
  },
];

/** Text fields' shared abuse: too long, control and direction characters, broken encoding. */
export function textCases(
  field: string,
  max: number,
  tooLong: RegExp,
): { name: string; value: Value; message: RegExp }[] {
  const unusable = /characters/;
  return [
    { name: `${field}: ${max + 1} characters`, value: "x".repeat(max + 1), message: tooLong },
    { name: `${field}: one 100,000-character line`, value: "y".repeat(100_000), message: tooLong },
    { name: `${field}: a NUL byte`, value: "Ada\u0000Lovelace", message: unusable },
    { name: `${field}: a right-to-left override`, value: `Ada ${RTL_OVERRIDE}ecalevol`, message: unusable },
    { name: `${field}: a zero-width space`, value: `Ada${ZERO_WIDTH_SPACE}Lovelace`, message: unusable },
    {
      name: `${field}: a lone surrogate (bytes that are not UTF-8)`,
      value: withBytes("Ada ", LONE_SURROGATE, " Lovelace"),
      message: unusable,
    },
  ];
}

/** A word no other row contains, put into a case's fields so its rows (if any) can be found. */
export const markerOf = () => `h${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
