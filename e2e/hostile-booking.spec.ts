import { bookingById, bookingsWithCompanyLike, countBookingsMentioning, expect, insertBooking, test } from "./fixtures";
import {
  countedCases,
  drop,
  expectRefused,
  LONE_SURROGATE,
  markerOf,
  type Part,
  type Refusal,
  renderedForm,
  SCRIPT,
  SQL_TEXT,
  send,
  set,
  TRANSPORT,
  textCases,
  withBytes,
} from "./support/hostile";
import { openOwnSlot } from "./support/pages/booking";

// Hostile input against the booking form: one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("booking");

test("booking details: hostile input is refused or stored verbatim, never half-stored", async ({ page }) => {
  const earlier = await insertBooking(new Date(Date.now() + 60 * 24 * 60 * 60 * 1000));
  const intact = async () => expect(await bookingById(earlier.booking.id)).toEqual(earlier.booking);

  // A time of the test's own expert, which no other spec books.
  await openOwnSlot(page);
  const href = new URL(page.url()).pathname + new URL(page.url()).search;
  const fields = await renderedForm(page, href, "Confirm booking");
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["name", `Linus ${marker}`],
      ["email", `linus+${marker}@kernel.example`],
      ["company", `Kernel Labs ${marker}`],
      ["hiringFor", `Two senior Go engineers (${marker}).`],
    ] as const)
      parts = set(parts, name, value);
    return parts;
  };
  const stored = countBookingsMentioning;
  const slot = new URL(href, "http://x").searchParams;

  const refused: { name: string; parts: (marker: string) => Part[]; refusal: Refusal }[] = [
    ...textCases("name", 100, /under 100 characters/).map(({ name, value, message }) => ({
      name,
      parts: (m: string) => set(set(valid(m), "name", value), "company", `Kernel Labs ${m}`),
      refusal: { field: "name", message },
    })),
    {
      name: "hiring for: 2,001 characters",
      parts: (m) => set(valid(m), "hiringFor", `${m} ${"w".repeat(2000)}`),
      refusal: { field: "hiringFor", message: /under 2,000/ },
    },
    {
      name: "hiring for: a NUL byte",
      parts: (m) => set(valid(m), "hiringFor", `Go ${m}\u0000`),
      refusal: { field: "hiringFor", message: /characters/ },
    },
    {
      name: "hiring for: a lone surrogate",
      parts: (m) => set(valid(m), "hiringFor", withBytes(`Go ${m} `, LONE_SURROGATE)),
      refusal: { field: "hiringFor", message: /characters/ },
    },
    {
      name: "email: SQL",
      parts: (m) => set(valid(m), "email", `x' OR '1'='1${m}`),
      refusal: { field: "email", message: /valid email/ },
    },
    {
      name: "company: missing",
      parts: (m) => drop(valid(m), "company"),
      refusal: { field: "company", message: /company name/ },
    },
    {
      name: "expert: not a number",
      parts: (m) => set(valid(m), "expertId", "1 OR 1=1"),
      refusal: { alert: /Please correct the highlighted fields/ },
    },
    {
      name: "expert: negative",
      parts: (m) => set(valid(m), "expertId", "-1"),
      refusal: { alert: /Please correct the highlighted fields/ },
    },
    {
      name: "start: text",
      parts: (m) => set(valid(m), "start", "tomorrow"),
      refusal: { alert: /Please correct the highlighted fields/ },
    },
    {
      name: "start: a time that is not a slot",
      parts: (m) => set(valid(m), "start", String(Number(slot.get("start")) + 60_000)),
      refusal: { alert: /slot was just taken/ },
    },
    {
      name: "start: the last instant a Date can hold",
      parts: (m) => set(valid(m), "start", "8640000000000000"),
      refusal: { alert: /Please correct the highlighted fields/ },
    },
    {
      name: "start: far beyond the booking horizon",
      parts: (m) => set(valid(m), "start", String(Date.UTC(9000, 0, 1))),
      refusal: { alert: /slot was just taken/ },
    },
    {
      name: "expert: one that does not exist",
      parts: (m) => set(valid(m), "expertId", "999999"),
      refusal: { alert: /slot was just taken/ },
    },
    {
      name: "time zone: 65 characters",
      parts: (m) => set(valid(m), "tz", `Europe/${"x".repeat(58)}`),
      refusal: { alert: /Please correct the highlighted fields/ },
    },
    {
      name: "expert repeated, the last one invalid",
      parts: (m) => [...valid(m), ["expertId", "abc"]],
      refusal: { alert: /Please correct the highlighted fields/ },
    },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`booking — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, href, { parts: parts(marker) }), refusal);
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`booking — ${name}`, async () => {
      const marker = markerOf();
      expectRefused(await send(page, href, request(valid(marker))), { status });
      expect(await stored(marker)).toBe(0);
      await intact();
    });
  }

  await hostileCase("booking — script- and SQL-looking text and emoji are stored verbatim", async () => {
    const marker = markerOf();
    const hiringFor = `${SCRIPT} ${SQL_TEXT} 🚀`;
    const { response } = await send(page, href, {
      parts: set(set(valid(marker), "hiringFor", hiringFor), "name", `Zoë ${marker} سارة`),
    });
    expect(response.status()).toBe(303);
    expect(response.headers().location).toMatch(/^\/book\/manage\/[\w-]{43}\?booked=1$/);
    const rows = await bookingsWithCompanyLike(marker);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ hiringFor, name: `Zoë ${marker} سارة`, status: "confirmed" });
    await intact();
  });
});
