import "server-only";
import { engine } from "../engine";
import { db } from "../index";
import { roles } from "../schema";

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
