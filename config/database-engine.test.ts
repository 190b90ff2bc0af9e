import { describe, expect, it } from "vitest";
import { databaseLabel, engineOf } from "./database-engine";

describe("the database URL", () => {
  it("chooses PostgreSQL for postgres:// and postgresql://, SQLite for anything else", () => {
    expect(engineOf("postgres://db/bedrock")).toBe("postgres");
    expect(engineOf("POSTGRESQL://db/bedrock")).toBe("postgres");
    expect(engineOf("./data/app.db")).toBe("sqlite");
    expect(engineOf("file:/srv/app.db")).toBe("sqlite");
  });

  it("is printed without the user and password of a PostgreSQL URL", () => {
    expect(databaseLabel("postgres://bedrock:s3cret@db.internal:5432/bedrock")).toBe(
      "postgres://…@db.internal:5432/bedrock",
    );
    expect(databaseLabel("postgres://db.internal/bedrock")).toBe("postgres://db.internal/bedrock");
    expect(databaseLabel("./data/app.db")).toBe("./data/app.db");
  });
});
