import { dirname, join, resolve } from "node:path";
import { engineOf } from "./database-engine";

/** Uploaded files live beside the database file, so a backup or restore moves both together. */
export const uploadsDirFor = (databaseFile: string) => join(dirname(resolve(databaseFile)), "uploads");

/** The uploads folder of this site: UPLOADS_DIR, else beside the SQLite file, else (PostgreSQL) ./data/uploads. */
export const uploadsDir = (env: { DATABASE_URL: string; UPLOADS_DIR?: string }) =>
  resolve(
    env.UPLOADS_DIR ?? (engineOf(env.DATABASE_URL) === "postgres" ? "data/uploads" : uploadsDirFor(env.DATABASE_URL)),
  );

/** Folders for uploads: created owner-only (0700), like the database beside them. */
export const UPLOADS_DIR_MODE = 0o700;
