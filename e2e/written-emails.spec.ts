/**
 * #15 "Writing from the app": a manager keeps templates, writes to a company from its request (a
 * {{shortlist_link}} issues a working link) and to a candidate; replies go to the manager.
 */
import {
  answerProposalAs,
  createCandidateUser,
  createStaffUser,
  expect,
  insertRequest,
  linkInMail,
  loginAs,
  mailWithSubject,
  proposeAs,
  submitProfile,
  test,
  textPart,
} from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

test("a manager keeps a template, sends a company its shortlist from it, and writes to a candidate", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const tag = Date.now().toString(36);
  const manager = await createStaffUser();
  const candidate = await createCandidateUser("written", { name: `Grace Written${tag}` });
  await submitProfile(candidate.id, { headline: "Go engineer", seniority: "Senior" });
  const request = await insertRequest(`Writco ${tag}`, { role: "Platform engineer" });
  await proposeAs({ ...manager, role: "manager" }, request.id, candidate.id);
  await answerProposalAs(candidate.id, request.id, "interested");
  await loginAs(page, manager.email, manager.password);

  // A template with a variable that does not exist is refused next to the field, and kept.
  await page.goto("/admin/templates");
  const added = page.getByRole("region", { name: "Add a template" });
  await added.getByLabel("Name").fill(`Nudge ${tag}`);
  await added.getByLabel("Subject").fill("About {{role}} at {{company}}");
  await added.getByLabel("Message").fill("Hello {{name}},\n\nAny news, {{nickname}}?\n\n{{manager_name}}");
  await added.getByRole("button", { name: "Add template" }).click();
  await expect(added.getByLabel("Message")).toHaveAccessibleDescription(/\{\{nickname\}\} is not a variable/);
  await expect(added.getByLabel("Subject")).toHaveValue("About {{role}} at {{company}}");
  await added.getByLabel("Message").fill("Hello {{name}},\n\nAny news about the {{role}} role?\n\n{{manager_name}}");
  await added.getByRole("button", { name: "Add template" }).click();
  await expect(added.getByRole("status")).toHaveText("Template added.");
  await page.reload();
  await expect(page.getByRole("region", { name: `Nudge ${tag}` })).toBeVisible();
  await expectNoAxeViolations(page);

  // From the request: the seeded "Shortlist ready" template, with a new shortlist link in it.
  await page.goto(`/admin/requests/${request.id}`);
  const write = page.getByRole("region", { name: /^Write to / });
  await write.getByLabel("Start from a template").selectOption({ label: "Shortlist ready" });
  await write.getByRole("button", { name: "Use it" }).click();
  await expect(write.getByLabel("Subject")).toHaveValue("Your shortlist for {{role}} is ready");
  // The live link may not go in the subject, which staff see in the outbox, the timeline and the audit log.
  await write.getByLabel("Subject").fill("Your shortlist: {{shortlist_link}}");
  await write.getByRole("button", { name: `Send to Jordan Buyer (${request.email})` }).click();
  await expect(write.getByLabel("Subject")).toHaveAccessibleDescription(/can go only in the message/);
  await expect(write.getByLabel("Subject")).toHaveValue("Your shortlist: {{shortlist_link}}");
  await write.getByLabel("Subject").fill("Your shortlist for {{role}} is ready");
  await write.getByRole("button", { name: `Send to Jordan Buyer (${request.email})` }).click();
  await expect(write.getByRole("status")).toContainText(`Sent to ${request.email}`);
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText(
    `Email to ${request.email}: “Your shortlist for Platform engineer is ready” (with a new shortlist link: 1 candidate`,
  );
  await expectNoAxeViolations(page);

  const mail = await mailWithSubject(request.email, /Your shortlist for Platform engineer is ready/);
  expect(mail.replyTo?.text).toBe(manager.email);
  expect(textPart(mail)).toContain(`Thank you for your time on our call. We have vetted developers for Writco ${tag}`);
  // The lines the manager wrote on their own stay apart in both parts, and the shortlist's address is a link.
  expect(mail.text).toMatch(new RegExp(`Best regards,\\r?\\n${manager.name}`));
  expect(mail.html).toMatch(new RegExp(`Best regards,<br\\s*/?>${manager.name}`));
  expect(mail.html).toMatch(/<a href="(https?:\/\/[^"]+\/shortlist\/[\w-]+)"[^>]*>\1<\/a>/);
  const link = await linkInMail(request.email, "/shortlist/");
  const company = await (await browser.newContext()).newPage();
  await company.goto(link);
  await expect(company.getByRole("heading", { level: 1 })).toHaveText("Senior platform engineer: 1 candidate");
  await company.context().close();

  // To the candidate, a company's variable is refused; plain words go, and replies come back to the manager.
  await page.goto(`/admin/candidates/${candidate.id}`);
  const toCandidate = page.getByRole("region", { name: /^Write to / });
  await toCandidate.getByLabel("Subject").fill("Your interview");
  await toCandidate.getByLabel("Message").fill("Hello {{name}},\n\n{{company}} would like to meet you.");
  await toCandidate.getByRole("button", { name: `Send to ${candidate.name}` }).click();
  await expect(toCandidate.getByLabel("Message")).toHaveAccessibleDescription(
    /\{\{company\}\} can be used only when writing to a company/,
  );
  await toCandidate.getByLabel("Message").fill("Hello {{name}},\n\nA company would like to meet you: more soon.");
  await toCandidate.getByRole("button", { name: `Send to ${candidate.name}` }).click();
  await expect(toCandidate.getByRole("status")).toContainText(`Sent to ${candidate.email}`);
  const note = await mailWithSubject(candidate.email, /^Your interview$/);
  expect(textPart(note)).toContain(`Hello ${candidate.name},`);
  expect(note.replyTo?.text).toBe(manager.email);
});
