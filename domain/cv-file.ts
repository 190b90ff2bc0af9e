export const CV_MAX_BYTES = 5 * 1024 * 1024;
/**
 * The largest request body a form may send (next.config.ts, proxy.ts). The biggest form is the
 * profile: a CV plus a few KB of fields. The margin lets a somewhat oversized CV reach the action,
 * which names the 5 MB limit next to the field; anything larger is refused before it is parsed.
 */
export const FORM_BODY_MAX_BYTES = 8 * 1024 * 1024;

export type CvKind =
  | { kind: "pdf"; extension: ".pdf"; contentType: "application/pdf" }
  | {
      kind: "docx";
      extension: ".docx";
      contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    };

export type CvCheck = { ok: true; type: CvKind } | { ok: false; error: string };

const PDF: CvKind = { kind: "pdf", extension: ".pdf", contentType: "application/pdf" };
const DOCX: CvKind = {
  kind: "docx",
  extension: ".docx",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

const GENERIC_ERROR = "Upload your CV as a PDF or Word (.docx) file.";
const MISMATCH_ERROR =
  "The file name doesn't match its content: upload a PDF named .pdf or a Word document named .docx.";

const EOCD_SIG = 0x06054b50;
const CDFH_SIG = 0x02014b50;
const EOCD_MIN = 22;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Entry names from the ZIP central directory, or null when the archive is malformed (or ZIP64/multi-disk, which no 5 MB CV needs). */
function zipEntryNames(bytes: Uint8Array): string[] | null {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.length < EOCD_MIN) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The EOCD sits at the end, followed only by its comment (up to 65535 bytes). Scan backwards for a
  // signature whose comment length reaches exactly the end; a crafted comment may hold fake ones, so
  // try only a few, which also bounds the work on hostile input.
  const lowest = Math.max(0, bytes.length - EOCD_MIN - 0xffff);
  let attempts = 0;
  for (let pos = bytes.length - EOCD_MIN; pos >= lowest && attempts < 4; pos--) {
    if (view.getUint32(pos, true) !== EOCD_SIG || pos + EOCD_MIN + view.getUint16(pos + 20, true) !== bytes.length)
      continue;
    attempts++;
    const names = readCentralDirectory(view, pos);
    if (names) return names;
  }
  return null;
}

function readCentralDirectory(view: DataView, eocd: number): string[] | null {
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries || entries === 0xffff || cdOffset === 0xffffffff)
    return null;
  if (cdOffset + cdSize > eocd) return null;

  const decoder = new TextDecoder("utf-8", { fatal: false });
  const names: string[] = [];
  const end = cdOffset + cdSize;
  let pos = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (pos + 46 > end || view.getUint32(pos, true) !== CDFH_SIG) return null;
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLen = view.getUint16(pos + 32, true);
    const next = pos + 46 + nameLength + extraLength + commentLen;
    if (next > end) return null;
    names.push(decoder.decode(new Uint8Array(view.buffer, view.byteOffset + pos + 46, nameLength)));
    pos = next;
  }
  return names;
}

function isPdf(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"
}

function isDocx(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  return !!names && names.includes("[Content_Types].xml") && names.some((n) => n.startsWith("word/"));
}

export function checkCvFile(bytes: Uint8Array, fileName: string): CvCheck {
  if (bytes.length === 0) return { ok: false, error: "The file is empty." };
  if (bytes.length > CV_MAX_BYTES) return { ok: false, error: "Your CV must be 5 MB or smaller." };
  const name = fileName.trim().toLowerCase();
  const content = isPdf(bytes) ? PDF : isDocx(bytes) ? DOCX : null;
  if (!content) return { ok: false, error: GENERIC_ERROR };
  if (!name.endsWith(content.extension)) {
    // Only call it a mismatch when the name claims the other accepted type; otherwise the generic hint is clearer.
    const claimsOther = name.endsWith(PDF.extension) || name.endsWith(DOCX.extension);
    return { ok: false, error: claimsOther ? MISMATCH_ERROR : GENERIC_ERROR };
  }
  return { ok: true, type: content };
}

/** ASCII-only name for a Content-Disposition header; never trusts the uploader's extension. */
export function safeDownloadName(original: string, kind: CvKind): string {
  const base = original.split(/[\\/]/).pop() ?? "";
  const trimEnds = (s: string) => s.replace(/^[ ._-]+|[ ._-]+$/g, "");
  const cleaned = base
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // "Zoë" -> "Zoe" rather than "Zo_"
    .replace(/[\p{Cc}\p{Cf}"'`]/gu, "")
    .replace(/[^A-Za-z0-9._ -]+/g, "_")
    .replace(/ {2,}/g, " ")
    .replace(/_{2,}/g, "_")
    .replace(/\.{2,}/g, ".");
  const stem = trimEnds(trimEnds(cleaned.replace(/\.(pdf|docx?)[ ._-]*$/i, "")).slice(0, 80 - kind.extension.length));
  return `${stem || "cv"}${kind.extension}`;
}

/**
 * The uploader's file name as it is stored and shown (profile, dashboard): without control and
 * format characters, so a right-to-left override cannot make "cv\u202Efdp.exe" read "cvexe.pdf".
 */
export function storedFileName(original: string): string {
  return (
    original
      .replace(/[\p{Cc}\p{Cf}\uFFFD]/gu, "")
      .trim()
      .slice(0, 200) || "cv"
  );
}

/** The kind of a stored CV from its recorded content type. */
export const cvKindOf = (contentType: string): CvKind => (contentType === PDF.contentType ? PDF : DOCX);
