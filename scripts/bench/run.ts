/**
 * `npm run bench`: starts the production build on a fresh temporary database beside two baselines
 * (a bare Next app built from the same `next`, and raw node:http sending the bare page's bytes),
 * measures them in one run and prints one table. Figures on a shared machine are noisy, so pages
 * are compared with baselines measured minutes apart in the same run, never with old numbers.
 * It prints; it fails only when it cannot measure (a server that does not start, for example).
 */
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type ConnectedDatabase, connectDatabase } from "../../db/connect";
import { scriptSources } from "../../testing/html-form";
import { bookingRace, countStoredRequests, loadContactForm, type RaceResult, submitContact } from "./forms";
import { type Load, loop, measureLoad, percentile } from "./load";
import {
  type AppServer,
  cleanup,
  installCleanupHandlers,
  log,
  PORTS,
  PUBLIC_PAGES,
  ROOT,
  rssMb,
  startApp,
  startBalancerProcess,
  startBareNext,
  startRawServer,
} from "./server";

const CONNECTIONS = 50;
const SECONDS = 10;
const WARMUP = 2;
const CONTACT_SECONDS = 10;
const CONTACT_CONCURRENCY = 8;
const MIXED_SECONDS = 60;
const MIXED_WARMUP_SECONDS = 20;
const GOAL_JS_KB = { content: 10, form: 25 };
const GOAL_RSS_GROWTH = 0.1;
const verdict = (met: boolean, miss = "MISSED") => (met ? "ok" : miss);

const kB = (bytes: number) => bytes / 1000;
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const signed = (value: number, digits = 1) => `${value >= 0 ? "+" : ""}${value.toFixed(digits)}`;
const errorText = (load: Load) =>
  [
    load.timeouts && `${load.timeouts} timeouts`,
    load.non2xx && `${load.non2xx} non-2xx`,
    load.socketErrors && `${load.socketErrors} socket`,
  ]
    .filter(Boolean)
    .join(", ") || "0";

/** The page's own size, and the gzipped size (zlib level 9) of every script a modern browser loads for it. */
async function shippedJs(url: string, cache: Map<string, number>) {
  const html = await (await fetch(url)).text();
  const sources = scriptSources(html);
  let total = 0;
  for (const source of sources) {
    const absolute = new URL(source, url).href;
    if (!cache.has(absolute)) {
      const response = await fetch(absolute);
      if (!response.ok) throw new Error(`${absolute} answered ${response.status}`);
      cache.set(absolute, gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length);
    }
    total += cache.get(absolute) ?? 0;
  }
  return { scripts: sources.length, gzipBytes: total, htmlBytes: Buffer.byteLength(html) };
}

function table(rows: string[][]) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(rows[0] ?? []), widths.map((width) => "─".repeat(width)).join("  "), ...rows.slice(1).map(line)].join(
    "\n",
  );
}

/** One page's throughput: CONNECTIONS connections for SECONDS after a WARMUP. */
const loadPage = (url: string) => measureLoad({ url, connections: CONNECTIONS, warmup: WARMUP, seconds: SECONDS });

/** Waits until the app answers a health check quickly again: requests cut off by the last run are still being rendered. */
async function settle(url: string, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const started = performance.now();
    await (await fetch(`${url}/api/health`)).arrayBuffer();
    if (performance.now() - started < 100) return;
  }
}

/**
 * `npm run bench -- --postgres postgres://user@host:port`: the app on PostgreSQL (a database
 * `bedrock_bench` made on that server and dropped at the end), and then the pages again through a
 * round-robin balancer, in front of one instance and in front of two.
 */
