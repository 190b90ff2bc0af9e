import { backdateFormToken, expect, insertRequest, requestsFrom, signedInAs, signedInStaff, test } from "./fixtures";
import { fillValidRequest, formToken } from "./support/pages/contact";

// #12: one ActionForm keeps what was typed after a refused answer (no remount) and clears itself after a success where asked.
test.describe("forms after an answer", () => {
  test("a request refused after Enter in a field keeps every value and the cursor in that field", async ({
    page,
    clientIp,
  }) => {
    await page.goto("/contact");
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Work email").fill(`focus+${clientIp}@compiler.example`);
    await page.getByLabel("Message").fill("short");
    const company = page.getByLabel("Company");
    await company.fill("Compiler Works");
    await expect(formToken(page)).not.toHaveValue(""); // the form's own, before backdating it
    await backdateFormToken(page);
    await company.press("Enter");
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields" })).toBeVisible();
    await expect(page.getByLabel("Message")).toHaveAccessibleDescription(/at least 10 characters/);
    await expect(page.getByLabel("Name")).toHaveValue("Grace Hopper");
    await expect(page.getByLabel("Message")).toHaveValue("short");
    // A remounted form (the old key= workaround) replaced every field, so the cursor fell back to the page's start.
    await expect(company).toBeFocused();
    await expect(company).toHaveValue("Compiler Works");
  });

  test("while a form is sending, its button keeps the keyboard focus and a second press sends nothing more", async ({
    page,
    clientIp,
  }) => {
    const email = `pending+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await backdateFormToken(page);
    // Hold the action's answer for a moment, as a slow network would.
    await page.route("**/contact", async (route) => {
      if (route.request().method() === "POST") await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const send = page.getByRole("button", { name: "Send request" });
    await send.focus();
    await page.keyboard.press("Enter");
    const sending = page.getByRole("button", { name: "Sending…" });
    await expect(sending).toHaveAttribute("aria-disabled", "true");
    await expect(sending).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    expect(await requestsFrom(email)).toHaveLength(1);
  });

  test.describe("staff", () => {
    test.use(signedInAs("manager"));

    test("a note clears its field once it is added", async ({ page }) => {
      const request = await insertRequest("Notebook Ltd");
      await page.goto(`/admin/requests/${request.id}`);
      const note = page.getByLabel("Note", { exact: true });
      await note.fill("Asked for two profiles by Friday.");
      await page.getByRole("button", { name: "Add note" }).click();
      await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText("two profiles by Friday");
      await expect(note).toHaveValue("");
    });
  });
});

test.describe("labels", () => {
  test.use(signedInAs("admin"));

  test("the staff list names roles in words, not stored values", async ({ page }) => {
    const admin = signedInStaff("admin");
    const manager = signedInStaff("manager");
    await page.goto("/admin/staff");
    await expect(page.getByRole("listitem", { name: admin.email })).toContainText("Admin · active");
    await expect(page.getByRole("listitem", { name: manager.email })).toContainText("Talent manager · active");
  });
});
