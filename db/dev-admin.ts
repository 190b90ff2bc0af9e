import { and, eq } from "drizzle-orm";
import { databaseLabel } from "../config/database-engine";
import { db } from "./index";
import { users } from "./schema";

/** The account `npm run dev` creates: an admin whose password was printed in a terminal. */
export const DEV_ADMIN_EMAIL = "admin@bedrock-talent.local";

/**
 * Why a production server must not serve this database, or null. The development admin (created by
 * `npm run dev`) means a development database: its admin password went through a terminal and
 * maybe a chat or a screenshot. A database not migrated yet has no accounts, so nothing to refuse.
 */
export async function devAdminProblem(databaseFile: string): Promise<string | null> {
  let found: { id: number } | undefined;
  try {
    [found] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.emailNormalized, DEV_ADMIN_EMAIL), eq(users.active, true)))
      .limit(1);
  } catch {
    return null;
  }
  if (!found) return null;
  return [
    `The database ${databaseLabel(databaseFile)} has the development admin account (${DEV_ADMIN_EMAIL}), created by \`npm run dev\`,`,
    "and it is active. A production server does not serve a development database.",
    "  - In production, point DATABASE_URL at the production database (npm start creates a new one if it is missing).",
    "  - To try the production build on this development database, deactivate the account first:",
    "      npm run dev:admin -- --deactivate",
    "    (`npm run dev:admin -- --new-password` brings it back, with a new password, for `npm run dev`).",
  ].join("\n");
}
