import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import {
  createCandidateUser,
  createStaffUser,
  expect,
  guideSlugs,
  inspectDatabase,
  loginAs,
  roleSlugs,
  test,
} from "./fixtures";
import {
  extraPort,
  freshDatabase,
  killStartedServers,
  type ProductionServer,
  refusedStart,
  startProductionServer,
} from "./production-server";
import { contactFormBody, readContactForm } from "./support/contact-post";
import { signIn } from "./support/pages/sign-in";

test.describe("without TRUSTED_PROXIES the client address is the socket's", () => {
  test.describe.configure({ mode: "serial" });
  let server: ProductionServer;
  let database: ReturnType<typeof freshDatabase>;

  test.beforeAll(async () => {
    database = freshDatabase("trust-edge");
    server = await startProductionServer(database.file, extraPort(4), "next", { TRUSTED_PROXIES: "" });
  });
  test.afterAll(() => {
    killStartedServers();
    database.remove();
  });

  test("25 sign-in attempts with a new X-Forwarded-For each are throttled like one client", async () => {
    const csrf = await fetch(`${server.origin}/api/auth/csrf`);
    const cookie = csrf.headers
      .getSetCookie()
      .map((value) => value.split(";")[0])
      .join("; ");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const throttled: boolean[] = [];
    for (let attempt = 1; attempt <= 25; attempt++) {
      const response = await fetch(`${server.origin}/api/auth/callback/credentials`, {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie,
          "content-type": "application/x-www-form-urlencoded",
          "x-forwarded-for": `198.18.${attempt}.${attempt}`,
          "x-real-ip": `198.19.${attempt}.1`,
        },
        // A different email each time, so only the per-address limit can refuse.
        body: new URLSearchParams({
          csrfToken,
          email: `spray-${attempt}@spray.example`,
          password: "not-the-password-1",
          json: "true",
        }),
      });
      const { url } = (await response.json()) as { url: string };
      // services/auth.ts's THROTTLED_MESSAGE, which next-auth passes on in the error address.
      throttled.push(/Too many sign-in attempts/.test(new URL(url).searchParams.get("error") ?? ""));
    }
    expect(throttled.slice(0, 5), "the first attempts are only wrong, not throttled").toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(throttled.slice(20).some(Boolean), `attempts 21–25 throttled: ${throttled.slice(20)}`).toBe(true);
  });

  test("a spoofed X-Forwarded-Host does not make a cross-site form post pass", async () => {
    const hidden = await readContactForm(server.origin);
    const email = `spoofed-host-${Date.now()}@evil.example`;
    const response = await fetch(`${server.origin}/contact`, {
      method: "POST",
      body: contactFormBody(hidden, database.secret, email),
      headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
      redirect: "manual",
    });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("sent from another site");
    expect(inspectDatabase(database.file, (stored) => stored.requestsFrom(email))).toEqual([]);
  });
});

test("a production server started without the preload, or with an unreadable TRUSTED_PROXIES, refuses to start and says why", async () => {
  const bare = await refusedStart({ preload: false });
  expect(bare.code, bare.output).toBe(1);
  expect(bare.output).toContain("The request preload is not loaded");
  expect(bare.output).toContain("npm start");

  const wrong = await refusedStart({ env: { TRUSTED_PROXIES: "loopback, proxy.example" } });
  expect(wrong.code, wrong.output).toBe(1);
  expect(wrong.output).toMatch(/TRUSTED_PROXIES: invalid IP address: proxy\.example; use a hop count/);
});

