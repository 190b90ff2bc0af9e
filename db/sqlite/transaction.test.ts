import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDb, type Db } from "./client";
import { createTransactionRunner } from "./transaction";

let reader: Db;
let writer: Db;
let runner: ReturnType<typeof createTransactionRunner>;

const values = (db: Db) => db.all<{ x: number }>(sql`SELECT x FROM t ORDER BY x`).map((row) => row.x);
const insert = (tx: Db, x: number) => tx.run(sql`INSERT INTO t (x) VALUES (${x})`);
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

beforeEach(() => {
  const file = join(mkdtempSync(join(tmpdir(), "transaction-test-")), "app.db");
  reader = createDb(file);
  writer = createDb(file);
  reader.run(sql`CREATE TABLE t (x INTEGER PRIMARY KEY)`);
  runner = createTransactionRunner(writer);
});

afterEach(() => {
  writer.$client.close();
  reader.$client.close();
});

describe("createTransactionRunner", () => {
  it("commits a body's statements together, and other connections see them only after the commit", async () => {
    let seenInside: number[] = [];
    await runner.transaction(async (tx) => {
      insert(tx, 1);
      await tick();
      insert(tx, 2);
      seenInside = values(reader);
    });
    expect(seenInside).toEqual([]);
    expect(values(reader)).toEqual([1, 2]);
  });

  it("rolls back every statement when the body throws", async () => {
    await expect(
      runner.transaction(async (tx) => {
        insert(tx, 1);
        await tick();
        throw new Error("no");
      }),
    ).rejects.toThrow("no");
    expect(values(reader)).toEqual([]);
    expect(writer.$client.inTransaction).toBe(false);
  });

  it("runs concurrent transactions one after the other, never interleaved", async () => {
    const order: string[] = [];
    const body = (name: string, x: number) => async (tx: Db) => {
      order.push(`${name} begins`);
      const before = values(tx).length;
      await tick();
      insert(tx, x + before);
      order.push(`${name} ends`);
    };
    await Promise.all([runner.transaction(body("a", 10)), runner.transaction(body("b", 20))]);
    expect(order).toEqual(["a begins", "a ends", "b begins", "b ends"]);
    // b read a's committed row before writing: 20 + 1.
    expect(values(reader)).toEqual([10, 21]);
  });

  it("goes on after a failed transaction", async () => {
    const failed = runner.transaction(async () => {
      throw new Error("first");
    });
    const next = runner.transaction(async (tx) => insert(tx, 3));
    await expect(failed).rejects.toThrow("first");
    await next;
    expect(values(reader)).toEqual([3]);
  });

  it("makes a transaction begun inside another a savepoint: its failure undoes only its own part", async () => {
    await runner.transaction(async (tx) => {
      insert(tx, 1);
      await runner
        .transaction(async (inner) => {
          insert(inner, 2);
          throw new Error("inner");
        })
        .catch(() => undefined);
      await runner.transaction(async (inner) => insert(inner, 3));
    });
    expect(values(reader)).toEqual([1, 3]);
  });

  it("tells code inside a transaction which handle is open, and nothing outside", async () => {
    expect(runner.openTransaction()).toBeUndefined();
    await runner.transaction(async (tx) => {
      await tick();
      expect(runner.openTransaction()).toBe(tx);
    });
    expect(runner.openTransaction()).toBeUndefined();
  });

  it("does not count a transaction as open in work that outlives its body", async () => {
    let later: Promise<unknown> | undefined;
    await runner.transaction(async () => {
      later = new Promise((resolve) => setTimeout(resolve, 10)).then(() => runner.openTransaction());
    });
    expect(await later).toBeUndefined();
  });
});
