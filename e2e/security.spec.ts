import type { APIResponse, Page } from "@playwright/test";
import { contentSecurityPolicy, EMAIL_PREVIEW_POLICY } from "../domain/security-headers";
import { createCandidateUser, createStaffUser, expect, loginAs, outboxTo, submitProfile, test } from "./fixtures";
import { publicPages } from "./public-pages";

/** The site's headers on a response; `own` names those a response has its own value of (the email preview). */
function expectSecurityHeaders(response: APIResponse, what: string, own: Record<string, string> = {}) {
  const headers = response.headers();
  const expected: Record<string, string> = {
    "content-security-policy": contentSecurityPolicy({ dev: false }),
    "strict-transport-security": "max-age=63072000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
    ...own,
  };
  for (const [name, value] of Object.entries(expected)) expect(headers[name], `${what}: ${name}`).toBe(value);
  expect(headers["permissions-policy"], what).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["x-powered-by"], what).toBeUndefined();
}

test("every kind of response carries the security headers", async ({ request, browser }) => {
  const page = await request.get("/");
  expectSecurityHeaders(page, "a prerendered page");
  const script = (await page.text()).match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1] ?? "";
  const responses: [string, APIResponse, number][] = [
    ["a page rendered per request", await request.get("/contact"), 200],
    ["an API route", await request.get("/api/health"), 200],
    ["a 404", await request.get("/no-such-page"), 404],
    ["a static file", await request.get(script), 200],
    ["a metadata file", await request.get("/robots.txt"), 200],
    ["the proxy's redirect to the login page", await request.get("/account", { maxRedirects: 0 }), 307],
    ["the proxy's refusal of a body that is not a form", await request.post("/contact", { data: { name: "x" } }), 415],
  ];
  for (const [what, response, status] of responses) {
    expect(response.status(), what).toBe(status);
    expectSecurityHeaders(response, what);
  }

  // The outbox's email preview, framed by the dashboard: its own policy and framing, the rest as elsewhere (#27 N9).
  const candidate = await createCandidateUser("preview-headers");
  await submitProfile(candidate.id);
  const email = await outboxTo(candidate.email);
  const manager = await createStaffUser();
  const staff = await browser.newContext();
  const dashboard = await staff.newPage();
  await loginAs(dashboard, manager.email, manager.password);
  const preview = await dashboard.request.get(`/admin/outbox/${email?.id}/html`);
  expect(preview.status(), "the email preview").toBe(200);
  expectSecurityHeaders(preview, "the email preview", {
    "content-security-policy": EMAIL_PREVIEW_POLICY,
    "referrer-policy": "no-referrer",
    "x-frame-options": "SAMEORIGIN",
  });
  await staff.close();
});

