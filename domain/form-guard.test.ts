import { describe, expect, it } from "vitest";
import { checkFormToken, createFormToken, FORM_MAX_AGE_MS, FORM_MIN_AGE_MS, usedFormTokenRecord } from "./form-guard";

const secret = "test-secret";
const issued = 1_800_000_000_000;

describe("form token", () => {
  it("accepts a token submitted after the minimum age", () => {
    expect(checkFormToken(secret, createFormToken(secret, issued), issued + FORM_MIN_AGE_MS + 1)).toBe("ok");
  });
  it("refuses a submission that comes too fast", () => {
    expect(checkFormToken(secret, createFormToken(secret, issued), issued + 500)).toBe("too-fast");
  });
  it("refuses an expired token", () => {
    expect(checkFormToken(secret, createFormToken(secret, issued), issued + FORM_MAX_AGE_MS + 1)).toBe("expired");
  });
  it("refuses a forged or tampered token", () => {
    const token = createFormToken(secret, issued);
    expect(checkFormToken("other-secret", token, issued + 10_000)).toBe("invalid");
    expect(checkFormToken(secret, token.replace(String(issued), String(issued - 60_000)), issued + 10_000)).toBe(
      "invalid",
    );
    expect(checkFormToken(secret, "garbage", issued)).toBe("invalid");
    expect(checkFormToken(secret, undefined, issued)).toBe("invalid");
  });
  it("is different for every render, even in the same millisecond", () => {
    expect(createFormToken(secret, issued)).not.toBe(createFormToken(secret, issued));
  });
  it("is remembered after use by its hash, until it would expire anyway", () => {
    const token = createFormToken(secret, issued);
    const record = usedFormTokenRecord(token);
    expect(record.tokenHash).not.toContain(String(issued));
    expect(record.tokenHash).toBe(usedFormTokenRecord(token).tokenHash);
    expect(record.expiresAt.getTime()).toBe(issued + FORM_MAX_AGE_MS);
  });
});
