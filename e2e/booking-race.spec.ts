import { bookingsAt, expect, test } from "./fixtures";
import { openOwnSlot } from "./support/pages/booking";

const CONTENDERS = 50;

test.describe("booking race", () => {
  test.use({ javaScriptEnabled: false });

  test(`${CONTENDERS} concurrent submissions for one slot over HTTP: one booking, clean refusals, no server errors`, async ({
    page,
    request,
  }) => {
    // A time of the test's own expert, followed as a shared link to it would be.
    await openOwnSlot(page);
    const href = page.url();
    const slot = new URL(href).searchParams;

    // The exact fields the browser would post without JavaScript, including Next's action fields.
    const fields = await page
      .locator("form")
      .filter({ has: page.getByLabel("Company") })
      .evaluate((form) =>
        [...new FormData(form as HTMLFormElement).entries()].map(([name, value]) => [name, String(value)] as const),
      );
    const submit = (index: number) => {
      const multipart: Record<string, string> = Object.fromEntries(fields);
      Object.assign(multipart, {
        name: `Racer ${index}`,
        email: `racer${index}@race.example`,
        company: "Race Co",
        hiringFor: "Backend engineers",
      });
      // Fifty different visitors (bookings are limited per client address).
      return request.post(href, {
        multipart,
        maxRedirects: 0,
        timeout: 20_000,
        headers: { "x-forwarded-for": `198.18.${index}.${process.pid % 250}` },
      });
    };

    const responses = await Promise.all(Array.from({ length: CONTENDERS }, (_, index) => submit(index)));
    const statuses = responses.map((response) => response.status());
    const bodies = await Promise.all(
      responses.map((response) => (response.status() === 200 ? response.text() : Promise.resolve(""))),
    );
    const winners = statuses.filter((status) => status === 303).length;
    const refusals = bodies.filter((body) => body.includes("that slot was just taken")).length;
    const serverErrors = statuses.filter((status) => status >= 500).length;
    console.log(
      `booking race: ${CONTENDERS} submissions → ${winners} confirmed, ${refusals} refused, ${serverErrors} server errors`,
    );

    expect(serverErrors).toBe(0);
    expect(winners).toBe(1);
    expect(refusals).toBe(CONTENDERS - 1);
    const stored = (await bookingsAt(Number(slot.get("expert")), Number(slot.get("start")))).filter(
      (booking) => booking.status === "confirmed",
    );
    expect(stored).toHaveLength(1);
  });
});
