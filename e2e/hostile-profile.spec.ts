import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { candidateProfile, createCandidateUser, expect, loginAs, pdfFile, test } from "./fixtures";
import {
  countedCases,
  drop,
  expectRefused,
  mainText,
  type Part,
  type Refusal,
  RTL_OVERRIDE,
  renderedForm,
  SCRIPT,
  SQL_TEXT,
  send,
  set,
  TRANSPORT,
  textCases,
  type Value,
} from "./support/hostile";

// Hostile input against the candidate profile and CV upload: one test, its cases in order; forms are read (and posted) as a browser without JavaScript does.
test.describe.configure({ mode: "default" });
test.use({ javaScriptEnabled: false });
const hostileCase = countedCases("profile");

test("candidate profile and CV upload: hostile input is refused, the saved profile and CV stay as they were", async ({
  page,
}) => {
  const candidate = await createCandidateUser("hostile-profile");
  await loginAs(page, candidate.email, candidate.password);
  const fields = [...(await renderedForm(page, "/account/profile", "Save draft")), ["intent", "draft"] as Part];
  const cv = pdfFile("Baseline CV.pdf");
  const valid = (marker: string): Part[] => {
    let parts: Part[] = fields;
    for (const [name, value] of [
      ["headline", `Senior Node.js engineer ${marker}`],
      ["seniority", "Senior"],
      ["yearsExperience", "7"],
      ["location", "Lisbon, Portugal"],
      ["timeZone", "Europe/Lisbon"],
      ["englishLevel", "fluent"],
      ["expectedSalary", "85000"],
      ["salaryCurrency", "USD"],
      ["availability", "full-time"],
      ["earliestStart", "2027-02-01"],
      ["githubUrl", "https://github.com/ada-backend"],
      ["freeSkills", "Kafka"],
      ["consent", "on"],
    ] as const)
      parts = set(parts, name, value);
    return [...drop(parts, "skills"), ["skills", "Node.js"]];
  };

  // Earlier data: a saved draft with a CV.
  const first = await send(page, "/account/profile", {
    parts: [...valid("baseline"), ["cv", { file: cv.name, type: cv.mimeType, bytes: cv.buffer }]],
  });
  expect(mainText(first.html)).toContain("Draft saved.");
  const profile = () => candidateProfile(candidate.id);
  const before = await profile();
  expect(before).toMatchObject({
    headline: "Senior Node.js engineer baseline",
    salaryCurrency: "USD",
    cvFileName: "Baseline CV.pdf",
  });
  const cvPath = join(process.env.UPLOADS_DIR ?? "", "cv", before?.cvFileKey ?? "-");
  const cvBytes = readFileSync(cvPath);
  const intact = async () => {
    expect(await profile()).toEqual(before);
    expect(readFileSync(cvPath)).toEqual(cvBytes);
  };

  const upload = (file: string, type: string, bytes: Buffer): Value => ({ file, type, bytes });
  const bigPdf = Buffer.alloc(6 * 1024 * 1024, 0x20);
  bigPdf.write("%PDF-1.4\n");
  const refused: { name: string; parts: Part[]; refusal: Refusal }[] = [
    ...textCases("headline", 120, /under 120 characters/).map(({ name, value, message }) => ({
      name,
      parts: set(valid("x"), "headline", value),
      refusal: { field: "headline", message },
    })),
    {
      name: "location: a right-to-left override",
      parts: set(valid("x"), "location", `Lisbon ${RTL_OVERRIDE}lagutroP`),
      refusal: { field: "location", message: /characters/ },
    },
    {
      name: "location: a NUL byte",
      parts: set(valid("x"), "location", "Lisbon\u0000"),
      refusal: { field: "location", message: /characters/ },
    },
    {
      name: "years: text",
      parts: set(valid("x"), "yearsExperience", "seven"),
      refusal: { field: "yearsExperience", message: /as a number/ },
    },
    {
      name: "years: negative",
      parts: set(valid("x"), "yearsExperience", "-3"),
      refusal: { field: "yearsExperience", message: /negative/ },
    },
    {
      name: "years: 1e9",
      parts: set(valid("x"), "yearsExperience", "1e9"),
      refusal: { field: "yearsExperience", message: /at most 60/ },
    },
    {
      name: "salary: 1e400",
      parts: set(valid("x"), "expectedSalary", "1e400"),
      refusal: { field: "expectedSalary", message: /./ },
    },
    {
      name: "salary: SQL",
      parts: set(valid("x"), "expectedSalary", "85000; DROP TABLE users"),
      refusal: { field: "expectedSalary", message: /as a number/ },
    },
    {
      name: "salary: rupees left on dollars (#27 walkthrough 9)",
      parts: set(valid("x"), "expectedSalary", "2400000"),
      refusal: { field: "expectedSalary", message: /\$2,400,000 a year is more than any backend salary we place/ },
    },
    {
      name: "salary: without a currency",
      parts: set(valid("x"), "salaryCurrency", ""),
      refusal: { field: "salaryCurrency", message: /Choose the currency your salary is paid in/ },
    },
    {
      name: "salary period: not in the list",
      parts: set(valid("x"), "salaryPeriod", "fortnight"),
      refusal: { field: "salaryPeriod", message: /per year or per month/ },
    },
    {
      name: "currency: not in the list",
      parts: set(valid("x"), "salaryCurrency", "BTC"),
      refusal: { field: "salaryCurrency", message: /currency from the list/ },
    },
    {
      name: "time zone: not a zone",
      parts: set(valid("x"), "timeZone", "Mars/Olympus_Mons"),
      refusal: { field: "timeZone", message: /time zone from the list/ },
    },
    {
      name: "English level: not in the list",
      parts: set(valid("x"), "englishLevel", "native'; --"),
      refusal: { field: "englishLevel", message: /level from the list/ },
    },
    {
      name: "availability: not in the list",
      parts: set(valid("x"), "availability", "always"),
      refusal: { field: "availability", message: /full-time or part-time/ },
    },
    {
      name: "earliest start: not a date",
      parts: set(valid("x"), "earliestStart", "2027-13-45"),
      refusal: { field: "earliestStart", message: /Enter a date/ },
    },
    {
      name: "seniority: not in the list",
      parts: set(valid("x"), "seniority", "Overlord"),
      refusal: { field: "seniority", message: /level from the list/ },
    },
    {
      name: "GitHub: a javascript: link",
      parts: set(valid("x"), "githubUrl", "javascript:alert(document.cookie)"),
      refusal: { field: "githubUrl", message: /full link/ },
    },
    {
      name: "LinkedIn: a data: link",
      parts: set(valid("x"), "linkedinUrl", "data:text/html,<script>alert(1)</script>"),
      refusal: { field: "linkedinUrl", message: /full link/ },
    },
    {
      name: "portfolio: a right-to-left override",
      parts: set(valid("x"), "portfolioUrl", `https://example.com/${RTL_OVERRIDE}fdp.exe`),
      refusal: { field: "portfolioUrl", message: /characters/ },
    },
    {
      name: "skills: 31 of them",
      parts: [...valid("x"), ...Array.from({ length: 30 }, (_, index) => ["skills", `Skill ${index}`] as Part)],
      refusal: { field: "skills", message: /at most 30/ },
    },
    {
      name: "skills: 1,000 comma-separated free tags",
      parts: set(valid("x"), "freeSkills", Array.from({ length: 1000 }, (_, index) => `tag${index}`).join(",")),
      refusal: { field: "skills", message: /at most 30/ },
    },
    {
      name: "skills: one of 41 characters",
      parts: set(valid("x"), "freeSkills", "k".repeat(41)),
      refusal: { field: "skills", message: /under 40/ },
    },
    {
      name: "skills: a NUL byte",
      parts: set(valid("x"), "freeSkills", "Kafka\u0000"),
      refusal: { field: "skills", message: /characters/ },
    },
    { name: "headline: missing", parts: drop(valid("x"), "headline"), refusal: { alert: /Nothing else was saved/ } },
    {
      name: "every field missing but Next's",
      parts: fields.filter(([key]) => key.startsWith("$ACTION")),
      refusal: { alert: /Nothing else was saved/ },
    },
    {
      name: "headline repeated, the last one too long",
      parts: [...valid("x"), ["headline", "h".repeat(121)]],
      refusal: { field: "headline", message: /under 120/ },
    },
    {
      name: "CV: a Windows program named .pdf",
      parts: [
        ...valid("x"),
        ["cv", upload("cv.pdf", "application/pdf", Buffer.from("MZ\x90\x00 this program cannot be run in DOS mode"))],
      ],
      refusal: { field: "cv", message: /PDF or Word/ },
    },
    {
      name: "CV: HTML named .pdf",
      parts: [...valid("x"), ["cv", upload("cv.pdf", "application/pdf", Buffer.from(`<html>${SCRIPT}</html>`))]],
      refusal: { field: "cv", message: /PDF or Word/ },
    },
    {
      name: "CV: a PDF named .html",
      parts: [...valid("x"), ["cv", upload("cv.html", "text/html", pdfFile().buffer)]],
      refusal: { field: "cv", message: /PDF or Word/ },
    },
    {
      name: "CV: a PDF named .docx",
      parts: [...valid("x"), ["cv", upload("cv.docx", "application/pdf", pdfFile().buffer)]],
      refusal: { field: "cv", message: /doesn't match its content/ },
    },
    {
      name: "CV: a ZIP that is not a Word document",
      parts: [...valid("x"), ["cv", upload("cv.docx", "application/zip", Buffer.from("PK\x03\x04 not really a zip"))]],
      refusal: { field: "cv", message: /PDF or Word/ },
    },
    {
      name: "CV: 6 MB",
      parts: [...valid("x"), ["cv", upload("huge.pdf", "application/pdf", bigPdf)]],
      refusal: { field: "cv", message: /5 MB or smaller/ },
    },
  ];
  for (const { name, parts, refusal } of refused) {
    await hostileCase(`profile — ${name}`, async () => {
      expectRefused(await send(page, "/account/profile", { parts }), refusal);
      await intact();
    });
  }
  for (const { name, request, status } of TRANSPORT) {
    await hostileCase(`profile — ${name}`, async () => {
      expectRefused(
        await send(
          page,
          "/account/profile",
          request([...valid("x"), ["cv", upload("cv.pdf", "application/pdf", pdfFile().buffer)]]),
        ),
        { status },
      );
      await intact();
    });
  }
  await hostileCase("profile — a 9 MB CV is refused before it is read", async () => {
    expectRefused(
      await send(page, "/account/profile", {
        parts: [
          ...valid("x"),
          [
            "cv",
            upload("huge.pdf", "application/pdf", Buffer.concat([pdfFile().buffer, Buffer.alloc(9 * 1024 * 1024)])),
          ],
        ],
      }),
      { status: 413 },
    );
    await intact();
  });

  await hostileCase("profile — script- and SQL-looking text is stored verbatim and rendered as text", async () => {
    const headline = `<img src=x onerror=alert(1)> ${SQL_TEXT}`.slice(0, 120);
    const { html } = await send(page, "/account/profile", { parts: set(valid("x"), "headline", headline) });
    expect(mainText(html)).toContain("Draft saved.");
    expect((await profile())?.headline).toBe(headline);
    await page.goto("/account/profile");
    await expect(page.getByLabel("Headline")).toHaveValue(headline);
    await expect(page.locator("img[src=x]")).toHaveCount(0);
  });
  await hostileCase(
    "profile — a path in the CV's file name is only a name: the file is stored under a random key",
    async () => {
      const file = "../../../etc/passwd.pdf";
      const { html } = await send(page, "/account/profile", {
        parts: [...valid("x"), ["cv", upload(file, "application/pdf", pdfFile().buffer)]],
      });
      expect(mainText(html)).toContain("Draft saved.");
      const saved = await profile();
      expect(saved?.cvFileKey).toMatch(/^[0-9a-f-]{36}\.pdf$/);
      expect(existsSync(join(dirname(cvPath), saved?.cvFileKey ?? "-"))).toBe(true);
      expect(existsSync(cvPath)).toBe(false);
      const download = await page.request.get("/api/cv/me");
      expect(download.headers()["content-disposition"]).toContain('attachment; filename="passwd.pdf"');
    },
  );
  await hostileCase(
    "profile — a right-to-left override in the CV's file name is removed before the name is stored or shown",
    async () => {
      const { html } = await send(page, "/account/profile", {
        parts: [...valid("x"), ["cv", upload(`Ada CV${RTL_OVERRIDE}fdp.exe.pdf`, "application/pdf", pdfFile().buffer)]],
      });
      expect(mainText(html)).toContain("Draft saved.");
      expect((await profile())?.cvFileName).toBe("Ada CVfdp.exe.pdf");
    },
  );
});
