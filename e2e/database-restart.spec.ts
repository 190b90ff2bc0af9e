import { spawnSync } from "node:child_process";
import { expect, test } from "./fixtures";

/*
 * Runs on the PostgreSQL pass only, after every other spec (playwright.config.ts): it stops the
 * suite's database server. Both instances must say so on /api/health, keep serving what needs no
 * database, and come back by themselves when the server does, without a restart.
 */
const control = JSON.parse(process.env.TEST_POSTGRES_CONTROL ?? "{}") as Record<"stop" | "start", [string, string[]]>;
const run = ([command, args]: [string, string[]]) => {
  const result = spawnSync(command, args, { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")}: ${result.stderr}`);
};

test("while PostgreSQL is down both instances answer 503 on /api/health, and 200 once it is back", async ({
  request,
}) => {
  // nginx alternates: two requests in a row reach both instances.
  const healthOfBoth = async () => [
    (await request.get("/api/health")).status(),
    (await request.get("/api/health")).status(),
  ];
  expect(await healthOfBoth()).toEqual([200, 200]);
  run(control.stop);
  try {
    expect(await healthOfBoth()).toEqual([503, 503]);
    const body = (await (await request.get("/api/health")).json()) as { status: string; database: { engine: string } };
    expect(body).toMatchObject({ status: "unavailable", database: { engine: "postgres" } });
    const ready = await request.get("/api/ready");
    expect(ready.status()).toBe(503);
    expect(await ready.json()).toMatchObject({ status: "unavailable", checks: { database: "failed" } });
    // A prerendered page needs no database: it is still served.
    expect((await request.get("/privacy")).status()).toBe(200);
  } finally {
    run(control.start);
  }
  await expect.poll(healthOfBoth, { timeout: 15_000 }).toEqual([200, 200]);
  expect((await request.get("/book")).status()).toBe(200);
});
