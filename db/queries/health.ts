import "server-only";
import { engine } from "../engine";
import { db } from "../index";
import * as postgres from "../pg/health";
import { queueSummary } from "../queue";
import { roles } from "../schema";
import * as sqlite from "../sqlite/health";

/** What differs per engine: where drizzle records the migrations it applied. */
const perEngine = engine === "postgres" ? postgres : sqlite;

/** Asks the database a real question (a content count), so a missing schema also counts as down. */
export async function checkDatabase(): Promise<
  { ok: true; engine: typeof engine; roles: number } | { ok: false; engine: typeof engine; error: string }
> {
  try {
    return { ok: true, engine, roles: await db.$count(roles) };
  } catch (error) {
    return { ok: false, engine, error: error instanceof Error ? error.name : "UnknownError" };
  }
}

type Check = "ok" | "failed";
const outcome = (check: Promise<unknown>): Promise<Check> =>
  check.then(
    (passed) => (passed === false ? "failed" : "ok"),
    () => "failed",
  );

/**
 * What a balancer asks before it sends an instance traffic: the database answers, it has every
 * migration this release brings (an instance started before `npm run db:migrate` is not ready), and
 * the job queue answers (its tables are there, so a change that queues an email can commit).
 */
export async function checkReadiness(): Promise<{
  ready: boolean;
  checks: Record<"database" | "migrations" | "queue", Check>;
}> {
  const [database, migrations, queue] = await Promise.all([
    outcome(checkDatabase().then((result) => result.ok)),
    outcome(perEngine.migrationsCurrent()),
    outcome(queueSummary()),
  ]);
  const checks = { database, migrations, queue };
  return { ready: Object.values(checks).every((check) => check === "ok"), checks };
}
