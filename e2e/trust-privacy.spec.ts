import { eq } from "drizzle-orm";
import { candidateProfiles, candidateStageEvents, users } from "../db/schema";
import { createCandidateUser, db, expect, loginAs, signedInAs, test } from "./fixtures";

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
    await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: rejected");
    await expect(page.getByRole("region", { name: "Stage history" })).toContainText("shown to the candidate: We need more production Go experience.");

    const own = await browser.newPage({ storageState: { cookies: [], origins: [] } });
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account");
    await expect(own.getByRole("region", { name: "History" })).toContainText("We need more production Go experience.");
    await own.close();
  });
});
