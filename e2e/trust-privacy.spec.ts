import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { eq } from "drizzle-orm";
import { createDb } from "../db/client";
import { activities, candidateProfiles, candidateStageEvents, outbox, proposals, users } from "../db/schema";
import { everyStoredValue } from "../db/stored-values";
import { createCandidateUser, db, decodeQuotedPrintable, expect, insertRequest, loginAs, mailTo, pdfFile, signedInAs, signedInStaff, test } from "./fixtures";
import { extraPort, killStartedServers, refusedStart, startProductionServer } from "./production-server";

const cvDir = join(dirname(process.env.E2E_DATABASE_URL ?? ""), "uploads", "cv");

test.describe("the stage form says which reason the candidate sees", () => {
  test.use(signedInAs("manager"));

  test("the reason field is labelled as shown to the candidate, and the candidate does see it", async ({ page, browser }) => {
    const candidate = await createCandidateUser("reason");
    db.update(users).set({ name: `Reason Candidate ${candidate.id}` }).where(eq(users.id, candidate.id)).run();
    db.update(candidateProfiles).set({ stage: "submitted", submittedAt: new Date() }).where(eq(candidateProfiles.userId, candidate.id)).run();
    db.insert(candidateStageEvents).values({ userId: candidate.id, stage: "submitted", changedById: candidate.id }).run();

    await page.goto(`/admin/candidates/${candidate.id}`);
    const reason = page.getByLabel("Reason shown to the candidate (required when rejected)");
    await expect(reason).toHaveAccessibleDescription(/The candidate reads this reason .* Keep internal remarks in a note/);
    await page.getByLabel("Stage", { exact: true }).selectOption("rejected");
    await expect(page.getByLabel("Stage", { exact: true })).toHaveValue("rejected");
    await reason.fill("We need more production Go experience.");
    await page.getByRole("button", { name: "Update stage" }).click();
    await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: Rejected");
    await expect(page.getByRole("region", { name: "Stage history" })).toContainText("shown to the candidate: We need more production Go experience.");

    const own = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account");
    await expect(own.getByRole("region", { name: "History" })).toContainText("We need more production Go experience.");
    await own.close();
  });
});

test.describe("erasure (S7)", () => {
  test("deleting an account leaves the name and the email in no column of any table, and removes the CV file", async ({ page, browser }) => {
    const candidate = await createCandidateUser("erase");
    const name = `Quillon Vantablack ${candidate.id}`;
    db.update(users).set({ name, emailVerifiedAt: new Date() }).where(eq(users.id, candidate.id)).run();
    const manager = signedInStaff("manager");
    const request = insertRequest(`Erasure Buyer ${candidate.id}`);
    insertRequest(`Vantablack Labs ${candidate.id}`, { name, email: candidate.email, emailNormalized: candidate.email, message: `This is ${name}.` });
    db.insert(candidateStageEvents).values({ userId: candidate.id, stage: "screening", reason: `${name} was referred`, changedById: manager.id }).run();
    db.insert(activities).values({ subjectType: "candidate", subjectId: candidate.id, actorId: manager.id, kind: "note", body: `Phoned ${candidate.email}` }).run();
    db.insert(proposals).values({ requestId: request.id, candidateId: candidate.id, proposedById: manager.id }).run();
    db.insert(activities).values({ subjectType: "request", subjectId: request.id, actorId: manager.id, kind: "status", body: `Proposed ${name}` }).run();

    // A password-reset email (delivered through SMTP) and a real sign-in (audit row, rate-limit window).
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(candidate.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect.poll(() => mailTo(candidate.email).length, { timeout: 15_000 }).toBe(1);
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/profile");
    await page.getByLabel("CV", { exact: true }).setInputFiles(pdfFile(`${name} CV.pdf`));
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    const cvKey = db.select().from(candidateProfiles).where(eq(candidateProfiles.userId, candidate.id)).get()?.cvFileKey ?? "";
    expect(existsSync(join(cvDir, cvKey))).toBe(true);
    const needles = [name.toLowerCase(), candidate.email.toLowerCase()];
    const traces = () => everyStoredValue(db).values.filter((entry) => needles.some((needle) => entry.value.includes(needle)));
    // The person really is spread across the database, so the check after deletion could fail.
    expect([...new Set(traces().map((entry) => entry.table))]).toEqual(
      expect.arrayContaining(["users", "candidate_profiles", "candidate_search_content", "candidate_stage_events", "activities", "contact_requests", "request_search_content", "outbox"]),
    );

    await page.goto("/account/delete");
    await page.getByLabel(/I understand/).check();
    await page.getByLabel("Your password").fill(candidate.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("status")).toContainText("Your account and your data have been deleted");

    expect(traces()).toEqual([]);
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
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(candidate.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect.poll(() => mailTo(candidate.email).length, { timeout: 15_000 }).toBe(1);
    const token = decodeQuotedPrintable(mailTo(candidate.email)[0] ?? "").match(/\/reset-password\/([A-Za-z0-9_-]{43})/)?.[1] ?? "";
    expect(token).not.toBe("");
    await expect.poll(() => db.select().from(outbox).where(eq(outbox.to, candidate.email)).get()?.status).toBe("sent");
    const stored = db.select().from(outbox).where(eq(outbox.to, candidate.email)).get();
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
    expect(setup.stdout).toMatch(/Development admin created: admin@bedrock-talent\.local \/ \S{16}\n\s+The password is shown this once/);
    const password = /admin@bedrock-talent\.local \/ (\S+)/.exec(setup.stdout)?.[1] ?? "";
    const setUp = createDb(file);
    expect(everyStoredValue(setUp).values.filter((entry) => entry.value.includes(password.toLowerCase()))).toEqual([]);
    setUp.$client.close();

    const refused = await refusedStart({ env: { DATABASE_URL: file } });
    expect(refused.code, refused.output).toBe(1);
    expect(refused.output).toContain("has the development admin account (admin@bedrock-talent.local)");
    expect(refused.output).toContain("npm run dev:admin -- --deactivate");
    expect(refused.output).toContain("The server was not started.");

    const deactivate = spawnSync("npm", ["run", "--silent", "dev:admin", "--", "--deactivate"], { env, encoding: "utf8" });
    expect(deactivate.status, deactivate.stderr).toBe(0);
    const server = await startProductionServer(file, extraPort(6));
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
    rmSync(dir, { recursive: true, force: true });
  });
});

