import { expect, test } from "./fixtures";
import { fillValidRequest, sendRequest } from "./support/pages/contact";

/*
 * What an operator reads: every answer carries its request's id, and GET /api/metrics gives
 * Prometheus this instance's figures behind a bearer token. On PostgreSQL the suite's site is two
 * instances behind nginx: each counts its own, so a figure is polled until the
 * instance that handled the request answers.
 */

const token = process.env.E2E_METRICS_TOKEN ?? "";

/** One sample's value in a Prometheus text answer (0 when the series is absent). */
const sample = (text: string, series: string) => {
  const line = text.split("\n").find((entry) => entry.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
};

// The PostgreSQL pass runs behind nginx (deploy/nginx/bedrock-talent.conf), which names every request itself.
const behindNginx = Boolean(process.env.TEST_POSTGRES_URL);

test("every answer names its request; a proxy's request id is kept", async ({ request }) => {
  const own = await request.get("/");
  // nginx's $request_id (32 hex digits) where it is in front; else the app's own UUID.
  expect(own.headers()["x-request-id"]).toMatch(behindNginx ? /^[0-9a-f]{32}$/ : /^[0-9a-f-]{36}$/);
  const again = await request.get("/");
  expect(again.headers()["x-request-id"]).not.toBe(own.headers()["x-request-id"]);
  // The app trusts loopback as its proxy (TRUSTED_PROXIES) and keeps the id a proxy sends. nginx
  // sends its own, whatever the client wrote: a client never chooses the id its log lines carry.
  const proxied = await request.get("/privacy", { headers: { "x-request-id": "nginx-e2e-0123456789abcdef" } });
  if (behindNginx) expect(proxied.headers()["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
  else expect(proxied.headers()["x-request-id"]).toBe("nginx-e2e-0123456789abcdef");
});

test("readiness: the database, this release's migrations and the job queue answer", async ({ request }) => {
  const answer = await request.get("/api/ready");
  expect(answer.status()).toBe(200);
  expect(answer.headers()["cache-control"]).toContain("no-store");
  expect(await answer.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", queue: "ok" } });
});

test("the metrics answer only with the bearer token, and count requests, contact requests and the queue", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/metrics")).status()).toBe(401);
  const wrong = await request.get("/api/metrics", { headers: { authorization: `Bearer ${token}x` } });
  expect(wrong.status()).toBe(401);
  expect(wrong.headers()["www-authenticate"]).toContain("Bearer");

  await page.goto("/contact");
  await fillValidRequest(page, `metrics-${Date.now()}@company.example`);
  await sendRequest(page);
  await expect(page.getByRole("status")).toContainText("Your request has been sent");

  const scrape = async () => {
    const answer = await request.get("/api/metrics", { headers: { authorization: `Bearer ${token}` } });
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("text/plain");
    return answer.text();
  };
  await expect.poll(async () => sample(await scrape(), 'contact_requests_total{outcome="stored"}')).toBeGreaterThan(0);
  await expect
    .poll(async () =>
      sample(await scrape(), 'http_request_duration_seconds_count{method="GET",route="/contact",status="200"}'),
    )
    .toBeGreaterThan(0);
  const text = await scrape();
  // Node's own figures, and the queue's, read from the database at the scrape.
  for (const name of [
    "process_resident_memory_bytes",
    "nodejs_eventloop_lag_seconds",
    "job_queue_jobs",
    "job_queue_oldest_due_seconds",
  ])
    expect(text).toContain(`# TYPE ${name}`);
  // Routes by pattern, never by address: no manage token, id or query string in a label.
  expect(text).not.toMatch(/route="[^"]*\?/);

  // The receipt email's delivery is counted where the job runs: in the web server on SQLite, in the
  // worker on PostgreSQL (its own metrics port, WORKER_METRICS_PORT, set by e2e/two-instances.ts).
  const deliveries = process.env.TEST_POSTGRES_URL
    ? async () => {
        const url = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 12}/metrics`;
        expect((await fetch(url)).status).toBe(401);
        return (await fetch(url, { headers: { authorization: `Bearer ${token}` } })).text();
      }
    : scrape;
  await expect.poll(async () => sample(await deliveries(), 'email_deliveries_total{result="sent"}')).toBeGreaterThan(0);
  expect(await deliveries()).toMatch(/jobs_run_total\{task="deliver-email",result="done"\} [1-9]/);
});
