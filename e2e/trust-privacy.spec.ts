import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { engine } from "../db/engine";
import {
  addNoteAs,
  candidateProfile,
  createCandidateUser,
  everyValueStored,
  expect,
  insertRequest,
  inspectDatabase,
  latestEmailTo,
  loginAs,
  mailTo,
  moveToStage,
  outboxTo,
  pdfFile,
  proposeAs,
  signedInAs,
  signedInStaff,
  submitProfile,
  test,
} from "./fixtures";
import { extraPort, killStartedServers, refusedStart, startProductionServer } from "./production-server";
import { profileForm } from "./support/pages/profile";
import { requestPasswordReset } from "./support/pages/sign-in";

const cvDir = join(process.env.UPLOADS_DIR ?? "", "cv");

test.describe("the stage form says which reason the candidate sees", () => {
  test.use(signedInAs("manager"));

  test("the reason field is labelled as shown to the candidate, and the candidate does see it", async ({
    page,
    browser,
  }) => {
    const candidate = await createCandidateUser("reason", { name: "Reason Candidate" });
    await submitProfile(candidate.id);

    await page.goto(`/admin/candidates/${candidate.id}`);
    const reason = page.getByLabel("Reason shown to the candidate (required when rejected)");
    await expect(reason).toHaveAccessibleDescription(
      /The candidate reads this reason .* Keep internal remarks in a note/,
    );
    await page.getByLabel("Stage", { exact: true }).selectOption("rejected");
    await expect(page.getByLabel("Stage", { exact: true })).toHaveValue("rejected");
    await reason.fill("We need more production Go experience.");
    await page.getByRole("button", { name: "Update stage" }).click();
    await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: Rejected");
    await expect(page.getByRole("region", { name: "Stage history" })).toContainText(
      "shown to the candidate: We need more production Go experience.",
    );

    const own = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account");
    await expect(own.getByRole("region", { name: "History" })).toContainText("We need more production Go experience.");
    await own.close();
  });
});

test.describe("erasure (S7)", () => {
  test("deleting an account leaves the name and the email in no column of any table, and removes the CV file", async ({
    page,
    browser,
  }) => {
    const tag = `${process.pid}${Date.now().toString(36)}`;
    const name = `Quillon Vantablack ${tag}`;
    const candidate = await createCandidateUser("erase", { name });
    const manager = signedInStaff("manager");
    const request = await insertRequest(`Erasure Buyer ${tag}`);
    await insertRequest(`Vantablack Labs ${tag}`, { name, email: candidate.email, message: `This is ${name}.` });

    // A password-reset email (delivered through SMTP) and a real sign-in (audit row, rate-limit window).
    await requestPasswordReset(page, candidate.email);
    await expect
      .poll(
        () => mailTo(candidate.email).filter((raw) => /Subject: Reset your Bedrock Talent password/.test(raw)).length,
        { timeout: 15_000 },
      )
      .toBe(1);
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/profile");
    await profileForm(page).cv.setInputFiles(pdfFile(`${name} CV.pdf`));
    await profileForm(page).saveDraft.click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    const cvKey = (await candidateProfile(candidate.id))?.cvFileKey ?? "";
    // The person spread over the staff's records as the dashboard writes them (after the draft, which screening would close).
    await moveToStage(manager, candidate.id, "screening", `${name} was referred`);
    await addNoteAs(manager, "candidate", candidate.id, `Phoned ${candidate.email}`);
    await proposeAs(manager, request.id, candidate.id);
    expect(existsSync(join(cvDir, cvKey))).toBe(true);
    const needles = [name.toLowerCase(), candidate.email.toLowerCase()];
    const traces = async () =>
      (await everyValueStored()).filter((entry) => needles.some((needle) => entry.value.includes(needle)));
    // The person really is spread across the database, so the check after deletion could fail.
    expect([...new Set((await traces()).map((entry) => entry.table))]).toEqual(
      expect.arrayContaining([
        "users",
        "candidate_profiles",
        "candidate_stage_events",
        "activities",
        "contact_requests",
        "outbox",
        // SQLite's full-text tables hold copies of the words; PostgreSQL's search indexes are built on the rows.
        ...(engine === "sqlite" ? ["candidate_search_content", "request_search_content"] : []),
      ]),
    );

    await page.goto("/account/delete");
    await page.getByLabel(/I understand/).check();
    await page.getByLabel("Your password").fill(candidate.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("status")).toContainText("Your account and your data have been deleted");

    expect(await traces()).toEqual([]);
    expect(existsSync(join(cvDir, cvKey))).toBe(false);
    // The manager still sees the request's history, without the person.
    const staff = await browser.newPage({ storageState: signedInAs("manager").storageState });
    await staff.goto(`/admin/requests/${request.id}`);
    await expect(staff.getByRole("region", { name: "Notes and activity" })).toContainText("Proposed [erased]");
    await staff.close();
  });
});

test.describe("secrets at rest (S9)", () => {
  test("a delivered reset email keeps its link in the inbox, not in the database", async ({ page }) => {
    const candidate = await createCandidateUser("stored-link");
    await requestPasswordReset(page, candidate.email);
    await expect.poll(() => mailTo(candidate.email).length, { timeout: 15_000 }).toBe(1);
    const token = latestEmailTo(candidate.email).match(/\/reset-password\/([A-Za-z0-9_-]{43})/)?.[1] ?? "";
    expect(token).not.toBe("");
    await expect.poll(async () => (await outboxTo(candidate.email))?.status).toBe("sent");
    const stored = await outboxTo(candidate.email);
    expect(stored?.message?.action?.href).toContain("/reset-password/[link expired]");
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});

test.describe("the development admin (S17)", () => {
  test.afterAll(killStartedServers);

  test("a production server refuses a database whose development admin is active, and starts once it is deactivated", async () => {
    const dir = mkdtempSync(join(tmpdir(), "bedrock-dev-admin-"));
    const file = join(dir, "app.db");
    const env = { ...process.env, DATABASE_URL: file };
    const setup = spawnSync("npm", ["run", "--silent", "db:setup", "--", "--dev-admin"], { env, encoding: "utf8" });
    expect(setup.status, setup.stderr).toBe(0);
    expect(setup.stdout).toMatch(
      /Development admin created: admin@bedrock-talent\.local \/ \S{16}\n\s+The password is shown this once/,
    );
    const password = /admin@bedrock-talent\.local \/ (\S+)/.exec(setup.stdout)?.[1] ?? "";
    expect(
      inspectDatabase(file, (setUp) => setUp.storedValues()).filter((entry) =>
        entry.value.includes(password.toLowerCase()),
      ),
    ).toEqual([]);

    const refused = await refusedStart({ env: { DATABASE_URL: file } });
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toContain("has the development admin account (admin@bedrock-talent.local)");
    expect(refused.output).toContain("npm run dev:admin -- --deactivate");
    expect(refused.output).toContain("The server was not started.");

    const deactivate = spawnSync("npm", ["run", "--silent", "dev:admin", "--", "--deactivate"], {
      env,
      encoding: "utf8",
    });
    expect(deactivate.status, deactivate.stderr).toBe(0);
    const server = await startProductionServer(file, extraPort(6));
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
    rmSync(dir, { recursive: true, force: true });
  });
});