for (const [name, hostile] of [
  ["%09", "/\t/evil.example"],
  ["%0A", "/\n/evil.example"],
  ["%0D", "/\r/evil.example"],
] as const) {
  test(`signing in with callbackUrl=/${name}/evil.example stays on this site`, async ({ page, request, baseURL }) => {
    // Sent as an address, the control character is refused before any page (row S10)…
    expect((await request.get(`/login?callbackUrl=/${name}/evil.example`)).status()).toBe(400);
    // …so put it into the login page's address the way script on the page could, and sign in.
    const candidate = await createCandidateUser("callback");
    await page.route(/evil\.example/, (route) => route.fulfill({ status: 200, body: "another site" }));
    await page.goto("/login");
    await page.evaluate(
      (callbackUrl) => history.replaceState(null, "", `/login?callbackUrl=${encodeURIComponent(callbackUrl)}`),
      hostile,
    );
    await signIn(page, candidate.email, candidate.password);
    await page.waitForURL((url) => url.pathname !== "/login");
    // The refused callback falls back to the account pages, on this origin.
    expect(new URL(page.url()).origin).toBe(new URL(baseURL ?? "").origin);
    expect(new URL(page.url()).pathname).toMatch(/^\/account/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

const SECURITY_HEADERS = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy"];

test("malformed addresses, control characters and wrong methods are 4xx with the security headers, never 500", async ({
  page,
}) => {
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  const cases: [string, () => ReturnType<typeof page.request.get>, number][] = [
    ...[
      "/guides/%ff",
      "/hire/%ff",
      "/book/manage/%ff",
      "/reset-password/%ff",
      "/api/cv/%ff",
      "/api/bookings/%ff/ics",
      "/contact?ref=%e2%82",
      "/guides/a%00b",
    ].map(
      (url) => [url, () => page.request.get(url), 400] as [string, () => ReturnType<typeof page.request.get>, number],
    ),
    ["/admin/requests?q=%00abc", () => page.request.get("/admin/requests?q=%00abc"), 400],
    ["/admin/requests/export?q=%00abc", () => page.request.get("/admin/requests/export?q=%00abc"), 400],
    ["/admin/candidates?q=a%0Ab", () => page.request.get("/admin/candidates?q=a%0Ab"), 400],
    ["GET /api/auth/callback/credentials", () => page.request.get("/api/auth/callback/credentials"), 405],
    ["PUT /api/auth/session", () => page.request.put("/api/auth/session"), 405],
  ];
  for (const [what, send, status] of cases) {
    const response = await send();
    expect(response.status(), what).toBe(status);
    const headers = response.headers();
    for (const name of SECURITY_HEADERS) expect(headers[name], `${what}: ${name}`).toBeTruthy();
    expect(headers["x-content-type-options"], what).toBe("nosniff");
  }
  // The search itself still works with ordinary text.
  expect((await page.request.get("/admin/requests?q=abc")).status()).toBe(200);
});

/**
 * Files the server keeps for hire and guide pages (.next/server/route-cache/…/hire/<slug>.html and the
 * like), leaving out roles and guides that exist: other tests visit and add those at the same time.
 */
async function cacheFiles(): Promise<string[]> {
  const known = [
    ...(await roleSlugs()).map((slug) => `/hire/${slug}`),
    ...(await guideSlugs()).map((slug) => `/guides/${slug}`),
  ];
  const dir = join(".next", "server");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((file) => `/${file}`)
    .filter((file) => file.includes("/hire/") || file.includes("/guides/"))
    .filter((file) => !known.some((page) => file.includes(`${page}.`) || file.includes(`${page}/`)));
}

test("unknown roles and guides are 404s that write nothing and are not cached for a year", async ({ request }) => {
  // The site's 404 page is prerendered once for the whole site; warm it so it does not count.
  expect((await request.get("/no-such-page")).status()).toBe(404);
  const before = await cacheFiles();
  const guide = `/guides/no-such-guide-${Date.now()}`;
  const roles = [`/hire/no-such-role-${Date.now()}`, `/hire/made-up-${randomBytes(4).toString("hex")}`];
  for (const path of [guide, ...roles]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, path).not.toMatch(/s-maxage=\d{4,}/);
    expect(cacheControl, path).toContain("no-store");
    // An unknown guide never reaches its page: it is the site's 404, drawn on the server. An unknown
    // role reaches the page for roles created since the build, whose notFound() Next draws in the
    // browser (vercel/next.js#62228; hire-page.spec.ts reads that page with JavaScript).
    if (path === guide) expect(await response.text(), path).toMatch(/<h1[^>]*>We could not find that page</);
  }
  const after = await cacheFiles();
  expect(after.filter((file) => [guide, ...roles].some((path) => file.includes(path.split("/")[2] ?? "")))).toEqual([]);
  expect(after.length).toBe(before.length);
  // A role the build knew still renders (and is cached, as before).
  const known = await request.get("/hire/backend");
  expect(known.status()).toBe(200);
  expect(known.headers()["cache-control"]).toMatch(/s-maxage=/);
});

test("the page for roles created since the build has no address of its own", async ({ request }) => {
  const response = await request.get("/hire-added/backend");
  expect(response.status()).toBe(404);
  expect(response.headers()["cache-control"]).toContain("no-store");
});
