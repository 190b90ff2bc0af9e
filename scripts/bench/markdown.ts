/**
 * `npm run bench -- --markdown`: the run's results as Markdown, written between two marker comments
 * of docs/performance.md so that every figure there comes from a run, with its date and machine.
 */
import {
  type BenchResults,
  type FormResults,
  fixed,
  GOAL_RSS_GROWTH,
  judgeBare,
  judgeForms,
  judgePage,
  kB,
  signed,
} from "./results";

export const START = "<!-- bench:start -->";
export const END = "<!-- bench:end -->";

const cell = (values: string[]) => `| ${values.join(" | ")} |`;
const ok = (met: boolean) => (met ? "ok" : "missed");
const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const duration = (seconds: number) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

export function renderMarkdown(results: BenchResults) {
  const { machine, method } = results;
  const when = `${results.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const lines = [
    `Measured ${when} in ${duration(results.seconds)}, on ${results.engine}: ${machine.cpus} × ${machine.cpuModel}, ${gib(machine.memoryBytes)}, ${machine.os}, Node ${machine.node}, Next ${machine.next}; load average ${machine.loadAtStart.toFixed(2)} at the start, ${machine.loadAtEnd.toFixed(2)} at the end.`,
    "",
    `Each page: autocannon, ${method.connections} connections, ${method.seconds} s after a ${method.warmup} s warm-up, against the mean of the bare Next runs just before and after it. HTML is the uncompressed body; JS is the gzipped (level 9) scripts a modern browser loads, beyond the bare Next page's; kB = 1000 bytes.`,
    "",
    ...pageTable(results),
  ];
  if (results.forms) lines.push("", ...formList(results.forms));
  return lines.join("\n");
}

function pageTable({ pages, bare, raw }: BenchResults) {
  const rows = [
    cell([
      "page",
      "HTML (budget)",
      "req/s",
      "× bare Next (goal)",
      "p99 (goal)",
      "JS vs bare Next (goal)",
      "errors",
      "goals",
    ]),
    cell(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---"]),
  ];
  for (const page of pages) {
    const { htmlKb, ratio, jsDeltaKb, missed } = judgePage(page, bare);
    const { goals, load } = page;
    rows.push(
      cell([
        `\`${page.path}\``,
        `${htmlKb.toFixed(1)} kB (≤ ${goals.htmlKb})`,
        fixed(load.rps),
        `${ratio.toFixed(2)} (≥ ${goals.ratio.toFixed(2)})`,
        `${fixed(load.p99)} ms${goals.p99Ms === undefined ? "" : ` (≤ ${goals.p99Ms})`}`,
        `${signed(jsDeltaKb)} kB (≤ +${goals.jsKb})`,
        String(load.errors),
        missed.length === 0 ? "ok" : `missed: ${missed.join(", ")}`,
      ]),
    );
  }
  const baseline = judgeBare(bare);
  rows.push(
    cell([
      `bare Next page (mean of ${bare.runs.length} runs, ${fixed(baseline.minRps)}–${fixed(baseline.maxRps)} req/s; worst p99)`,
      `${kB(bare.htmlBytes).toFixed(1)} kB`,
      fixed(baseline.rps),
      "1.00",
      `${fixed(baseline.worstP99)} ms`,
      `${kB(bare.jsGzipBytes).toFixed(1)} kB (its own total)`,
      String(baseline.errors),
      "",
    ]),
    cell([
      "raw `node:http`, same bytes",
      `${kB(raw.htmlBytes).toFixed(1)} kB`,
      fixed(raw.load.rps),
      (raw.load.rps / raw.bareRps).toFixed(2),
      `${fixed(raw.load.p99)} ms`,
      "–",
      String(raw.load.errors),
      "",
    ]),
  );
  return rows;
}

function formList(forms: FormResults) {
  const { contact, race, mixed, memory } = forms;
  const { raceMet, growth, growthMet, mixedErrorsMet } = judgeForms(forms);
  return [
    `- Contact form without JavaScript: ${(contact.answered / contact.seconds).toFixed(1)} requests/s stored, p99 ${fixed(contact.p99Ms)} ms (${contact.concurrency} concurrent clients, ${contact.seconds} s): ${contact.sent} sent, ${contact.answered} answered with a reference, ${contact.stored} of them in the database, ${contact.errors} errors.`,
    `- Booking race: ${race.contenders} concurrent submissions on one slot, each from its own client address → ${race.winners} winner, ${race.refused} refused, ${race.errors} errors; ${race.stored} confirmed booking in the database (goal: 1 winner, ${race.contenders - 1} refused, 0 errors): ${ok(raceMet)}.`,
    `- Mixed load (every public page and contact posts, ${mixed.warmupSeconds} s warm-up, then ${mixed.seconds} s measured): ${mixed.pageRequests} page requests (${fixed(mixed.pageRps)} req/s), ${mixed.contactPosts} contact posts (${mixed.contactStored} stored), ${mixed.errors} errors (goal 0): ${ok(mixedErrorsMet)}.`,
    `- Memory (the app's RSS): ${memory.atStart.toFixed(0)} MB after start, ${memory.before.toFixed(0)} MB after the mixed load's warm-up, ${memory.after.toFixed(0)} MB after its measured ${mixed.seconds} s (peak ${memory.peak.toFixed(0)} MB), a growth of ${signed(growth * 100)} % (goal ≤ +${GOAL_RSS_GROWTH * 100} %): ${ok(growthMet)}.`,
  ];
}

/** `doc` with what lies between the markers replaced by `block`; refused when the markers are missing, repeated or out of order. */
export function replaceBlock(doc: string, block: string, name = "the document") {
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  const once = (marker: string) => doc.split(marker).length === 2;
  if (start < 0 || end < 0 || end < start || !once(START) || !once(END)) {
    throw new Error(
      `${name} needs one "${START}" line followed by one "${END}" line, where the bench writes its results; nothing was written`,
    );
  }
  return `${doc.slice(0, start + START.length)}\n${block}\n${doc.slice(end)}`;
}
