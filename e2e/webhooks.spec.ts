import { startWebhookReceiver } from "../services/test-webhook-receiver";
import { expect, signedInAs, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { contactForm, fillValidRequest, sendRequest } from "./support/pages/contact";

test.use(signedInAs("admin"));

test("an admin adds a signed webhook: a company's request reaches it verified, after a 500 it is tried again, and it can be sent again", async ({
  page,
  browser,
  clientIp,
}) => {
  const receiver = await startWebhookReceiver();
  try {
    await page.goto("/admin/webhooks");
    await expectNoAxeViolations(page);
    const add = page.getByRole("region", { name: "Add an endpoint" });
    const url = add.getByLabel("Endpoint URL");

    // Bad input is said next to its field and kept; nothing is stored.
    await url.fill("ftp://hooks.example.com/in");
    await add.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(url).toHaveAccessibleDescription(/must start with https:\/\//);
    await expect(url).toHaveValue("ftp://hooks.example.com/in");
    await url.fill(receiver.url);
    await add.getByLabel("Description").fill("Our ATS");
    await add.getByRole("button", { name: "Add the endpoint" }).click();
    await expect(add.getByRole("alert")).toHaveText("Choose at least one event.");
    await expect(page.getByRole("link", { name: receiver.url })).toHaveCount(0);

    await add.getByLabel(/A contact request is created/).check();
    await add.getByRole("button", { name: "Add the endpoint" }).click();
    const added = add.getByRole("status");
    await expect(added).toContainText("shown only now");
    const secret = /whsec_[A-Za-z0-9+/=]+/.exec((await added.textContent()) ?? "")?.[0] ?? "";
    expect(secret).toHaveLength(50);
    receiver.trust(secret);

    // A company sends a request; the endpoint refuses its first delivery with a 500. (Other tests' requests
    // reach the same endpoint meanwhile: this test's are told apart by the company's name.)
    const name = `Hookline ${clientIp}`;
    const isOurs = (body: { data: Record<string, unknown> } | null) =>
      (body?.data.request as { company?: string } | undefined)?.company === name;
    receiver.answerEventWith(500, isOurs);
    const company = await browser.newPage();
    await company.goto("/contact");
    await fillValidRequest(company, `hooks+${clientIp}@compiler.example`);
    await contactForm(company).company.fill(name);
    await sendRequest(company);
    await expect(company.getByRole("status")).toContainText("Your request has been sent");
    await company.close();

    const ours = () => receiver.received.filter((hook) => isOurs(hook.body));
    // Tried again after the queue's first back-off (e seconds), with the same event id, and verified each time.
    await expect.poll(() => ours().map((hook) => hook.status), { timeout: 30_000 }).toEqual([500, 200]);
    const [refused, accepted] = ours();
    expect(accepted?.verified).toBe(true);
    expect(accepted?.id).toBe(refused?.id);
    expect(accepted?.body).toMatchObject({
      type: "request.created",
      data: { request: { company: name, seniority: "Senior", developers: 3 } },
    });
    // No personal data: the contact's name, address and message stay here.
    expect(JSON.stringify(accepted?.body)).not.toMatch(/Grace|hooks\+|payments platform/);

    // The delivery log says what happened.
    await page.getByRole("link", { name: receiver.url }).click();
    const eventId = accepted?.id ?? "";
    const entry = page.getByRole("listitem", { name: `request.created ${eventId}` });
    await expect(entry).toContainText("Delivered");
    await expect(entry).toContainText(/2 attempts · answered 200 in \d+ ms/);
    await expect(entry).toContainText("ok, thanks");
    await expectNoAxeViolations(page);

    // "Send again": the same event, the same id; a receiver that drops repeats acts on it once.
    await entry.getByRole("button", { name: `Send ${eventId} again` }).click();
    await expect(entry.getByRole("status")).toContainText("on its way again");
    await expect.poll(() => ours().length, { timeout: 15_000 }).toBe(3);
    expect(ours().every((hook) => hook.id === eventId && hook.verified)).toBe(true);

    // A new secret: the receiver that still holds the old one refuses what is signed with the new.
    await page.getByRole("button", { name: "Make a new secret" }).click();
    await expect(page.getByRole("region", { name: "Signing secret" }).getByRole("status")).toContainText(
      "shown only now",
    );
    await page.reload();
    await page
      .getByRole("listitem", { name: `request.created ${eventId}` })
      .getByRole("button")
      .click();
    await expect.poll(() => ours().at(-1)?.status, { timeout: 15_000 }).toBe(401);
    expect(ours().at(-1)?.verified).toBe(false);

    // Deleted, it receives nothing more (and other tests' requests stop coming to it).
    await page.getByText("Delete this endpoint…").click();
    await page.getByRole("button", { name: "Delete the endpoint" }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByRole("link", { name: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});
