/**
 * After a change to the one schema (db/tables): writes PostgreSQL's generated copy (db/pg/tables),
 * then the migrations of both engines with drizzle-kit, under one name when given:
 *   npm run db:generate -- --name add_webhooks
 */
import { spawnSync } from "node:child_process";
import { writePgTables } from "../db/pg/generate-tables";

writePgTables();
for (const config of ["drizzle.config.ts", "drizzle.pg.config.ts"]) {
  const run = spawnSync("npx", ["drizzle-kit", "generate", "--config", config, ...process.argv.slice(2)], {
    stdio: "inherit",
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
