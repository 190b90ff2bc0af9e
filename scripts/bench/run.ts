/**
 * `npm run bench`: starts the production build on a fresh temporary database beside two baselines
 * (a bare Next app built from the same `next`, and raw node:http sending the bare page's bytes),
 * measures them in one run and prints one table. Figures on a shared machine are noisy, so pages
 * are compared with baselines measured minutes apart in the same run, never with old numbers.
 * It prints; it fails only when it cannot measure (a server that does not start, for example).
 * With `--markdown` it also writes the results into docs/performance.md (markdown.ts).
 */
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { type ConnectedDatabase, connectDatabase } from "../../db/connect";
import { httpDuration } from "../../server/metrics.cjs";
import { scriptSources } from "../../testing/html-form";
import { bookingRace, countStoredRequests, loadContactForm, type RaceResult, submitContact } from "./forms";
import { type Load, loop, measureLoad, percentile } from "./load";
import { renderMarkdown, replaceBlock } from "./markdown";
import {
  type BenchResults,
  type FormResults,
  fixed,
  GOAL_RSS_GROWTH,
  judgeBare,
  judgeForms,
  judgePage,
  kB,
  type Machine,
  type Shipped,
  signed,
  verdict,
} from "./results";
import {
  type AppServer,
  cleanup,
  installCleanupHandlers,
  log,
  makeTempDir,
  PORTS,
  PUBLIC_PAGES,
  ROOT,
  rssMb,
  startApp,
  startBareNext,
  startNginxInFront,
  startRawServer,
} from "./server";

const CONNECTIONS = 50;
const SECONDS = 10;
// Long enough for both instances to stop and start again (a start is a few seconds on this machine).
const ROLLING_RESTART_SECONDS = 40;
const NGINX_FAIL_TIMEOUT_MS = 5_000;
const WARMUP = 2;
const CONTACT_SECONDS = 10;
const CONTACT_CONCURRENCY = 8;
const MIXED_SECONDS = 60;
const MIXED_WARMUP_SECONDS = 20;
const GOAL_JS_KB = { content: 10, form: 25 };
const DOC_NAME = "docs/performance.md";
const DOC = join(ROOT, DOC_NAME);

const errorText = (load: Load) =>
  [
    load.timeouts && `${load.timeouts} timeouts`,
    load.non2xx && `${load.non2xx} non-2xx`,
    load.socketErrors && `${load.socketErrors} socket`,
  ]
    .filter(Boolean)
    .join(", ") || "0";

