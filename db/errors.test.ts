import { describe, expect, it } from "vitest";
import { constraintViolation, isRetryableConflict } from "./errors";

const sqliteError = (code: string, message: string) => Object.assign(new Error(message), { code });
const postgresError = (fields: { code: string; table?: string; detail?: string; constraint?: string }) =>
  Object.assign(new Error("duplicate key value violates unique constraint"), fields);
const wrapped = (cause: Error) => new Error("Failed query: insert into …", { cause });

describe("constraintViolation", () => {
  it("reads SQLite's unique error with the columns it names", () => {
    const error = sqliteError(
      "SQLITE_CONSTRAINT_UNIQUE",
      "UNIQUE constraint failed: bookings.expert_id, bookings.starts_at",
    );
    expect(constraintViolation(error)).toEqual({
      kind: "unique",
      target: "bookings.expert_id, bookings.starts_at",
    });
  });

  it("reads PostgreSQL's unique error, wrapped by drizzle, in the same words", () => {
    const error = wrapped(
      postgresError({
        code: "23505",
        table: "bookings",
        constraint: "bookings_expert_start_confirmed_unique",
        detail: "Key (expert_id, starts_at)=(1, 2026-12-01 10:00:00+00) already exists.",
      }),
    );
    expect(constraintViolation(error)).toEqual({
      kind: "unique",
      target: "bookings.expert_id, bookings.starts_at",
    });
  });

  it("names the constraint of a PostgreSQL exclusion", () => {
    const error = wrapped(postgresError({ code: "23P01", table: "bookings", constraint: "bookings_no_overlap" }));
    expect(constraintViolation(error)).toEqual({ kind: "exclusion", target: "bookings_no_overlap" });
  });

  it("is null for anything that is not a constraint error", () => {
    expect(constraintViolation(new Error("network"))).toBeNull();
    expect(constraintViolation(sqliteError("SQLITE_BUSY", "database is locked"))).toBeNull();
    expect(constraintViolation("text")).toBeNull();
  });
});

describe("isRetryableConflict", () => {
  it("is true for serialization failures and deadlocks only", () => {
    expect(isRetryableConflict(wrapped(postgresError({ code: "40001" })))).toBe(true);
    expect(isRetryableConflict(postgresError({ code: "40P01" }))).toBe(true);
    expect(isRetryableConflict(postgresError({ code: "23505" }))).toBe(false);
  });
});
