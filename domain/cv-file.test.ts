import { describe, expect, it } from "vitest";
import { CV_MAX_BYTES, type CvKind, checkCvFile, safeDownloadName, storedFileName } from "./cv-file";

const PDF_KIND: CvKind = { kind: "pdf", extension: ".pdf", contentType: "application/pdf" };
const DOCX_KIND: CvKind = {
  kind: "docx",
  extension: ".docx",
  contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};
const GENERIC = "Upload your CV as a PDF or Word (.docx) file.";

const text = (s: string) => new TextEncoder().encode(s);

// Own CRC-32 so the fixture does not depend on zlib.crc32 (Node >= 20.15 only).
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A STORED (uncompressed) ZIP: local headers + data, central directory, EOCD. */
function makeZip(files: Record<string, string>, comment = ""): Uint8Array {
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = text(name);
    const data = text(content);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);

    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);

    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const commentBytes = text(comment);
  const eocd = new Uint8Array(22 + commentBytes.length);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  ev.setUint16(20, commentBytes.length, true);
  eocd.set(commentBytes, 22);
  return concat([...locals, ...centrals, eocd]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const MIN_PDF = text("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const DOCX_FILES = {
  "[Content_Types].xml":
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  "_rels/.rels": "<Relationships/>",
  "word/document.xml": "<w:document/>",
};
const MIN_DOCX = makeZip(DOCX_FILES);

describe("checkCvFile", () => {
  it("accepts a PDF named .pdf, whatever the case of the extension", () => {
    expect(checkCvFile(MIN_PDF, "cv.pdf")).toEqual({ ok: true, type: PDF_KIND });
    expect(checkCvFile(MIN_PDF, "My CV.PDF")).toEqual({ ok: true, type: PDF_KIND });
  });

  it("accepts a minimal DOCX named .docx", () => {
    expect(checkCvFile(MIN_DOCX, "cv.docx")).toEqual({ ok: true, type: DOCX_KIND });
  });

  it("finds the real end-of-central-directory record when the ZIP comment contains fake ones", () => {
    const sig = String.fromCharCode(0x50, 0x4b, 0x05, 0x06);
    // A fake record whose comment length (bytes 20-21 after it) would reach exactly the end of the file.
    // Its directory fields ("xxxx...") point past the file, so it must be skipped for the real one.
    const comment = `${"z".repeat(10)}${sig}${"x".repeat(16)}${String.fromCharCode(6, 0)}${"y".repeat(6)}`;
    expect(checkCvFile(makeZip(DOCX_FILES, comment), "cv.docx")).toEqual({ ok: true, type: DOCX_KIND });
  });

  it("accepts a Uint8Array view into a larger buffer", () => {
    const padded = new Uint8Array(MIN_DOCX.length + 16);
    padded.set(MIN_DOCX, 8);
    expect(checkCvFile(padded.subarray(8, 8 + MIN_DOCX.length), "cv.docx").ok).toBe(true);
  });

  it("rejects an empty file", () => {
    expect(checkCvFile(new Uint8Array(0), "cv.pdf")).toEqual({ ok: false, error: "The file is empty." });
  });

  it("rejects a file one byte over the limit, but accepts one exactly at it", () => {
    const atLimit = new Uint8Array(CV_MAX_BYTES);
    atLimit.set(MIN_PDF);
    expect(checkCvFile(atLimit, "cv.pdf").ok).toBe(true);
    const tooBig = new Uint8Array(CV_MAX_BYTES + 1);
    tooBig.set(MIN_PDF);
    expect(checkCvFile(tooBig, "cv.pdf")).toEqual({ ok: false, error: "Your CV must be 5 MB or smaller." });
  });

  it("rejects a renamed executable", () => {
    const exe = concat([text("MZ"), new Uint8Array(200)]);
    expect(checkCvFile(exe, "cv.pdf")).toEqual({ ok: false, error: GENERIC });
  });

  it("requires %PDF- at offset 0", () => {
    expect(checkCvFile(concat([text(" "), MIN_PDF]), "cv.pdf")).toEqual({ ok: false, error: GENERIC });
  });

  it("rejects an old OLE .doc", () => {
    const doc = concat([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), new Uint8Array(512)]);
    expect(checkCvFile(doc, "cv.doc")).toEqual({ ok: false, error: GENERIC });
    expect(checkCvFile(doc, "cv.docx")).toEqual({ ok: false, error: GENERIC });
  });

  it("rejects a plain ZIP without word/ entries", () => {
    const zip = makeZip({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" });
    expect(checkCvFile(zip, "cv.docx")).toEqual({ ok: false, error: GENERIC });
  });

  it("rejects a ZIP with word/ but no [Content_Types].xml", () => {
    expect(checkCvFile(makeZip({ "word/document.xml": "<w:document/>" }), "cv.docx")).toEqual({
      ok: false,
      error: GENERIC,
    });
  });

  it("reads entry names from the central directory, not from file contents", () => {
    const zip = makeZip({ "notes.txt": "[Content_Types].xml word/document.xml" });
    expect(checkCvFile(zip, "cv.docx")).toEqual({ ok: false, error: GENERIC });
  });

  it("rejects a truncated or corrupted ZIP", () => {
    expect(checkCvFile(MIN_DOCX.subarray(0, MIN_DOCX.length - 10), "cv.docx")).toEqual({ ok: false, error: GENERIC });
    const broken = MIN_DOCX.slice();
    const eocd = broken.length - 22;
    new DataView(broken.buffer).setUint32(eocd + 16, broken.length, true); // directory offset past the end
    expect(checkCvFile(broken, "cv.docx")).toEqual({ ok: false, error: GENERIC });
  });

  it("rejects a name that disagrees with the content", () => {
    const pdfAsDocx = checkCvFile(MIN_PDF, "cv.docx");
    expect(pdfAsDocx.ok).toBe(false);
    if (!pdfAsDocx.ok) expect(pdfAsDocx.error).toMatch(/name doesn't match/);
    const docxAsPdf = checkCvFile(MIN_DOCX, "cv.pdf");
    expect(docxAsPdf.ok).toBe(false);
    if (!docxAsPdf.ok) expect(docxAsPdf.error).toMatch(/name doesn't match/);
  });

  it("rejects valid content with an unrelated extension using the generic message", () => {
    expect(checkCvFile(MIN_PDF, "cv.txt")).toEqual({ ok: false, error: GENERIC });
    expect(checkCvFile(MIN_PDF, "cv")).toEqual({ ok: false, error: GENERIC });
  });
});

describe("safeDownloadName", () => {
  it("strips path parts", () => {
    expect(safeDownloadName("../../etc/passwd.pdf", PDF_KIND)).toBe("passwd.pdf");
    expect(safeDownloadName("C:\\Users\\zoe\\cv.docx", DOCX_KIND)).toBe("cv.docx");
  });

  it("transliterates accents and keeps spaces", () => {
    expect(safeDownloadName("Zoë Ünal CV.pdf", PDF_KIND)).toBe("Zoe Unal CV.pdf");
  });

  it("drops quotes, control characters and anything outside the safe set", () => {
    const name = safeDownloadName('my "best"\r\nCV;\u202e\u4e2d.pdf', PDF_KIND);
    expect(name).toBe("my bestCV.pdf");
    expect(name).toMatch(/^[A-Za-z0-9._ -]+$/);
  });

  it("always ends with the kind's extension, not the uploaded one", () => {
    expect(safeDownloadName("resume.PDF", PDF_KIND)).toBe("resume.pdf");
    expect(safeDownloadName("resume.exe", PDF_KIND)).toBe("resume.exe.pdf");
    expect(safeDownloadName("resume.pdf", DOCX_KIND)).toBe("resume.docx");
  });

  it("falls back to cv when nothing usable is left", () => {
    expect(safeDownloadName("", PDF_KIND)).toBe("cv.pdf");
    expect(safeDownloadName("../", DOCX_KIND)).toBe("cv.docx");
    expect(safeDownloadName('"".pdf', PDF_KIND)).toBe("cv.pdf");
    expect(safeDownloadName("简历.docx", DOCX_KIND)).toBe("cv.docx");
  });

  it("caps the length at 80 characters", () => {
    const name = safeDownloadName(`${"a".repeat(200)}.docx`, DOCX_KIND);
    expect(name).toHaveLength(80);
    expect(name.endsWith(".docx")).toBe(true);
  });
});

describe("storedFileName", () => {
  it("keeps what a person would read, and nothing that reorders or hides it", () => {
    expect(storedFileName("Zoë 🚀 CV.pdf")).toBe("Zoë 🚀 CV.pdf");
    expect(storedFileName("cv\u202Efdp.exe")).toBe("cvfdp.exe");
    expect(storedFileName("cv\u0000\u200B.pdf")).toBe("cv.pdf");
  });

  it("caps the length and never comes back empty", () => {
    expect(storedFileName("a".repeat(300))).toHaveLength(200);
    expect(storedFileName("\u202E\u0000")).toBe("cv");
  });
});
