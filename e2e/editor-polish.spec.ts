import {
  candidateStage,
  createCandidateUser,
  createRoleWithTools,
  createStaffUser,
  expect,
  insertOutboxEmail,
  loginAs,
  moveToStage,
  submitProfile,
  test,
  toolNamesOf,
} from "./fixtures";

test("the content editor shows one section at a time, named in the URL, with the current one marked", async ({
  page,
  browser,
}) => {
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/content/roles/backend");
  const nav = page.getByRole("navigation", { name: "Sections of this page" });
  await expect(nav.getByRole("link", { name: "Page" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Save page" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Tools" })).toHaveCount(0);
  // Before: all 76 forms on one 15,000 px page.
  expect(await page.locator("main form").count()).toBeLessThan(5);

  await nav.getByRole("link", { name: "Tools" }).click();
  await expect(page).toHaveURL(/\?section=tool$/);
  await expect(page.getByRole("region", { name: "Tools" }).getByRole("button", { name: "Save Node.js" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Tools" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "Page" })).not.toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("button", { name: "Save page" })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(6000);

  // Server-rendered: the same links work without JavaScript.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await context.newPage();
  await plain.goto("/admin/content/guides/backend-development");
  await plain
    .getByRole("navigation", { name: "Sections of this page" })
    .getByRole("link", { name: "Frontend vs backend rows" })
    .click();
  await expect(
    plain.getByRole("region", { name: "Frontend vs backend rows" }).getByRole("listitem", { name: "Skill set" }),
  ).toBeVisible();
  await expect(plain.getByRole("region", { name: "Sections" })).toHaveCount(0);
  await context.close();
});

test("leaving a section with unsaved changes asks first; saved changes leave freely", async ({ page }) => {
  const manager = await createStaffUser();
  const role = await createRoleWithTools(manager, "unsaved");
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/content/roles/${role.slug}?section=tool`);
  await expect(page.locator('[data-unsaved-guard="armed"]')).toBeAttached();
  const nav = page.getByRole("navigation", { name: "Sections of this page" });
  const gin = page.getByRole("listitem", { name: "Gin" });
  await gin.getByLabel("Description").fill("Fast HTTP web framework");

  // In-app navigation: a confirm; "Cancel" stays with the edit in place.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await nav.getByRole("link", { name: "Quick facts" }).click();
  await expect.poll(() => asked).toEqual(["You have unsaved changes in this section. Leave without saving them?"]);
  await expect(page).toHaveURL(/\?section=tool$/);
  await expect(gin.getByLabel("Description")).toHaveValue("Fast HTTP web framework");

  // Closing the tab or reloading: the browser's own prompt.
  const unload = page.waitForEvent("dialog");
  void page.close({ runBeforeUnload: true });
  const dialog = await unload;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  // Once saved, nothing is unsaved: the next section opens without a question.
  await gin.getByRole("button", { name: "Save Gin" }).click();
  await expect(gin.getByRole("status")).toContainText("Saved");
  page.on("dialog", (unexpected) => {
    asked.push(unexpected.message());
    void unexpected.dismiss();
  });
  await nav.getByRole("link", { name: "Quick facts" }).click();
  await expect(page).toHaveURL(/\?section=fact$/);
  expect(asked).toHaveLength(1);
});

test("deleting a row is red, asks first, and then says what it deleted (not “Added”)", async ({ page, browser }) => {
  const manager = await createStaffUser();
  const role = await createRoleWithTools(manager, "delete");
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/content/roles/${role.slug}?section=tool`);
  await expect(page.locator('[data-unsaved-guard="armed"]')).toBeAttached();
  const region = page.getByRole("region", { name: "Tools" });
  // An earlier add leaves its "Added…" answer on the add form: before, that was all a deletion left to read.
  await region.getByLabel("Name").last().fill("Fiber");
  await region.getByLabel("Description").last().fill("Express-style framework");
  await region.getByRole("button", { name: "Add to tools" }).click();
  await expect(region.getByRole("status")).toContainText("Added");

  const gin = region.getByRole("listitem", { name: "Gin" });
  // Nothing destructive is one click away: the red button appears after "Delete Gin…" is opened.
  await expect(gin.getByRole("button", { name: "Delete Gin" })).toBeHidden();
  await gin.locator("summary", { hasText: "Delete Gin…" }).click();
  const remove = gin.getByRole("button", { name: "Delete Gin" });
  await expect(remove).toBeVisible();
  await expect(remove).toHaveClass(/btn-danger/);
  await expect(gin.getByRole("button", { name: "Save Gin" })).not.toHaveClass(/btn-danger/);
  await expect(gin).toContainText("cannot be undone");
  await remove.click();

  await expect(page).toHaveURL(/section=tool&deleted=Gin$/);
  await expect(region.getByRole("status")).toHaveText("Deleted Gin. The public page no longer shows it.");
  await expect(region.getByRole("listitem", { name: "Gin" })).toHaveCount(0);
  await expect(region.getByRole("listitem", { name: "Echo" })).toBeVisible();
  expect(await toolNamesOf(role.id)).toEqual(["Echo", "Fiber"]);
  const visitor = await browser.newPage();
  await visitor.goto(`/hire/${role.slug}`);
  await expect(visitor.getByRole("region", { name: /tools and frameworks/i })).toContainText("Minimal web framework");
  await expect(visitor.getByRole("region", { name: /tools and frameworks/i })).not.toContainText("HTTP web framework");
  await visitor.close();

  // Without JavaScript: the disclosure opens natively and the notice comes back with the page.
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await context.newPage();
  await plain.goto(`/admin/content/roles/${role.slug}?section=tool`);
  const echo = plain.getByRole("listitem", { name: "Echo" });
  await echo.locator("summary", { hasText: "Delete Echo…" }).click();
  await echo.getByRole("button", { name: "Delete Echo" }).click();
  await expect(plain.getByRole("region", { name: "Tools" }).getByRole("status")).toHaveText(
    "Deleted Echo. The public page no longer shows it.",
  );
  await expect(plain.getByRole("listitem", { name: "Echo" })).toHaveCount(0);
  await context.close();
});

test("moving a candidate back to Draft is a red, confirmed step that says what it did", async ({ page }) => {
  const manager = await createStaffUser();
  const candidate = await createCandidateUser("back-to-draft");
  await submitProfile(candidate.id);
  await moveToStage(manager, candidate.id, "vetted");
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/candidates/${candidate.id}`);
  const form = page.getByRole("region", { name: "Change stage" });
  await expect(form).toBeVisible();
  // Before: "Draft" was an ordinary option beside "Screening", saved by the blue "Update stage".
  await expect(form.getByLabel("Stage", { exact: true }).locator("option", { hasText: "Draft" })).toHaveCount(0);
  await form.locator("summary", { hasText: "Move back to Draft…" }).click();
  const confirm = form.getByRole("button", { name: "Move back to Draft" });
  await expect(confirm).toHaveClass(/btn-danger/);
  await confirm.click();
  await expect(form.getByRole("status")).toContainText("Moved back to Draft.");
  await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: Draft");
  expect(await candidateStage(candidate.id)).toBe("draft");
});

test("staff read an email's stored text and attachment names, as text; others cannot", async ({ page, browser }) => {
  const token = "A".repeat(43);
  const email = await insertOutboxEmail({
    kind: "test",
    to: "reader@outbox.example",
    subject: `Your request ${Date.now()}`,
    text: `Hello <b>Ann</b><script>document.title = "pwned"</script>,\n\nManage: https://example.test/book/manage/${token}\n<img src=x onerror="document.title='pwned'">`,
    attachments: [
      { filename: "invite.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" },
    ],
    status: "pending",
    nextAttemptAt: new Date(Date.now() + 3_600_000),
  });
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/outbox");
  await page.getByRole("link", { name: email.subject }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/outbox/${email.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(email.subject);
  const text = page.getByTestId("email-text");
  await expect(text).toContainText("Hello <b>Ann</b><script>");
  await expect(text).toContainText("<img src=x onerror=");
  // Shown as text: no element came out of it, and no live link token.
  expect(await text.locator("b, script, img").count()).toBe(0);
  await expect(page).not.toHaveTitle("pwned");
  await expect(text).toContainText("/book/manage/[link expired]");
  await expect(text).not.toContainText(token);
  await expect(page.getByRole("region", { name: "Attachments" })).toContainText("invite.ics");

  expect((await page.request.get("/admin/outbox/99999999")).status()).toBe(404);
  const candidate = await createCandidateUser("outbox-reader");
  const other = await browser.newPage();
  await loginAs(other, candidate.email, candidate.password);
  expect((await other.request.get(`/admin/outbox/${email.id}`)).status()).toBe(404);
  await other.close();
  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`/admin/outbox/${email.id}`, { maxRedirects: 0 })).status()).toBe(307);
  await anonymous.close();
});
