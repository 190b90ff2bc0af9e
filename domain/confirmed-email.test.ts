import { describe, expect, it } from "vitest";
import { confirmedEmailIn } from "./confirmed-email";

describe("confirmedEmailIn", () => {
  it("reads the address the confirmation set, among other cookies, decoded as it was encoded", () => {
    expect(confirmedEmailIn("tz=Europe%2FLisbon; confirmed-email=ada%2Bjobs%40backend.example")).toBe(
      "ada+jobs@backend.example",
    );
    expect(confirmedEmailIn("confirmed-email=ada@backend.example")).toBe("ada@backend.example");
  });

  it("answers null without the cookie, with another cookie ending in its name, or with something else than an address", () => {
    expect(confirmedEmailIn("")).toBeNull();
    expect(confirmedEmailIn("tz=UTC")).toBeNull();
    expect(confirmedEmailIn("not-confirmed-email=ada%40backend.example")).toBeNull();
    expect(confirmedEmailIn("confirmed-email=")).toBeNull();
    expect(confirmedEmailIn("confirmed-email=%E0%A4%A")).toBeNull();
    expect(confirmedEmailIn("confirmed-email=%3Cscript%3E")).toBeNull();
    expect(confirmedEmailIn(`confirmed-email=${"a".repeat(250)}%40x.example`)).toBeNull();
  });
});
