import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: ["./db/sqlite/schema.ts", "./db/sqlite/queue-table.ts"],
  out: "./db/sqlite/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "./data/app.db" },
  strict: true,
  verbose: true,
});