/** Collects what the browser reports about the page's CSP: violation events and console messages. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content.Security.Policy|Refused to|Permissions.Policy/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => violations.push(`${page.url()}: ${error.message}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI}`),
    ),
  );
  return violations;
}

test("the public pages run under the CSP without a single violation", async ({ page }) => {
  const violations = await watchForViolations(page);
  for (const { path, heading } of [...publicPages, { path: "/no-such-page", heading: "We could not find that page" }]) {
    // goto waits for the load event, which waits for the page's scripts (Next loads them async).
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText(heading);
  }
  expect(violations).toEqual([]);
});

test("signed-in pages run under the CSP too", async ({ page, browser }) => {
  test.setTimeout(60_000); // two sign-ins and twelve pages: 20 s alone, 30 s beside another worker
  const violations = await watchForViolations(page);
  const candidate = await createCandidateUser("csp");
  await loginAs(page, candidate.email, candidate.password);
  for (const path of ["/account", "/account/profile", "/account/password", "/account/delete"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  const context = await browser.newContext();
  const staff = await context.newPage();
  const staffViolations = await watchForViolations(staff);
  const admin = await createStaffUser("admin");
  await loginAs(staff, admin.email, admin.password);
  for (const path of [
    "/admin",
    "/admin/requests",
    "/admin/calls",
    "/admin/candidates",
    "/admin/content",
    "/admin/outbox",
    "/admin/staff",
    "/admin/audit",
  ]) {
    await staff.goto(path);
    await expect(staff.getByRole("heading", { level: 1 }), path).toBeVisible();
  }
  await context.close();
  expect([...violations, ...staffViolations]).toEqual([]);
});

test.describe("hydration", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("pages hydrate under the CSP: client-only behaviour works", async ({ page }) => {
    const violations = await watchForViolations(page);
    // The sign-in button stays disabled until React has hydrated the form.
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();

    // A client-side navigation keeps the window (a full page load would not).
    await page.goto("/");
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Backend guide" }).click();
    await expect(page).toHaveURL(/\/guides\//);
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);

    // The booking page switches from UTC to the browser's time zone once its script runs.
    await page.goto("/book");
    await expect(page.getByText("Times are shown in Asia/Tokyo")).toBeVisible({ timeout: 20_000 });
    expect(violations).toEqual([]);
  });
});

test("session cookies are HttpOnly and SameSite=Lax; not Secure on this http build (SITE_URL decides)", async ({
  page,
  baseURL,
}) => {
  const candidate = await createCandidateUser("cookies");
  await loginAs(page, candidate.email, candidate.password);
  const cookies = await page.context().cookies();
  const authCookies = cookies.filter((cookie) => cookie.name.includes("next-auth"));
  expect(authCookies.map((cookie) => cookie.name)).toEqual(
    expect.arrayContaining(["next-auth.session-token", "next-auth.csrf-token"]),
  );
  for (const cookie of authCookies) {
    expect(cookie, cookie.name).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    // An https SITE_URL turns on Secure and the __Secure-/__Host- names (services/auth.test.ts); this run is http.
    expect(cookie.secure, cookie.name).toBe(new URL(baseURL ?? "").protocol === "https:");
  }
});

test("an action call with a body no form sends is refused with a 400, never a 500 (#27 N5)", async ({
  page,
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto("/contact");
  const actionId = JSON.parse((await page.locator('input[name="$ACTION_1:0"]').getAttribute("value")) ?? "{}")
    .id as string;
  const bodies: [string, { headers?: Record<string, string>; data?: string }][] = [
    ["text that is not an action's arguments", { headers: { "content-type": "text/plain" }, data: "hello" }],
    ["arguments that are not a form", { headers: { "content-type": "text/plain" }, data: '["$undefined",{"a":1}]' }],
    ["JSON", { headers: { "content-type": "application/json" }, data: '{"name":"x"}' }],
    ["no body at all", {}],
  ];
  for (const path of ["/contact", `/shortlist/${"x".repeat(43)}`])
    for (const [what, { headers, data }] of bodies) {
      const response = await request.post(path, { headers: { origin, "next-action": actionId, ...headers }, data });
      expect(response.status(), `${path}: ${what}`).toBe(400);
      expect(await response.text()).toBe("The form could not be read. Please go back and send it again.");
    }
  // No arguments at all (as the form's call for its token is sent) passes the proxy; the form's action says no form came.
  const empty = await request.post("/contact", {
    headers: { origin, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(empty.status()).toBe(200);
  expect(await empty.text()).toContain("The form could not be read");
});

test("requests that make the server fail answer without a stack trace or SQL", async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL ?? "").origin;
  await page.goto("/contact");
  const actionId = JSON.parse((await page.locator('input[name="$ACTION_1:0"]').getAttribute("value")) ?? "{}")
    .id as string;
  const attempts: [string, Promise<APIResponse>][] = [
    ["an undecodable route parameter", request.get("/hire/%E0%A4%A")],
    ["an undecodable token", request.get("/reset-password/%ff")],
    ["an undecodable API parameter", request.get("/api/cv/%E0%A4%A")],
    [
      "an action id that does not exist",
      request.post("/contact", {
        headers: { origin, "next-action": "00deadbeef", "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      }),
    ],
    [
      "a real action with a body it cannot decode",
      request.post("/contact", {
        headers: { origin, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
        data: "[garbage",
      }),
    ],
    [
      "a real action given an object instead of a form",
      request.post("/contact", {
        headers: { origin, "next-action": actionId, "content-type": "text/plain;charset=UTF-8" },
        data: '["$undefined",{"name":"x"}]',
      }),
    ],
    [
      "a forged action field in a form post",
      request.post("/contact", { headers: { origin }, multipart: { $ACTION_ID_00deadbeef: "", name: "x" } }),
    ],
    ["a booking time beyond any calendar", request.get("/book/details?expert=1&start=8640000000000000")],
  ];
  for (const [what, pending] of attempts) {
    const response = await pending;
    const body = await response.text();
    expect(body, what).not.toMatch(
      /\n\s+at \S|\bat \S+ \(|SQLITE|SqliteError|\bSELECT\b[\s\S]{0,80}\bFROM\b|\bINSERT INTO\b|node_modules|\.next\/server/,
    );
    expect(body, what).not.toContain("TypeError");
    if (response.status() >= 500)
      expect(body, `${what}: a bare message or an error digest`).toMatch(/^Internal Server Error$|"digest":"\d+"/);
  }
});
