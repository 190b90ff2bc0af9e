/**
 * Restores a backup made by `npm run db:backup` into DATABASE_URL, with its uploads. Stop the server
 * first: the restore refuses to run while the database is open elsewhere.
 *   npm run db:restore -- backups/app-20260131T120000Z.db
 */
import { parseArgs } from "node:util";
import { engineOf } from "../config/database-engine";
import { env } from "../config/env";
import { restoreDatabase } from "../db/backup";
import { printReport } from "./report";

if (engineOf(env.DATABASE_URL) === "postgres") {
  console.error(
    "db:restore copies an SQLite file. On PostgreSQL use pg_dump and pg_restore (see docs/operating.md, Running on PostgreSQL), and copy UPLOADS_DIR.",
  );
  process.exit(2);
}

const { positionals } = parseArgs({ allowPositionals: true });
const backup = positionals[0];
if (!backup) {
  console.error("Usage: npm run db:restore -- <backup .db file>");
  process.exit(1);
}

try {
  const { file, uploadsDir, kept, report } = await restoreDatabase(backup, env.DATABASE_URL);
  console.log(`Restored ${backup} into ${env.DATABASE_URL}`);
  printReport(file, uploadsDir, report);
  for (const path of kept) console.log(`  kept      ${path} (the previous copy; delete it when you no longer need it)`);
  if (report.integrity !== "ok") process.exitCode = 1;
  else console.log("Start the server.");
} catch (error) {
  console.error(`Restore refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
