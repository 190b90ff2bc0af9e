import { describe, expect, it } from "vitest";
import { hiringFunnel } from "./hiring-funnel";

const DAY = 24 * 60 * 60 * 1000;

describe("hiringFunnel", () => {
  it("counts each step, its share of the step before and the median days between them", () => {
    const at = (entries: [number, number][]) =>
      new Map(entries.map(([id, time]) => [id, { at: time, receivedAt: 0 }] as const));
    const rows = hiringFunnel(4, {
      call: at([
        [1, 1 * DAY],
        [2, 3 * DAY],
      ]),
      // Request 3 got a shortlist without a call: it counts, but has no call-to-shortlist gap.
      shortlist: at([
        [1, 5 * DAY],
        [2, 4 * DAY],
        [3, 2 * DAY],
      ]),
      interview: at([[1, 9 * DAY]]),
      hire: at([]),
    });
    expect(rows).toEqual([
      { step: "request", count: 4, rate: null, medianDays: null },
      { step: "call", count: 2, rate: 0.5, medianDays: 2 },
      { step: "shortlist", count: 3, rate: 1.5, medianDays: 2.5 },
      { step: "interview", count: 1, rate: 1 / 3, medianDays: 4 },
      { step: "hire", count: 0, rate: 0, medianDays: null },
    ]);
  });

  it("has no rate after an empty step", () => {
    const rows = hiringFunnel(0, {
      call: new Map(),
      shortlist: new Map(),
      interview: new Map(),
      hire: new Map(),
    });
    expect(rows.map((row) => row.rate)).toEqual([null, null, null, null, null]);
  });
});
