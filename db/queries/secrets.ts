import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "../index";
import { appSecrets } from "../schema";

const cache = new Map<string, string>();

/**
 * A random secret created once per database and kept in it, so a fresh install signs forms
 * without any set-up and every server process on that database agrees on the key.
 */
export function getOrCreateSecret(name: string): string {
  const cached = cache.get(name);
  if (cached) return cached;
  db.insert(appSecrets)
    .values({ name, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing()
    .run();
  const row = db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name)).get();
  if (!row) throw new Error(`Secret ${name} could not be created`);
  cache.set(name, row.value);
  return row.value;
}
