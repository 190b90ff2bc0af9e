import { describe, expect, it } from "vitest";
import { emailKeys } from "./email-identity";

describe("emailKeys", () => {
  it("lower-cases the address for uniqueness", () => {
    expect(emailKeys(" Ann@Example.COM ").emailNormalized).toBe("ann@example.com");
  });

  it("drops a plus-tag on any domain", () => {
    expect(emailKeys("ann+jobs@example.com").emailCanonical).toBe("ann@example.com");
  });

  it("folds Gmail dots and the googlemail domain", () => {
    expect(emailKeys("J.An+x@GoogleMail.com").emailCanonical).toBe("jan@gmail.com");
    expect(emailKeys("jan@gmail.com").emailCanonical).toBe("jan@gmail.com");
  });

  it("keeps dots elsewhere: they are different inboxes", () => {
    expect(emailKeys("j.an@example.com").emailCanonical).toBe("j.an@example.com");
  });
});
