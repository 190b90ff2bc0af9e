import { describe, expect, it } from "vitest";
import { parseRecordId } from "./record-id";

describe("parseRecordId", () => {
  it("reads an id any record can have", () => {
    expect(parseRecordId("1")).toBe(1);
    expect(parseRecordId("2147483647")).toBe(2_147_483_647);
  });

  it("answers null for what no record has: zero, past PostgreSQL's integers, not a number", () => {
    for (const param of ["0", "2147483648", "9999999999", "12345678901", "-1", "1.5", "1e3", "abc", ""])
      expect(parseRecordId(param), param).toBeNull();
  });
});
