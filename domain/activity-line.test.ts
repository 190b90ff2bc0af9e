import { describe, expect, it } from "vitest";
import { lineTime, readLine, taggedLine, withLineTimes } from "./activity-line";
import { formatDateTime } from "./slots";

describe("who wrote a timeline line", () => {
  const staff = { name: "Morgan Manager", role: "manager" };

  it("is the user behind it: a staff member by name, a candidate as the candidate", () => {
    expect(readLine({ kind: "note", body: "Call her", actor: staff })).toEqual({
      text: "Call her",
      author: { staff: "Morgan Manager" },
    });
    expect(readLine({ kind: "status", body: "Ada is interested", actor: { name: "Ada", role: "candidate" } })).toEqual({
      text: "Ada is interested",
      author: "candidate",
    });
  });

  it("is the company or the site when the line says so, the tag left out of its text", () => {
    const asked = taggedLine("company", "Ledgerly asked to interview Ada");
    expect(readLine({ kind: "status", body: asked, actor: null })).toEqual({
      text: "Ledgerly asked to interview Ada",
      author: "company",
    });
    expect(readLine({ kind: "status", body: taggedLine("system", "Anonymised"), actor: null }).author).toBe("system");
  });

  it("is nobody known for a line without a user or a tag (a deleted account), and a staff note is never read as tagged", () => {
    expect(readLine({ kind: "status", body: "Assigned to Morgan", actor: null })).toEqual({
      text: "Assigned to Morgan",
      author: null,
    });
    const note = taggedLine("company", "typed by a staff member");
    expect(readLine({ kind: "note", body: note, actor: null })).toEqual({ text: note, author: null });
    expect(readLine({ kind: "status", body: note, actor: staff }).text).toBe(note);
  });
});

describe("times in a timeline line", () => {
  const start = Date.UTC(2026, 11, 17, 11, 30);

  it("are written as their UTC minute and read in the reader's zone, older lines too", () => {
    const line = `Interview booked: Ledgerly with Ada, ${lineTime(new Date(start))}`;
    expect(line).toBe("Interview booked: Ledgerly with Ada, 2026-12-17 11:30 UTC");
    expect(withLineTimes(line, (instant) => formatDateTime(instant, "Asia/Kolkata"))).toBe(
      "Interview booked: Ledgerly with Ada, Thursday, December 17, 2026, 5:00 PM GMT+5:30",
    );
    const suggested = `Ledgerly suggested 2 interview times to Ada: ${lineTime(start)}, ${lineTime(start + 86_400_000)}`;
    expect(withLineTimes(suggested, (instant) => formatDateTime(instant, "America/New_York"))).toBe(
      "Ledgerly suggested 2 interview times to Ada: Thursday, December 17, 2026, 6:30 AM EST, Friday, December 18, 2026, 6:30 AM EST",
    );
  });

  it("leaves what is no time a line wrote as it is", () => {
    const format = (instant: number) => formatDateTime(instant, "Asia/Tokyo");
    for (const text of ["Meet on 2026-02-30 11:00 UTC", "Budget 2026-12-17 11:30 UTC+1", "Call 2026-12-17 11:30"])
      expect(withLineTimes(text, format)).toBe(text);
  });
});
