import { describe, expect, it } from "vitest";
import type { Load } from "./load";
import { END, renderMarkdown, replaceBlock, START } from "./markdown";
import type { BenchResults } from "./results";

const load = (rps: number, p99: number, errors = 0): Load => ({
  rps,
  p99,
  requests: rps * 10,
  errors,
  timeouts: errors,
  non2xx: 0,
  socketErrors: 0,
});

const results: BenchResults = {
  startedAt: new Date("2026-12-01T09:05:30Z"),
  seconds: 605,
  engine: "SQLite",
  machine: {
    cpus: 2,
    cpuModel: "AMD EPYC",
    memoryBytes: 24 * 2 ** 30,
    os: "Debian GNU/Linux 12 (bookworm), Linux 6.18.44",
    node: "v20.20.2",
    next: "16.4.6",
    loadAtStart: 1.3,
    loadAtEnd: 2.456,
  },
  method: { connections: 50, seconds: 10, warmup: 2 },
  pages: [
    {
      path: "/",
      htmlBytes: 34_500,
      jsGzipBytes: 139_900,
      scripts: 7,
      load: load(3045, 31),
      bareRps: 4833,
      goals: { htmlKb: 40, ratio: 0.5, jsKb: 10 },
    },
    {
      path: "/book",
      htmlBytes: 61_200,
      jsGzipBytes: 140_700,
      scripts: 8,
      load: load(1500, 300, 3),
      bareRps: 5000,
      goals: { htmlKb: 60, ratio: 0.4, p99Ms: 250, jsKb: 25 },
    },
  ],
  bare: { htmlBytes: 4_700, jsGzipBytes: 134_600, scripts: 6, runs: [load(4800, 20), load(4866, 22), load(5000, 21)] },
  raw: { htmlBytes: 4_700, load: load(65_429, 2), bareRps: 4728 },
  forms: {
    contact: { concurrency: 8, seconds: 10, sent: 852, answered: 852, errors: 0, stored: 852, p99Ms: 140 },
    race: { contenders: 50, winners: 1, refused: 49, errors: 0, stored: 1 },
    mixed: {
      warmupSeconds: 20,
      seconds: 60,
      pageRequests: 89_169,
      pageRps: 1486,
      contactPosts: 1847,
      contactStored: 1847,
      errors: 0,
    },
    memory: { pid: 4242, atStart: 154, beforeWarmup: 160, before: 400, after: 460, peak: 470 },
  },
};

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(results);
  const lines = markdown.split("\n");

  it("says when, how long and on what machine", () => {
    expect(lines[0]).toBe(
      "Measured 2026-12-01 09:05 UTC in 10 min 5 s, on SQLite: 2 × AMD EPYC, 24.0 GiB, Debian GNU/Linux 12 (bookworm), Linux 6.18.44, Node v20.20.2, Next 16.4.6; load average 1.30 at the start, 2.46 at the end.",
    );
  });

  it("writes one table row per page, then the two baselines", () => {
    const rows = lines.filter((line) => line.startsWith("|"));
    expect(rows).toEqual([
      "| page | HTML (budget) | req/s | × bare Next (goal) | p99 (goal) | JS vs bare Next (goal) | errors | goals |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
      "| `/` | 34.5 kB (≤ 40) | 3045 | 0.63 (≥ 0.50) | 31 ms | +5.3 kB (≤ +10) | 0 | ok |",
      "| `/book` | 61.2 kB (≤ 60) | 1500 | 0.30 (≥ 0.40) | 300 ms (≤ 250) | +6.1 kB (≤ +25) | 3 | missed: HTML, × bare Next, p99 |",
      "| bare Next page (mean of 3 runs, 4800–5000 req/s; worst p99) | 4.7 kB | 4889 | 1.00 | 22 ms | 134.6 kB (its own total) | 0 |  |",
      "| raw `node:http`, same bytes | 4.7 kB | 65429 | 13.84 | 2 ms | – | 0 |  |",
    ]);
  });

  it("lists the forms, the race, the mixed load and memory with their goals", () => {
    const list = lines.filter((line) => line.startsWith("- "));
    expect(list).toHaveLength(4);
    expect(list[0]).toContain("85.2 requests/s stored, p99 140 ms");
    expect(list[1]).toContain("→ 1 winner, 49 refused, 0 errors; 1 confirmed booking in the database");
    expect(list[1]).toMatch(/: ok\.$/);
    expect(list[2]).toContain(
      "89169 page requests (1486 req/s), 1847 contact posts (1847 stored), 0 errors (goal 0): ok.",
    );
    expect(list[3]).toContain("a growth of +15.0 % (goal ≤ +10 %): missed.");
  });

  it("leaves the list out of a run without the forms", () => {
    expect(renderMarkdown({ ...results, forms: undefined })).not.toContain("\n- ");
  });
});

describe("replaceBlock", () => {
  const doc = ["# Performance", "", "Run it.", "", START, "old figures", "more old figures", END, "", "After."].join(
    "\n",
  );

  it("replaces what lies between the markers and keeps the rest", () => {
    expect(replaceBlock(doc, "new figures")).toBe(
      ["# Performance", "", "Run it.", "", START, "new figures", END, "", "After."].join("\n"),
    );
  });

  it("gives the same document when run twice", () => {
    expect(replaceBlock(replaceBlock(doc, "new"), "new")).toBe(replaceBlock(doc, "new"));
  });

  it.each([
    ["no markers", "# Performance\n\nNo block here.\n"],
    ["only the start marker", `${START}\nold`],
    ["the markers in the wrong order", `${END}\nold\n${START}`],
    ["the markers twice", `${START}\na\n${END}\n${START}\nb\n${END}`],
  ])("refuses a document with %s instead of appending", (_what, text) => {
    expect(() => replaceBlock(text, "new")).toThrow(/needs one "<!-- bench:start -->" line/);
  });
});
