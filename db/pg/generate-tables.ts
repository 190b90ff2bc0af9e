/**
 * Writes db/pg/tables from db/tables: the same text, its relative imports one folder deeper, so it
 * imports PostgreSQL's column kit (db/pg/tables/kit.ts) where the source imports SQLite's. Written by
 * `npm run db:generate` (scripts/db-generate.ts) before drizzle-kit; db/pg/schema-parity.test.ts fails
 * when the two differ.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const sourceDir = join(import.meta.dirname, "..", "tables");
const targetDir = join(import.meta.dirname, "tables");

const banner = (file: string) =>
  `// Generated from db/tables/${file} by db/pg/generate-tables.ts (npm run db:generate): edit that file, not this one.\n`;

/** The PostgreSQL twin of one file of db/tables: its name and its text. */
function generatedTables(): { file: string; text: string }[] {
  return readdirSync(sourceDir)
    .filter((file) => file.endsWith(".ts") && file !== "kit.ts" && !file.endsWith(".test.ts"))
    .sort()
    .map((file) => {
      const source = readFileSync(join(sourceDir, file), "utf8");
      return { file, text: banner(file) + source.replaceAll(/(from |import\()"\.\.\//g, '$1"../../') };
    });
}

/** The files of db/pg/tables that differ from what the source generates (empty: up to date). */
export function staleTables(): string[] {
  return generatedTables()
    .filter(({ file, text }) => {
      try {
        return readFileSync(join(targetDir, file), "utf8") !== text;
      } catch {
        return true;
      }
    })
    .map(({ file }) => `db/pg/tables/${file}`);
}

/** Writes db/pg/tables from db/tables. */
export function writePgTables() {
  for (const { file, text } of generatedTables()) writeFileSync(join(targetDir, file), text);
}
