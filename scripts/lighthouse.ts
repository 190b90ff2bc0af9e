/**
 * `npm run lighthouse`: Lighthouse (mobile emulation and simulated throttling, its defaults) on
 * every public page of the production build, served on a fresh temporary database by the same
 * helper as `npm run bench`. Three runs per page; the table shows Lighthouse's own median run
 * (the one closest to the median FCP and TTI), then lists what that run found wanting.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { launch } from "chrome-launcher";
import lighthouse, { generateReport } from "lighthouse";
import { computeMedianRun } from "lighthouse/core/lib/median-run.js";
import { cleanup, installCleanupHandlers, log, makeTempDir, onCleanup, PUBLIC_PAGES, startApp } from "./bench/server";

const RUNS = 3;
/** `npm run lighthouse -- /contact /book` measures only those pages. */
const only = process.argv.slice(2).filter((arg) => arg.startsWith("/"));
/** When set, the median run of each page is saved there as HTML and JSON reports. */
const reportDir = process.env.LIGHTHOUSE_REPORT_DIR;
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** Playwright's own Chromium when it has one, else Debian's. */
function chromePath() {
  const candidates = [chromium.executablePath(), "/usr/bin/chromium"];
  const found = candidates.find((path) => existsSync(path));
  if (!found) throw new Error(`no Chromium found (looked at ${candidates.join(", ")}); run scripts/ensure-chromium.sh`);
  return found;
}

const score = (lhr: Result, category: (typeof CATEGORIES)[number]) => {
  const value = lhr.categories[category]?.score;
  return typeof value === "number" ? String(Math.round(value * 100)) : "–";
};

/** Audits that cost points: scored, applicable and below 0.9, with a few of the elements or URLs concerned. */
function findings(lhr: Result) {
  return Object.values(lhr.audits)
    .filter(
      (audit) =>
        typeof audit.score === "number" &&
        audit.score < 0.9 &&
        ["binary", "numeric", "metricSavings"].includes(audit.scoreDisplayMode),
    )
    .map((audit) => {
      const items = ((audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []).slice(0, 3);
      const examples = items
        .map((item) => {
          const node = item.node as { snippet?: string; selector?: string } | undefined;
          return node?.selector ?? (typeof item.url === "string" ? item.url : undefined) ?? node?.snippet;
        })
        .filter(Boolean);
      return `${audit.id} (${audit.score?.toFixed(2)}${audit.displayValue ? `, ${audit.displayValue}` : ""})${examples.length ? `: ${examples.join(" | ")}` : ""}`;
    });
}

function table(rows: string[][]) {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join("  ");
  return [line(rows[0] ?? []), widths.map((width) => "─".repeat(width)).join("  "), ...rows.slice(1).map(line)].join(
    "\n",
  );
}

async function main() {
  installCleanupHandlers();
  const started = Date.now();
  const app = await startApp();
  const path = chromePath();
  // Root cannot use Chromium's sandbox; everyone else keeps it.
  const flags = [
    "--headless=new",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
  ];
  const chrome = await launch({
    chromePath: path,
    chromeFlags: flags,
    handleSIGINT: false,
    userDataDir: makeTempDir("lighthouse-profile"),
  });
  onCleanup(() => chrome.kill());
  log(`Chromium ${path} on port ${chrome.port}`);

  const rows: string[][] = [["page", "performance", "accessibility", "best practices", "SEO", "LCP s", "runs (perf)"]];
  const notes: string[] = [];
  for (const page of PUBLIC_PAGES.filter((candidate) => only.length === 0 || only.includes(candidate.path))) {
    const runs: Result[] = [];
    for (let run = 1; run <= RUNS; run++) {
      log(`lighthouse ${page.path} (${run}/${RUNS})`);
      const result = await lighthouse(`${app.url}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      if (result.lhr.runtimeError)
        throw new Error(`Lighthouse could not load ${page.path}: ${result.lhr.runtimeError.message}`);
      runs.push(result.lhr);
    }
    const median = computeMedianRun(runs);
    if (reportDir) {
      mkdirSync(reportDir, { recursive: true });
      const name = page.path === "/" ? "home" : page.path.slice(1).replaceAll("/", "-");
      writeFileSync(join(reportDir, `${name}.report.html`), generateReport(median, "html"));
      writeFileSync(join(reportDir, `${name}.report.json`), JSON.stringify(median));
    }
    const lcp = median.audits["largest-contentful-paint"]?.numericValue;
    rows.push([
      page.path,
      ...CATEGORIES.map((category) => score(median, category)),
      typeof lcp === "number" ? (lcp / 1000).toFixed(1) : "–",
      runs.map((run) => score(run, "performance")).join("/"),
    ]);
    const found = findings(median);
    notes.push(`${page.path}: ${found.length ? `\n  - ${found.join("\n  - ")}` : "nothing below 0.9"}`);
  }

  console.log(
    [
      "",
      `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version} — mobile emulation, simulated throttling (defaults); median of ${RUNS} runs per page (computeMedianRun)`,
      "",
      table(rows),
      "",
      "Audits below 0.9 in the median run:",
      ...notes,
      "",
      `total time ${((Date.now() - started) / 1000).toFixed(0)} s`,
    ].join("\n"),
  );
}

main()
  .then(() => cleanup())
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    await cleanup();
    process.exitCode = 1;
  });
