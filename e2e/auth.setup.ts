import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test as setup } from "@playwright/test";
import { createStaffUser, STAFF_STATE_DIR } from "./fixtures";
import { signIn } from "./support/pages/sign-in";

// One sign-in per staff role for the whole run, through the real login form; specs reuse the saved state.
for (const role of ["manager", "admin"] as const) {
  setup(`sign in once as ${role}`, async ({ page }) => {
    const user = await createStaffUser(role);
    await page.context().setExtraHTTPHeaders({ "x-forwarded-for": `192.0.2.${role === "admin" ? 2 : 1}` });
    await page.goto("/login");
    await signIn(page, user.email, user.password);
    // Sign-in hashes the password (argon2id) and the dashboard renders on first visit: slower than a click.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview", { timeout: 15_000 });
    mkdirSync(STAFF_STATE_DIR, { recursive: true });
    await page.context().storageState({ path: join(STAFF_STATE_DIR, `${role}.json`) });
    writeFileSync(
      join(STAFF_STATE_DIR, `${role}.user.json`),
      JSON.stringify({ id: user.id, email: user.email, name: user.name }),
    );
  });
}
