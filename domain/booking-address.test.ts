import { describe, expect, it } from "vitest";
import { bookingPagePath, isCachedBookingPage } from "./booking-address";

const NOW = Date.parse("2026-11-29T22:00:00Z");
const path = (query: string) => bookingPagePath(new URLSearchParams(query), NOW);

describe("bookingPagePath", () => {
  it("sends a listed zone, in any of its spellings, to its cached page", () => {
    expect(path("tz=Europe/Berlin")).toBe("/book/in/Europe%2FBerlin/first");
    expect(path("tz=europe/berlin")).toBe("/book/in/Europe%2FBerlin/first");
    expect(path("tz=Berlin")).toBe("/book/in/Europe%2FBerlin/first");
    // Chromium's old name for India's zone is cached under the current one.
    expect(path("tz=Asia/Calcutta")).toBe("/book/in/Asia%2FKolkata/first");
    expect(path("tz=Asia/Kolkata")).toBe("/book/in/Asia%2FKolkata/first");
    expect(path("tz=UTC&day=2026-12-01")).toBe("/book/in/UTC/2026-12-01");
    expect(path("day=2026-12-01")).toBe("/book/in/UTC/2026-12-01");
  });

  it("caches a day from yesterday to five weeks ahead, and treats a malformed one as none", () => {
    expect(path("tz=UTC&day=2026-11-28")).toBe("/book/in/UTC/2026-11-28");
    expect(path("tz=UTC&day=2027-01-02")).toBe("/book/in/UTC/2027-01-02");
    expect(path("tz=UTC&day=2027-01-04")).toBe("/book/live?tz=UTC&day=2027-01-04");
    expect(path("tz=UTC&day=2026-11-20")).toBe("/book/live?tz=UTC&day=2026-11-20");
    expect(path("tz=UTC&day=tomorrow")).toBe("/book/in/UTC/first");
    expect(path("tz=UTC&day=2026-13-45")).toBe("/book/in/UTC/first");
  });

  it("renders per request what the cache must not fill up with: unknown names and aliases off the list", () => {
    expect(path("tz=Mars/Base")).toBe("/book/live?tz=Mars%2FBase");
    expect(path("tz=<script>")).toBe("/book/live?tz=%3Cscript%3E");
    // An alias off the list that is no rename is honoured per request.
    expect(path("tz=US/Eastern")).toBe("/book/live?tz=US%2FEastern");
  });
});

describe("isCachedBookingPage", () => {
  it("accepts only what bookingPagePath gives", () => {
    expect(isCachedBookingPage("UTC", "first")).toBe(true);
    expect(isCachedBookingPage("Europe/Berlin", "2026-12-01")).toBe(true);
    expect(isCachedBookingPage("europe/berlin", "first")).toBe(false);
    expect(isCachedBookingPage("Asia/Calcutta", "first")).toBe(false);
    expect(isCachedBookingPage("Mars/Base", "first")).toBe(false);
    expect(isCachedBookingPage("UTC", "soon")).toBe(false);
  });
});
