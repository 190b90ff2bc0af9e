import { describe, expect, it } from "vitest";
import { contactRequestSchema } from "./contact";

const valid = {
  name: "Ada Lovelace",
  email: "ada@analytical.example",
  company: "Analytical Engines",
  role: "Backend developer",
  seniority: "Senior",
  developers: "2",
  desiredStart: "asap",
  budget: "",
  message: "We need two engineers for our payments API.",
  consent: "on",
  sourcePage: "/hire/backend",
};

describe("contactRequestSchema", () => {
  it("accepts a complete request and coerces form strings", () => {
    const parsed = contactRequestSchema.parse(valid);
    expect(parsed.developers).toBe(2);
    expect(parsed.budget).toBeNull();
  });

  it("gives one clear message per invalid field", () => {
    const result = contactRequestSchema.safeParse({
      ...valid,
      email: "not-an-email",
      developers: "two",
      consent: undefined,
      message: "hi",
    });
    expect(result.success).toBe(false);
    const errors = result.error!.flatten().fieldErrors;
    expect(errors.email?.[0]).toMatch(/valid email/);
    expect(errors.developers?.[0]).toMatch(/number/);
    expect(errors.consent?.[0]).toMatch(/privacy/);
    expect(errors.message?.[0]).toMatch(/at least 10/);
  });

  it("caps lengths", () => {
    const result = contactRequestSchema.safeParse({ ...valid, name: "x".repeat(101), message: "y".repeat(5001) });
    expect(result.error?.flatten().fieldErrors.name?.[0]).toMatch(/under 100/);
    expect(result.error?.flatten().fieldErrors.message?.[0]).toMatch(/under 5,000/);
  });

  it("falls back to /contact for a source page that is not a local path", () => {
    expect(contactRequestSchema.parse({ ...valid, sourcePage: "https://evil.example" }).sourcePage).toBe("/contact");
  });
});
