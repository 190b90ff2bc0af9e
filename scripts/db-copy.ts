/**
 * Moves an SQLite site to PostgreSQL (stop the site first, so nothing changes during the copy):
 *   npm run db:copy -- --from ./data/app.db --to postgres://user:password@host:5432/bedrock
 * Copies every table (ids kept) into the empty target in one transaction, then the uploaded CVs into
 * the target's uploads folder (UPLOADS_DIR, or ./data/uploads), and compares the row counts.
 */

import { existsSync } from "node:fs";
import { cp } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { databaseLabel, engineOf } from "../config/database-engine";
import { uploadsDir, uploadsDirFor } from "../config/uploads-dir";
import { copySqliteToPostgres } from "../db/copy";

const { values } = parseArgs({ options: { from: { type: "string" }, to: { type: "string" } } });
const { from, to } = values;
if (!from || !to || engineOf(from) !== "sqlite" || engineOf(to) !== "postgres") {
  console.error("usage: npm run db:copy -- --from ./data/app.db --to postgres://user:password@host:5432/name");
  process.exit(2);
}
if (!existsSync(from)) {
  console.error(`${from} does not exist.`);
  process.exit(2);
}
const shown = databaseLabel(to);

try {
  const report = await copySqliteToPostgres(from, to, (line) => console.log(`  ${line}`));
  const sourceUploads = join(uploadsDirFor(from), "cv");
  const targetUploads = join(uploadsDir({ DATABASE_URL: to, UPLOADS_DIR: process.env.UPLOADS_DIR }), "cv");
  if (existsSync(sourceUploads))
    await cp(sourceUploads, targetUploads, { recursive: true, errorOnExist: true, force: false });
  const width = Math.max(...report.map((row) => row.table.length));
  console.log(`\nCopied ${from} to ${shown}; CVs to ${targetUploads}\n`);
  console.log(`  ${"table".padEnd(width)}  sqlite  postgres`);
  for (const row of report)
    console.log(
      `  ${row.table.padEnd(width)}  ${String(row.source).padStart(6)}  ${String(row.target).padStart(8)}${row.source === row.target ? "" : "  ← differs"}`,
    );
  if (report.some((row) => row.source !== row.target)) {
    console.error("\nThe row counts differ: do not switch the site over.");
    process.exitCode = 1;
  } else
    console.log("\nEvery table has the same rows. Point DATABASE_URL at the PostgreSQL database and start the site.");
} catch (error) {
  console.error(`Copy failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