/** The page's own size, and the gzipped size (zlib level 9) of every script a modern browser loads for it. */
async function shippedJs(url: string, cache: Map<string, number>): Promise<Shipped> {
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
  return { scripts: sources.length, jsGzipBytes: total, htmlBytes: Buffer.byteLength(html) };
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
 * nginx (the production example), in front of one instance and in front of two, and a rolling
 * restart of both instances under load.
 *
 * `npm run bench -- --markdown`: the results also replace the generated block of docs/performance.md.
 * Only a whole run on SQLite: the block is read as every page on the setup the doc describes.
 */
function options() {
  const { values } = parseArgs({
    options: { only: { type: "string" }, postgres: { type: "string" }, markdown: { type: "boolean" } },
  });
  const { postgres, markdown = false } = values;
  if (postgres !== undefined && !/^postgres(ql)?:\/\//.test(postgres))
    throw new Error(`--postgres: a PostgreSQL server URL (postgres://user@host:port), not ${postgres}`);
  if (markdown && values.only !== undefined)
    throw new Error("--markdown writes the whole table into docs/performance.md: run it without --only");
  if (markdown && postgres !== undefined)
    throw new Error("--markdown records the SQLite run that docs/performance.md describes: run it without --postgres");
  // Checked now rather than after minutes of measuring.
  if (markdown) replaceBlock(readFileSync(DOC, "utf8"), "", DOC_NAME);
  return { ...selectedPages(values.only), postgres, markdown };
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

/** The distribution's name where /etc/os-release gives it, then the kernel. */
function osName() {
  const file = "/etc/os-release";
  const distribution = existsSync(file)
    ? /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync(file, "utf8"))?.[1]
    : undefined;
  return [distribution, `${type()} ${release()}`].filter(Boolean).join(", ");
}

function machine(loadAtStart: number): Machine {
  const next = JSON.parse(readFileSync(`${ROOT}/node_modules/next/package.json`, "utf8")) as { version: string };
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? "unknown",
    memoryBytes: totalmem(),
    os: osName(),
    node: process.version,
    next: next.version,
    loadAtStart,
    loadAtEnd: loadavg()[0] ?? Number.NaN,
  };
}

async function main() {
  const { pages, only, postgres, markdown } = options();
  installCleanupHandlers();
  const startedAt = new Date();
  const loadAtStart = loadavg()[0] ?? Number.NaN;
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
  const js = new Map<string, Shipped>();
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
  const pageResults: BenchResults["pages"] = [];
  let bareBefore = await measureBare();
  for (const page of pages) {
    log(`throughput: ${page.path}`);
    const load = await loadPage(`${app.url}${page.path}`);
    await settle(app.url);
    const bareAfter = await measureBare();
    const shipped = js.get(page.path);
    if (!shipped) throw new Error(`no JavaScript measured for ${page.path}`);
    pageResults.push({
      path: page.path,
      ...shipped,
      load,
      bareRps: (bareBefore + bareAfter) / 2,
      goals: {
        htmlKb: page.htmlKb,
        ratio: page.ratio,
        p99Ms: "p99Ms" in page ? page.p99Ms : undefined,
        jsKb: page.form ? GOAL_JS_KB.form : GOAL_JS_KB.content,
      },
    });
    bareBefore = bareAfter;
  }
  log("throughput: raw node");
  const rawTarget = await loadPage(`${raw.url}/`);
  const rawLoad = { htmlBytes: bareJs.htmlBytes, load: rawTarget, bareRps: (bareBefore + (await measureBare())) / 2 };

  const forms = only ? undefined : await measureFormsAndMixedLoad(app, database, rssAtStart);
  await database.close();
  const loggingLines = pages.some((page) => page.path === "/privacy") ? await measureLoggingCost(app) : [];
  const instanceLines = postgres ? await measureInstances(app, pages) : [];

  const results: BenchResults = {
    startedAt,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
    engine: postgres ? "PostgreSQL" : "SQLite",
    machine: machine(loadAtStart),
    method: { connections: CONNECTIONS, seconds: SECONDS, warmup: WARMUP },
    pages: pageResults,
    bare: { ...bareJs, runs: bareRuns },
    raw: rawLoad,
    forms,
  };
  console.log(
    [...textReport(results), ...loggingLines, ...instanceLines, `total time ${results.seconds.toFixed(0)} s`].join(
      "\n",
    ),
  );
  if (markdown) {
    writeFileSync(DOC, replaceBlock(readFileSync(DOC, "utf8"), renderMarkdown(results), DOC_NAME));
    log(`wrote the results into ${DOC_NAME}`);
  }
}

/** What the bench prints: a header line, the table, and the forms' summary lines. */
function textReport(results: BenchResults) {
  const { machine: host, method } = results;
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
  for (const page of results.pages) {
    const { htmlKb, ratio, jsDeltaKb, met } = judgePage(page, results.bare);
    const { goals, load } = page;
    rows.push([
      page.path,
      `${htmlKb.toFixed(1)} (≤ ${goals.htmlKb}) ${verdict(met.html, "OVER")}`,
      fixed(load.rps),
      goals.p99Ms === undefined ? fixed(load.p99) : `${fixed(load.p99)} (≤ ${goals.p99Ms}) ${verdict(met.p99)}`,
      errorText(load),
      fixed(page.bareRps),
      `${ratio.toFixed(2)} (≥ ${goals.ratio.toFixed(2)}) ${verdict(met.ratio, "BELOW")}`,
      kB(page.jsGzipBytes).toFixed(1),
      `${signed(jsDeltaKb)} (≤ +${goals.jsKb}) ${verdict(met.js, "OVER")}`,
      String(page.scripts),
    ]);
  }
  const bare = judgeBare(results.bare);
  rows.push([
    `bare Next page (mean of ${results.bare.runs.length} runs; worst p99)`,
    kB(results.bare.htmlBytes).toFixed(1),
    fixed(bare.rps),
    fixed(bare.worstP99),
    String(bare.errors),
    `${fixed(bare.minRps)}–${fixed(bare.maxRps)}`,
    "1.00",
    kB(results.bare.jsGzipBytes).toFixed(1),
    "–",
    String(results.bare.scripts),
  ]);
  const { raw } = results;
  rows.push([
    "raw node:http, same bytes",
    kB(raw.htmlBytes).toFixed(1),
    fixed(raw.load.rps),
    fixed(raw.load.p99),
    errorText(raw.load),
    fixed(raw.bareRps),
    (raw.load.rps / raw.bareRps).toFixed(2),
    "0.0",
    "–",
    "0",
  ]);
  return [
    "",
    `Bedrock Talent bench — ${results.startedAt.toISOString().slice(0, 16)}Z, ${results.engine}, Next ${host.next}, Node ${host.node}, ${availableParallelism()} CPUs, load average ${host.loadAtStart.toFixed(2)} at start, ${host.loadAtEnd.toFixed(2)} at end`,
    `GET pages (HTML kB: uncompressed body): autocannon, ${method.connections} connections, no compression; ${method.seconds} s per page after a ${method.warmup} s warm-up on the same connections; the ratio's baseline is the mean of the bare-Next runs just before and after. JS: <script src> a modern browser loads (noModule skipped), gzip level 9, kB = 1000 bytes.`,
    "",
    table(rows),
    "",
    ...(results.forms ? formLines(results.forms) : []),
  ];
}

function formLines(forms: FormResults) {
  const { contact, race, mixed, memory } = forms;
  const { raceMet, growth, growthMet, mixedErrorsMet } = judgeForms(forms);
  return [
    `contact (no-JS form POST): ${(contact.answered / contact.seconds).toFixed(1)} requests/s stored, p99 ${fixed(contact.p99Ms)} ms (${contact.concurrency} concurrent, ${contact.seconds} s) — ${contact.sent} sent, ${contact.answered} answered with a reference, ${contact.errors} errors, ${contact.stored}/${contact.answered} found in the database`,
    `booking race: ${race.contenders} concurrent submissions on one slot → ${race.winners} winner, ${race.refused} refused, ${race.errors} errors; ${race.stored} confirmed booking in the database (goal: 1 winner, ${race.contenders - 1} refused, 0 errors) ${verdict(raceMet)}`,
    `server RSS (pid ${memory.pid}): ${memory.atStart.toFixed(0)} MB at start, ${memory.beforeWarmup.toFixed(0)} MB before the ${mixed.warmupSeconds} s warm-up, ${memory.before.toFixed(0)} MB before ${mixed.seconds} s mixed load, ${memory.after.toFixed(0)} MB after (peak ${memory.peak.toFixed(0)} MB) — ${mixed.pageRequests} page requests (${fixed(mixed.pageRps)} req/s) + ${mixed.contactPosts} contact posts (${mixed.contactStored} stored), ${mixed.errors} errors`,
    `mixed load: RSS growth over the measured ${mixed.seconds} s ${signed(growth * 100)} % (goal ≤ ${GOAL_RSS_GROWTH * 100} %) ${verdict(growthMet)}, errors ${mixed.errors} (goal 0) ${verdict(mixedErrorsMet)}`,
  ];
}

/**
 * Several instances: the pages through nginx (deploy/nginx/bedrock-talent.conf) in front of one
 * instance, then in front of two on the same database, page by page so both meet the same machine
 * load. nginx costs the same in both, so their ratio is what the second instance adds. Then a
 * rolling restart under load: each instance in turn stopped (SIGTERM) and started again while
 * /privacy is loaded through nginx; the goal is no failed request.
 */
async function measureInstances(app: AppServer, pages: readonly { path: string }[]) {
  await app.startInstance(PORTS.secondInstance);
  const one = await startNginxInFront(PORTS.nginxOne, [PORTS.app]);
  const two = await startNginxInFront(PORTS.nginxTwo, [PORTS.app, PORTS.secondInstance]);
  const rows: string[][] = [
    ["page", "1 instance req/s", "p99 ms", "errors", "2 instances req/s", "p99 ms", "errors", "× 1 instance"],
  ];
  for (const page of pages) {
    log(`throughput through nginx, 1 and 2 instances: ${page.path}`);
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
  const restart = await measureRollingRestart(app, `${two.url}/privacy`);
  return [
    "",
    `Several instances on one PostgreSQL: the same pages through nginx (deploy/nginx/bedrock-talent.conf) in front of one instance and in front of two, ${CONNECTIONS} connections, ${SECONDS} s each. On ${availableParallelism()} CPUs the instances, nginx, the load generator and PostgreSQL share the cores.`,
    "",
    table(rows),
    "",
    restart,
    "",
  ];
}

/**
 * What a request's log line and metrics cost (issue #29: at most 5 % of /privacy's req/s). The log
 * line: /privacy on the app as it runs (one JSON line per request into its log file) against the
 * same server restarted with LOG_LEVEL=silent, in three rounds whose order alternates (silent first,
 * then logged first…) so a machine that drifts meets both alike. A restart's noise is a few percent,
 * so the line's own cost is also timed: server/log.cjs writing request lines to a file, in a process
 * of its own. The metrics: the request's histogram observation, timed here in a loop. Each timed cost
 * is given as a share of one request's time at the measured rate.
 */
async function measureLoggingCost(app: AppServer) {
  const runs: Record<"logged" | "silent", number[]> = { logged: [], silent: [] };
  for (const [round, order] of [
    ["silent", "logged"],
    ["logged", "silent"],
    ["silent", "logged"],
  ].entries()) {
    for (const mode of order as ("logged" | "silent")[]) {
      log(`logging cost, round ${round + 1}: /privacy ${mode === "silent" ? "with LOG_LEVEL=silent" : "logged"}`);
      await app.restartInstance(PORTS.app, mode === "silent" ? { LOG_LEVEL: "silent" } : {});
      runs[mode].push((await loadPage(`${app.url}/privacy`)).rps);
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const logged = mean(runs.logged);
  const silent = mean(runs.silent);
  const measuredCost = 1 - logged / silent;
  const lineSeconds = timeLogLine();
  const observations = 200_000;
  const started = performance.now();
  for (let n = 0; n < observations; n++)
    httpDuration.observe({ method: "GET", route: "/privacy", status: "200" }, (n % 50) / 1000);
  const observeSeconds = (performance.now() - started) / 1000 / observations;
  const timedCost = (lineSeconds + observeSeconds) * silent;
  const share = (cost: number) => `${(cost * 100).toFixed(1)} %`;
  return [
    "",
    `logging and metrics on /privacy: ${fixed(logged)} req/s logged (a JSON line per request) vs ${fixed(silent)} req/s with LOG_LEVEL=silent (means of 3 alternating runs: ${runs.logged.map((rps) => fixed(rps)).join(", ")} vs ${runs.silent.map((rps) => fixed(rps)).join(", ")}), ${signed(measuredCost * 100)} %; timed alone, a log line ${(lineSeconds * 1e6).toFixed(1)} µs and the histogram observation ${(observeSeconds * 1e6).toFixed(2)} µs, ${share(timedCost)} of a core at that rate (goal ≤ 5 %) ${verdict(Math.max(measuredCost, timedCost) <= 0.05)}`,
  ];
}

/** A request's log line as server/log.cjs writes it (redaction, its request id, into a file), in µs: timed in a process of its own. */
function timeLogLine() {
  const lines = 100_000;
  const script = `
    const { logger, requestContext } = require(${JSON.stringify(join(ROOT, "server/log.cjs"))});
    requestContext.enterWith({ requestId: "d79c43b9-c6e6-4793-8a73-427e5480afb8" });
    const line = { method: "GET", route: "/privacy", status: 200, durationMs: 3.2 };
    for (let n = 0; n < 10000; n++) logger.info(line, "request");
    const started = process.hrtime.bigint();
    for (let n = 0; n < ${lines}; n++) logger.info(line, "request");
    process.stderr.write(String(Number(process.hrtime.bigint() - started) / 1e9 / ${lines}));`;
  const file = join(makeTempDir("bench-log"), "lines.log");
  const out = openSync(file, "w");
  const result = spawnSync(process.execPath, ["-e", script], {
    stdio: ["ignore", out, "pipe"],
    env: { ...process.env, LOG_LEVEL: "info", LOG_FORMAT: "json" },
    encoding: "utf8",
  });
  closeSync(out);
  if (result.status !== 0) throw new Error(`timing the log line failed: ${result.stderr}`);
  return Number(result.stderr);
}

/** /privacy through nginx while each instance in turn is stopped (SIGTERM) and started again. */
async function measureRollingRestart(app: AppServer, url: string) {
  log("rolling restart of both instances under load through nginx");
  const load = measureLoad({ url, connections: CONNECTIONS, seconds: ROLLING_RESTART_SECONDS });
  const started = Date.now();
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  for (const port of [PORTS.secondInstance, PORTS.app]) {
    await app.restartInstance(port);
    // nginx tries a refusing instance again after its fail_timeout (5 s, deploy/nginx/bedrock-talent.conf).
    await new Promise((resolve) => setTimeout(resolve, NGINX_FAIL_TIMEOUT_MS + 1_000));
  }
  const restartedAfter = (Date.now() - started) / 1000;
  if (restartedAfter > ROLLING_RESTART_SECONDS - 3)
    log(`the restarts took ${restartedAfter.toFixed(0)} s, past the load's end`);
  const result = await load;
  return `rolling restart through nginx: both instances stopped and started again one after the other within ${restartedAfter.toFixed(0)} s of ${ROLLING_RESTART_SECONDS} s of load on /privacy: ${result.requests} requests (${fixed(result.rps)} req/s, p99 ${fixed(result.p99)} ms), ${result.errors} failed (goal 0)${result.errors ? ` — ${errorText(result)}` : ""} ${verdict(result.errors === 0)}`;
}

/** The no-JavaScript contact form's throughput, the booking race and 60 s of mixed load. */
async function measureFormsAndMixedLoad(
  app: Awaited<ReturnType<typeof startApp>>,
  db: ConnectedDatabase,
  rssAtStart: number,
): Promise<FormResults> {
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
    concurrency: CONTACT_CONCURRENCY,
    seconds: CONTACT_SECONDS,
    sent: contactLatencies.length,
    answered: references.length,
    errors: contactFailures,
    p99Ms: percentile(contactLatencies, 99),
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

  return {
    contact,
    race,
    mixed: {
      warmupSeconds: MIXED_WARMUP_SECONDS,
      seconds: MIXED_SECONDS,
      pageRequests: browse.requests,
      pageRps: browse.rps,
      contactPosts: mixedContacts.length,
      contactStored: await countStoredRequests(db, references.slice(mixedReferences)),
      errors: browse.errors + contactFailures,
    },
    memory: {
      pid: app.pid,
      atStart: rssAtStart,
      beforeWarmup: rssBeforeWarmup,
      before: rssBefore,
      after: rssAfter,
      peak: rssPeak,
    },
  };
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanup();
    process.exitCode = 1;
  });
