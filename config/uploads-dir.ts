import { dirname, join, resolve } from "node:path";

/** Uploaded files live beside the database file, so a backup or restore moves both together. */
export const uploadsDirFor = (databaseFile: string) => join(dirname(resolve(databaseFile)), "uploads");

/** Folders for uploads: created owner-only (0700), like the database beside them. */
export const UPLOADS_DIR_MODE = 0o700;
