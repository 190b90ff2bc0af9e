import { defineConfig } from "drizzle-kit";

/** The PostgreSQL schema and its migrations (the engine is chosen by DATABASE_URL=postgres://…). */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/pg/schema.ts",
  out: "./db/pg/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "postgres://localhost:5432/backend_hire" },
  strict: true,
  verbose: true,
});
