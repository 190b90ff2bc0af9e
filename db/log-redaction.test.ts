import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { redactLoggedQueryErrors, redactQueryError } from "./log-redaction";

/** What node-postgres rejects with on a unique violation, and drizzle wraps. */
function duplicateEmailError() {
  const cause = Object.assign(new Error('duplicate key value violates unique constraint "users_email_unique"'), {
    code: "23505",
    constraint: "users_email_unique",
    table: "users",
    detail: "Key (email_normalized)=(ann.kowalska@example.com) already exists.",
  });
  return new DrizzleQueryError(
    'insert into "users" ("name", "email") values ($1, $2)',
    ["Ann Kowalska", "ann.kowalska@example.com"],
    cause,
  );
}

describe("query errors in the logs", () => {
  it("drops the parameters and PostgreSQL's detail, and keeps the query, the code and the constraint", () => {
    const original = duplicateEmailError();
    expect(original.message).toContain("ann.kowalska@example.com");
    const logged = redactQueryError(original) as Error & { cause: Record<string, unknown> };
    const printed = `${logged.message}\n${logged.stack}\n${JSON.stringify(logged)}\n${String(logged.cause.detail)}`;
    expect(printed).not.toContain("ann.kowalska");
    expect(printed).not.toContain("Ann Kowalska");
    expect(logged.message).toContain('insert into "users"');
    expect(logged.message).toContain("params: [redacted]");
    expect(logged.cause).toMatchObject({ code: "23505", constraint: "users_email_unique", detail: "[redacted]" });
  });

  it("leaves other errors and values as they are", () => {
    const plain = new Error("the mail server refused the connection");
    expect(redactQueryError(plain)).toBe(plain);
    expect(redactQueryError(42)).toBe(42);
    expect(redactQueryError("[mail] delivery failed")).toBe("[mail] delivery failed");
  });

  it("redacts what console.error and console.warn are given, once installed (twice is once)", () => {
    const lines: unknown[][] = [];
    const target = {
      error: (...values: unknown[]) => lines.push(values),
      warn: (...values: unknown[]) => lines.push(values),
    };
    redactLoggedQueryErrors(target);
    redactLoggedQueryErrors(target);
    target.error("⨯", duplicateEmailError());
    target.warn(duplicateEmailError().message);
    expect(lines).toHaveLength(2);
    expect(
      JSON.stringify(lines.map((values) => values.map((value) => (value instanceof Error ? value.stack : value)))),
    ).not.toContain("ann.kowalska");
  });
});
