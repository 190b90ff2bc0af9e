/**
 * Online backup of DATABASE_URL and its uploads, safe while the site serves traffic:
 *   npm run db:backup                     → ./backups/app-<UTC timestamp>.db and app-<…>.uploads/
 *   npm run db:backup -- /srv/backups/x.db
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { engineOf } from "../config/database-engine";
import { env } from "../config/env";
import { backupDatabase, fileTimestamp, inspectDatabase } from "../db/backup";
import { printReport } from "./report";

if (engineOf(env.DATABASE_URL) === "postgres") {
  console.error(
    "db:backup copies an SQLite file. On PostgreSQL use pg_dump and pg_restore (see docs/operating.md, Running on PostgreSQL), and copy UPLOADS_DIR.",
  );
  process.exit(2);
}

const { positionals } = parseArgs({ allowPositionals: true });
const target = positionals[0] ?? join("backups", `app-${fileTimestamp(new Date())}.db`);

const started = performance.now();
try {
  const { file, uploadsDir } = await backupDatabase(env.DATABASE_URL, target);
  const took = Math.round(performance.now() - started);
  const report = inspectDatabase(file, uploadsDir);
  console.log(`Backed up ${env.DATABASE_URL} in ${took} ms`);
  printReport(file, uploadsDir, report);
  if (report.integrity !== "ok") process.exitCode = 1;
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
