import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { transaction } from "../index";
import { appSecrets } from "../schema";

const cache = new Map<string, string>();

/**
 * A random secret created once per database and kept in it, so a fresh install signs forms
 * without any set-up and every server process on that database agrees on the key.
 */
export async function getOrCreateSecret(name: string): Promise<string> {
  const cached = cache.get(name);
  if (cached) return cached;
  const value = randomBytes(32).toString("base64url");
  const row = await transaction(async (tx) => {
    await tx.insert(appSecrets).values({ name, value }).onConflictDoNothing();
    const [stored] = await tx
      .select({ value: appSecrets.value })
      .from(appSecrets)
      .where(eq(appSecrets.name, name))
      .limit(1);
    return stored;
  });
  if (!row) throw new Error(`Secret ${name} could not be created`);
  cache.set(name, row.value);
  return row.value;
}
