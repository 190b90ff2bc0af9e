import { existsSync, readdirSync, statSync } from "node:fs";
import { copyFile, cp, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import Database from "better-sqlite3";
import { uploadsDirFor } from "../config/uploads-dir";

/** The tables whose row counts a backup and a restore print, to eyeball that the copy is the real thing. */
export const COUNTED_TABLES = ["contact_requests", "bookings", "users", "candidate_profiles", "outbox"] as const;

/** better-sqlite3 clamps the pages per step to this; it means "everything in one step". */
const ALL_PAGES = 2 ** 31 - 1;

/** 2026-01-31T12:00:00.000Z → 20260131T120000Z: sorts by time and is safe in file names. */
export const fileTimestamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");

/** The uploads of `backups/app-….db` are kept in `backups/app-….uploads/`. */
export const backupUploadsDirFor = (backupFile: string) => `${backupFile.replace(/\.db$/, "")}.uploads`;

export type DatabaseReport = {
  integrity: string;
  bytes: number;
  counts: Record<(typeof COUNTED_TABLES)[number], number>;
  uploads: { files: number; bytes: number };
  /** CVs the database points at that are not in the uploads folder. */
  missingCvFiles: string[];
};

/**
 * Copies a live database and its uploads while the server keeps writing. The copy is one
 * consistent snapshot; the uploads are copied after it, so every file it references already exists
 * (a CV deleted in between is reported by `inspectDatabase`).
 */
export async function backupDatabase(sourceFile: string, backupFile: string) {
  const uploadsCopy = backupUploadsDirFor(backupFile);
  for (const path of [backupFile, uploadsCopy])
    if (existsSync(path)) throw new Error(`${path} already exists: choose another path.`);
  // Backups hold personal data: the folder is private when this creates it.
  await mkdir(dirname(resolve(backupFile)), { recursive: true, mode: 0o700 });

  const source = new Database(resolve(sourceFile), { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    // All pages in one step, under one read snapshot: page-by-page steps restart whenever the
    // server commits in between and might never finish under steady writes. A WAL reader never
    // blocks the server's writes.
    await source.backup(backupFile, { progress: () => ALL_PAGES });
  } finally {
    source.close();
  }
  // A single self-contained file (no -wal/-shm needed), readable from read-only media too.
  const copy = new Database(backupFile, { fileMustExist: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();

  await mkdir(uploadsCopy, { mode: 0o700 });
  const uploads = uploadsDirFor(sourceFile);
  if (existsSync(uploads)) await cp(uploads, uploadsCopy, { recursive: true, preserveTimestamps: true });
  return { file: backupFile, uploadsDir: uploadsCopy };
}

/** Integrity, size, a few row counts and whether every CV the database references is in `uploadsDir`. */
export function inspectDatabase(file: string, uploadsDir: string): DatabaseReport {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join("; ");
    const counts = Object.fromEntries(
      COUNTED_TABLES.map((table) => [table, sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number]),
    ) as DatabaseReport["counts"];
    const cvKeys = sqlite
      .prepare("SELECT cv_file_key FROM candidate_profiles WHERE cv_file_key IS NOT NULL")
      .pluck()
      .all() as string[];
    const missingCvFiles = cvKeys.filter((key) => !existsSync(join(uploadsDir, "cv", key)));
    return { integrity, bytes: statSync(file).size, counts, uploads: folderSize(uploadsDir), missingCvFiles };
  } finally {
    sqlite.close();
  }
}

function folderSize(dir: string) {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return {
    files: files.length,
    bytes: files.reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0),
  };
}

/**
 * Throws when another connection has the database open. Leaving WAL mode needs the only
 * connection, so it fails at once while a server holds the file; when it succeeds, the old WAL
 * has been folded into the file.
 */
export function assertNotInUse(file: string) {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    sqlite.pragma("busy_timeout = 0");
    sqlite.pragma("journal_mode = DELETE");
  } catch (error) {
    if ((error as { code?: string }).code === "SQLITE_BUSY") {
      throw new Error(`${file} is in use (is the server running?). Stop it, then restore again.`);
    }
    throw error;
  } finally {
    sqlite.close();
  }
}

/**
 * The documented restore steps: check the backup, refuse while the database is in use, keep the
 * current database and uploads aside, remove the stale -wal/-shm, put the backup and its uploads in place.
 */
export async function restoreDatabase(backupFile: string, targetFile: string, now = new Date()) {
  if (!existsSync(backupFile)) throw new Error(`${backupFile} does not exist.`);
  const backupUploads = backupUploadsDirFor(backupFile);
  const checked = inspectDatabase(backupFile, backupUploads);
  if (checked.integrity !== "ok") throw new Error(`${backupFile} fails its integrity check: ${checked.integrity}`);

  const target = resolve(targetFile);
  const uploads = uploadsDirFor(target);
  const suffix = `.before-restore-${fileTimestamp(now)}`;
  await mkdir(dirname(target), { recursive: true });
  const kept: string[] = [];
  if (existsSync(target)) {
    assertNotInUse(target);
    await rename(target, target + suffix);
    kept.push(target + suffix);
  }
  // A -wal left by a crashed server belongs to the old file: SQLite would replay it over the restored one.
  await rm(`${target}-wal`, { force: true });
  await rm(`${target}-shm`, { force: true });
  await copyFile(backupFile, `${target}.restoring`);
  await rename(`${target}.restoring`, target);

  // A backup made by other means may have no uploads folder: then the current uploads stay.
  if (existsSync(backupUploads)) {
    if (existsSync(uploads)) {
      await rename(uploads, uploads + suffix);
      kept.push(uploads + suffix);
    }
    await cp(backupUploads, uploads, { recursive: true, preserveTimestamps: true });
  }
  return { file: target, uploadsDir: uploads, kept, report: inspectDatabase(target, uploads) };
}
