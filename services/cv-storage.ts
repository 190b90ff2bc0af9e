import "server-only";
import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { env } from "@/config/env";
import { UPLOADS_DIR_MODE, uploadsDir } from "@/config/uploads-dir";
import { cvKindOf, safeDownloadName } from "@/domain/cv-file";

/** CVs live in the uploads folder (beside the SQLite file by default), never under public/: only an authorised route serves them. */
const cvDir = join(uploadsDir(env), "cv");
const KEY = /^[0-9a-f-]{36}\.(pdf|docx)$/;

const pathOf = (key: string) => {
  if (!KEY.test(key)) throw new Error("invalid CV key");
  return join(cvDir, key);
};

export async function saveCv(bytes: Uint8Array, extension: ".pdf" | ".docx"): Promise<string> {
  await mkdir(cvDir, { recursive: true, mode: UPLOADS_DIR_MODE });
  const key = `${randomUUID()}${extension}`;
  await writeFile(pathOf(key), bytes, { mode: 0o600, flag: "wx" });
  return key;
}

export async function deleteCv(key: string | null | undefined) {
  if (key) await rm(pathOf(key), { force: true });
}

async function cvExists(key: string) {
  return stat(pathOf(key)).then(
    () => true,
    () => false,
  );
}

function cvStream(key: string): ReadableStream<Uint8Array> {
  return Readable.toWeb(createReadStream(pathOf(key))) as ReadableStream<Uint8Array>;
}

/**
 * The answer of a CV download route: the file as an attachment that is never cached, or the same
 * plain 404 whether the caller may not see it or it does not exist (`file` null when refused).
 */
export async function cvDownload(file: { key: string; fileName: string; contentType: string } | null) {
  if (!file || !(await cvExists(file.key))) return new Response("Not found", { status: 404 });
  return new Response(cvStream(file.key), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${safeDownloadName(file.fileName, cvKindOf(file.contentType))}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
