import { spawnSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { createDb } from "../db/sqlite/client";
import { expect, loginAs, STRONG_PASSWORD, test } from "./fixtures";
import { extraPort, freshDatabase, killStartedServers, startProductionServer } from "./production-server";
import { expectNoAxeViolations } from "./support/axe";
import { fillRegistration } from "./support/pages/sign-in";

/*
 * A page of the dashboard or the account that fails on the server answers inside its section: the
 * section's navigation stays around the message (app/admin and app/(account)/account have their own
 * error.tsx; the public site's keeps its header). The fault is a table renamed away in the SQLite
 * file of a server started for this test alone, so it runs on the SQLite pass (playwright.config.ts
 * leaves it out of the PostgreSQL one).
 */

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const dashboardNav = (page: Page) => page.getByRole("navigation", { name: "Dashboard" });
const accountNav = (page: Page) => page.getByRole("navigation", { name: "Account" });

test.describe("a page that fails on the server", () => {
  const port = extraPort(8);
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  test.afterAll(killStartedServers);

  test("says so with the log's reference, keeps the section's navigation, and Try again reloads it once mended", async ({
    page,
    browser,
  }) => {
    test.setTimeout(75_000); // about 3× the 25 s it takes, a server's setup and start included
    const database = freshDatabase("section-errors");
    const staff = { email: "sam@section-errors.example", name: "Sam Staff" };
    const created = spawnSync(
      "npm",
      ["run", "--silent", "user:create", "--", "--email", staff.email, "--name", staff.name, "--role", "manager"],
      { env: { ...process.env, DATABASE_URL: database.file, USER_PASSWORD: STRONG_PASSWORD }, encoding: "utf8" },
    );
    expect(created.status, created.stderr).toBe(0);
    const server = await startProductionServer(database.file, port);
    const file = createDb(database.file);
    const away = (table: string) => file.$client.exec(`ALTER TABLE ${table} RENAME TO ${table}_away`);
    const back = (table: string) => file.$client.exec(`ALTER TABLE ${table}_away RENAME TO ${table}`);

    const expectErrorIn = async (target: Page, nav: ReturnType<typeof dashboardNav>) => {
      await expect(heading(target)).toHaveText("Something went wrong on our side");
      await expect(heading(target)).toBeFocused();
      await expect(target.getByText(/The error is logged under reference \S+: quote it/)).toBeVisible();
      await expect(target.locator("body")).not.toContainText("no such table");
      await expect(nav).toBeVisible();
      await expectNoAxeViolations(target);
    };

    // The dashboard: opened from its navigation, then loaded directly.
    await loginAs(page, staff.email, STRONG_PASSWORD);
    await page.goto("/admin");
    await expect(heading(page)).toHaveText("Overview");
    away("email_templates");
    await dashboardNav(page).getByRole("link", { name: "Templates" }).click();
    await expect(page).toHaveURL(/\/admin\/templates$/);
    await expectErrorIn(page, dashboardNav(page));
    expect((await page.reload())?.status()).toBe(500);
    await expectErrorIn(page, dashboardNav(page));
    back("email_templates");
    await page.getByRole("button", { name: "Try again" }).click();
    await expect(heading(page)).toHaveText("Email templates");

    // The account: a candidate's overview.
    const candidateContext = await browser.newContext();
    const candidate = await candidateContext.newPage();
    const email = "ada@section-errors.example";
    await candidate.goto("/register");
    await fillRegistration(candidate, { email });
    await candidate.getByRole("button", { name: "Create account" }).click();
    await expect(candidate.getByRole("status")).toContainText("Check your inbox");
    await loginAs(candidate, email, STRONG_PASSWORD);
    away("interviews");
    expect((await candidate.goto("/account"))?.status()).toBe(500);
    await expectErrorIn(candidate, accountNav(candidate));
    back("interviews");
    await candidate.getByRole("button", { name: "Try again" }).click();
    await expect(heading(candidate)).toHaveText("Hello, Ada Backend");

    await candidateContext.close();

    // The public site: a visitor's page keeps the site's header, and Try again asks the server again.
    const visitor = await browser.newPage();
    away("candidate_profiles");
    expect((await visitor.goto("/developers"))?.status()).toBe(500);
    await expect(heading(visitor)).toHaveText("Something went wrong on our side");
    await expect(visitor.getByText(/quote reference \S+\./)).toBeVisible();
    await expect(visitor.locator("body")).not.toContainText("no such table");
    await expect(visitor.getByRole("navigation", { name: "Main" })).toBeVisible();
    back("candidate_profiles");
    await visitor.getByRole("button", { name: "Try again" }).click();
    await expect(heading(visitor)).toHaveText("Vetted backend developers");
    await visitor.close();

    file.$client.close();
    process.kill(server.pid, "SIGTERM");
    await server.exited;
    database.remove();
  });
});