function options() {
  const { values } = parseArgs({ options: { only: { type: "string" }, postgres: { type: "string" } } });
  const postgres = values.postgres;
  if (postgres !== undefined && !/^postgres(ql)?:\/\//.test(postgres))
    throw new Error(`--postgres: a PostgreSQL server URL (postgres://user@host:port), not ${postgres}`);
  return { ...selectedPages(values.only), postgres };
}

/**
 * `npm run bench -- --only /book` (or `--only /book,/contact`): only those pages' throughput and
 * JavaScript, with their bare-Next baselines, for a quick quiet re-run; the form, race and
 * mixed-load measurements are left out.
 */
function selectedPages(only: string | undefined) {
  if (!only) return { pages: PUBLIC_PAGES, only: false };
  const wanted = only.split(",").map((path) => path.trim());
  const unknown = wanted.filter((path) => !PUBLIC_PAGES.some((page) => page.path === path));
  if (unknown.length > 0) {
    throw new Error(
      `--only: not a measured page: ${unknown.join(", ")} (pages: ${PUBLIC_PAGES.map((page) => page.path).join(", ")})`,
    );
  }
  return { pages: PUBLIC_PAGES.filter((page) => wanted.includes(page.path)), only: true };
}

async function main() {
  const { pages, only, postgres } = options();
  installCleanupHandlers();
  const started = Date.now();
  const loadBefore = loadavg();
  const app = await startApp(PORTS.app, { postgres });
  const bare = await startBareNext();
  const barePage = await fetch(`${bare.url}/`);
  const raw = await startRawServer(
    Buffer.from(await barePage.arrayBuffer()),
    barePage.headers.get("content-type") ?? "text/html",
  );
  const database = connectDatabase(app.databaseUrl);
  const rssAtStart = rssMb(app.pid);

  log("JavaScript shipped per page");
  const cache = new Map<string, number>();
  const bareJs = await shippedJs(`${bare.url}/`, cache);
  const js = new Map<string, Awaited<ReturnType<typeof shippedJs>>>();
  for (const page of pages) js.set(page.path, await shippedJs(`${app.url}${page.path}`, cache));

  // Other people's builds make figures drift by 2× within a minute, so the bare-Next page is
  // measured just before and after every page (and the raw server), and each is compared with the
  // mean of its two neighbours. After a slow page the app is left to finish what is in flight.
  const bareRuns: Load[] = [];
  const measureBare = async () => {
    log("throughput: bare Next");
    const run = await loadPage(`${bare.url}/`);
    bareRuns.push(run);
    return run.rps;
  };
  const pageLoad = new Map<string, { target: Load; bareRps: number }>();
  let bareBefore = await measureBare();
  for (const page of pages) {
    log(`throughput: ${page.path}`);
    const target = await loadPage(`${app.url}${page.path}`);
    await settle(app.url);
    const bareAfter = await measureBare();
    pageLoad.set(page.path, { target, bareRps: (bareBefore + bareAfter) / 2 });
    bareBefore = bareAfter;
  }
  log("throughput: raw node");
  const rawTarget = await loadPage(`${raw.url}/`);
  const rawLoad = { target: rawTarget, bareRps: (bareBefore + (await measureBare())) / 2 };

  const formLines = only ? [] : await measureFormsAndMixedLoad(app, database, rssAtStart);
  await database.close();
  const instanceLines = postgres ? await measureInstances(app, pages) : [];

  // ---- the table -------------------------------------------------------------------------------
  const rows: string[][] = [
    [
      "page",
      "HTML kB (budget)",
      "req/s",
      "p99 ms (goal)",
      "errors",
      "bare Next req/s",
      "× bare Next (goal)",
      "JS gzip kB",
      "Δ JS kB (goal)",
      "scripts",
    ],
  ];
  for (const page of pages) {
    const measured = pageLoad.get(page.path);
    const shipped = js.get(page.path);
    if (!measured || !shipped) continue;
    const ratio = measured.target.rps / measured.bareRps;
    const delta = kB(shipped.gzipBytes - bareJs.gzipBytes);
    const goal = page.form ? GOAL_JS_KB.form : GOAL_JS_KB.content;
    const html = kB(shipped.htmlBytes);
    const p99Goal = "p99Ms" in page ? page.p99Ms : undefined;
    rows.push([
      page.path,
      `${html.toFixed(1)} (≤ ${page.htmlKb}) ${verdict(html <= page.htmlKb, "OVER")}`,
      fixed(measured.target.rps),
      p99Goal === undefined
        ? fixed(measured.target.p99)
        : `${fixed(measured.target.p99)} (≤ ${p99Goal}) ${verdict(measured.target.p99 <= p99Goal)}`,
      errorText(measured.target),
      fixed(measured.bareRps),
      `${ratio.toFixed(2)} (≥ ${page.ratio.toFixed(2)}) ${verdict(ratio >= page.ratio, "BELOW")}`,
      kB(shipped.gzipBytes).toFixed(1),
      `${signed(delta)} (≤ +${goal}) ${verdict(delta <= goal, "OVER")}`,
      String(shipped.scripts),
    ]);
  }
  const bareAll = {
    rps: bareRuns.reduce((sum, run) => sum + run.rps, 0) / bareRuns.length,
    p99: Math.max(...bareRuns.map((run) => run.p99)),
  };
  rows.push([
    `bare Next page (mean of ${bareRuns.length} runs; worst p99)`,
    kB(bareJs.htmlBytes).toFixed(1),
    fixed(bareAll.rps),
    fixed(bareAll.p99),
    String(bareRuns.reduce((sum, run) => sum + run.errors, 0)),
    `${fixed(Math.min(...bareRuns.map((run) => run.rps)))}–${fixed(Math.max(...bareRuns.map((run) => run.rps)))}`,
    "1.00",
    kB(bareJs.gzipBytes).toFixed(1),
    "–",
    String(bareJs.scripts),
  ]);
  rows.push([
    "raw node:http, same bytes",
    kB(bareJs.htmlBytes).toFixed(1),
    fixed(rawLoad.target.rps),
    fixed(rawLoad.target.p99),
    errorText(rawLoad.target),
    fixed(rawLoad.bareRps),
    (rawLoad.target.rps / rawLoad.bareRps).toFixed(2),
    "0.0",
    "–",
    "0",
  ]);

  const nextVersion = (
    JSON.parse(readFileSync(`${ROOT}/node_modules/next/package.json`, "utf8")) as { version: string }
  ).version;
  const lines = [
    "",
    `Bedrock Talent bench — ${new Date().toISOString().slice(0, 16)}Z, ${postgres ? "PostgreSQL" : "SQLite"}, Next ${nextVersion}, Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore[0]?.toFixed(2)} at start, ${loadavg()[0]?.toFixed(2)} at end`,
    `GET pages (HTML kB: uncompressed body): autocannon, ${CONNECTIONS} connections, no compression; ${SECONDS} s per page after a ${WARMUP} s warm-up on the same connections; the ratio's baseline is the mean of the bare-Next runs just before and after. JS: <script src> a modern browser loads (noModule skipped), gzip level 9, kB = 1000 bytes.`,
    "",
    table(rows),
    "",
    ...formLines,
    ...instanceLines,
    `total time ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  console.log(lines.join("\n"));
}

/**
 * Several instances: the pages through a round-robin balancer (a process of its own) in front of
 * one instance, then in front of two on the same database, page by page so both meet the same
 * machine load. The balancer costs the same in both, so their ratio is what the second instance adds.
 */
async function measureInstances(app: AppServer, pages: readonly { path: string }[]) {
  await app.startInstance(PORTS.secondInstance);
  const one = await startBalancerProcess(PORTS.balancerOne, [PORTS.app]);
  const two = await startBalancerProcess(PORTS.balancerTwo, [PORTS.app, PORTS.secondInstance]);
  const rows: string[][] = [
    ["page", "1 instance req/s", "p99 ms", "errors", "2 instances req/s", "p99 ms", "errors", "× 1 instance"],
  ];
  for (const page of pages) {
    log(`throughput through the balancer, 1 and 2 instances: ${page.path}`);
    const single = await loadPage(`${one.url}${page.path}`);
    await settle(app.url);
    const double = await loadPage(`${two.url}${page.path}`);
    await settle(app.url);
    rows.push([
      page.path,
      fixed(single.rps),
      fixed(single.p99),
      errorText(single),
      fixed(double.rps),
      fixed(double.p99),
      errorText(double),
      (double.rps / single.rps).toFixed(2),
    ]);
  }
  return [
    "",
    `Several instances on one PostgreSQL: the same pages through a round-robin balancer (testing/balancer.ts, its own process) in front of one instance and in front of two, ${CONNECTIONS} connections, ${SECONDS} s each. On ${availableParallelism()} CPUs the instances, the balancer, the load generator and PostgreSQL share the cores.`,
    "",
    table(rows),
    "",
  ];
}

/** The no-JavaScript contact form's throughput, the booking race and 60 s of mixed load, as summary lines. */
async function measureFormsAndMixedLoad(
  app: Awaited<ReturnType<typeof startApp>>,
  db: ConnectedDatabase,
  rssAtStart: number,
) {
  log(`contact requests through the no-JavaScript form post, ${CONTACT_SECONDS} s`);
  const contactForm = await loadContactForm(app.url, db);
  const references: string[] = [];
  let contactFailures = 0;
  let sent = 0;
  const contactTask = async () => {
    const reference = await submitContact(contactForm, ++sent);
    if (reference) references.push(reference);
    else contactFailures++;
  };
  const contactLatencies = await loop(CONTACT_SECONDS, CONTACT_CONCURRENCY, contactTask);
  const contact = {
    sent: contactLatencies.length,
    ok: references.length,
    errors: contactFailures,
    rate: references.length / CONTACT_SECONDS,
    p99: percentile(contactLatencies, 99),
    stored: await countStoredRequests(db, references),
  };

  log("booking race");
  const race: RaceResult = await bookingRace(app.url, db);

  // The same mix for a while first, unmeasured: the first minutes of a new load grow the heap to its
  // working size; the goal is about what it does after that (a leak keeps growing).
  const mixedLoad = (seconds: number) =>
    Promise.all([
      measureLoad({
        url: app.url,
        connections: 10,
        seconds,
        requests: PUBLIC_PAGES.map((page) => ({ method: "GET", path: page.path })),
      }),
      loop(seconds, 2, contactTask),
    ]);
  log(
    `mixed load: ${MIXED_WARMUP_SECONDS} s warm-up, then ${MIXED_SECONDS} s measured: every public page plus contact requests`,
  );
  const rssBeforeWarmup = rssMb(app.pid);
  await mixedLoad(MIXED_WARMUP_SECONDS);
  const rssBefore = rssMb(app.pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(app.pid))), 1000);
  const mixedReferences = references.length;
  contactFailures = 0;
  const [browse, mixedContacts] = await mixedLoad(MIXED_SECONDS);
  clearInterval(sampler);
  const rssAfter = rssMb(app.pid);
  const mixedStored = await countStoredRequests(db, references.slice(mixedReferences));
  const mixedErrors = browse.errors + contactFailures;
  const growth = (rssAfter - rssBefore) / rssBefore;

  return [
    `contact (no-JS form POST): ${contact.rate.toFixed(1)} requests/s stored, p99 ${fixed(contact.p99)} ms (${CONTACT_CONCURRENCY} concurrent, ${CONTACT_SECONDS} s) — ${contact.sent} sent, ${contact.ok} answered with a reference, ${contact.errors} errors, ${contact.stored}/${contact.ok} found in the database`,
    `booking race: ${race.contenders} concurrent submissions on one slot → ${race.winners} winner, ${race.refused} refused, ${race.errors} errors; ${race.stored} confirmed booking in the database (goal: 1 winner, ${race.contenders - 1} refused, 0 errors) ${verdict(race.winners === 1 && race.refused === race.contenders - 1 && race.errors === 0 && race.stored === 1)}`,
    `server RSS (pid ${app.pid}): ${rssAtStart.toFixed(0)} MB at start, ${rssBeforeWarmup.toFixed(0)} MB before the ${MIXED_WARMUP_SECONDS} s warm-up, ${rssBefore.toFixed(0)} MB before ${MIXED_SECONDS} s mixed load, ${rssAfter.toFixed(0)} MB after (peak ${rssPeak.toFixed(0)} MB) — ${browse.requests} page requests (${fixed(browse.rps)} req/s) + ${mixedContacts.length} contact posts (${mixedStored} stored), ${mixedErrors} errors`,
    `mixed load: RSS growth over the measured ${MIXED_SECONDS} s ${signed(growth * 100)} % (goal ≤ ${GOAL_RSS_GROWTH * 100} %) ${verdict(growth <= GOAL_RSS_GROWTH)}, errors ${mixedErrors} (goal 0) ${verdict(mixedErrors === 0)}`,
  ];
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanup();
    process.exitCode = 1;
  });
