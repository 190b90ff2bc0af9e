import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "@playwright/test";
import { siteContentSeeds } from "../db/seed-data";
import {
  answerProposalAs,
  countMatrixAudit,
  createCandidateUser,
  createStaffUser,
  expect,
  giveExpertCalendarFeed,
  holdAsSpam,
  insertBooking,
  insertFailedJob,
  insertHiddenExpert,
  insertOutboxEmail,
  insertRequest,
  insertTemplate,
  insertTimeOff,
  insertWebhookDelivery,
  insertWebhookEndpoint,
  interviewAs,
  loginAs,
  outboxEmail,
  putBackSpam,
  putBackTemplate,
  putBackTimeOff,
  reconfirmCall,
  sendShortlistAs,
  setOutboxFailed,
  submitProfile,
  test,
  unassignRequest,
  unrestoreSpam,
} from "./fixtures";

type Who = "anonymous" | "candidate" | "manager" | "admin";
const ROLES: Who[] = ["anonymous", "candidate", "manager", "admin"];
const adminSections = ["/admin/jobs", "/admin/staff", "/admin/audit", "/admin/webhooks"];
const adminOnly = (route: string) =>
  adminSections.some((section) => route === section || route.startsWith(`${section}/`));

/** The matrix's own accounts: only audit entries they (or nobody) wrote are counted, not those of tests running alongside. */
const matrixActors: number[] = [];

async function sessions(browser: Browser) {
  const pages = {} as Record<Who, Page>;
  for (const who of ROLES) {
    const context = await browser.newContext({ javaScriptEnabled: false });
    pages[who] = await context.newPage();
    if (who === "candidate") {
      const user = await createCandidateUser("matrix");
      matrixActors.push(user.id);
      await loginAs(pages[who], user.email, user.password);
    } else if (who !== "anonymous") {
      const user = await createStaffUser(who);
      matrixActors.push(user.id);
      await loginAs(pages[who], user.email, user.password);
    }
  }
  return pages;
}

const auditCount = () => countMatrixAudit(matrixActors);
/** Saved with its own values and "deleted" under a made-up id: the FAQ stays as seeded. */
const firstQuestion = siteContentSeeds.faqs[0]?.question ?? "";

test("authorization matrix: every staff route and server action against every kind of visitor", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000); // about 40 actions at some 2.3 s each: past 90 s on PostgreSQL behind two instances
  const request = await insertRequest("Matrix Co", {
    name: "Matrix",
    email: "matrix@m.example",
    developers: 1,
    message: "Matrix request for the test.",
    sourcePage: "/contact",
  });
  // A second request of the same company, so the request page offers to merge it.
  const sameCompany = () => insertRequest("Matrix Co", { email: request.email, message: "A second request." });
  await sameCompany();
  // A name of its own: the matrix proposes exactly this candidate, never one of a test running alongside.
  const candidate = await createCandidateUser("matrix-subject", { name: `Matrix Subject ${Date.now().toString(36)}` });
  // In vetting and at the requested seniority, so the request has a match to propose.
  await submitProfile(candidate.id, { seniority: "Senior" });
  // A hidden expert of the matrix's own, so replayed edits never change the seeded experts' free times,
  // and its calls never overlap a call another test books for a seeded expert (PostgreSQL refuses that).
  const expert = await insertHiddenExpert("matrix");
  const { booking } = await insertBooking(new Date(Date.now() + 50 * 24 * 60 * 60 * 1000), {
    expertSlug: expert.slug,
  });
  // An outcome can be recorded only once a call has started: this one started a minute ago.
  const { booking: startedCall } = await insertBooking(new Date(Math.floor((Date.now() - 60_000) / 60_000) * 60_000), {
    expertSlug: expert.slug,
  });
  const insertFailedEmail = () =>
    insertOutboxEmail({
      kind: "test",
      to: "matrix@failed.example",
      subject: `Matrix failed ${Date.now()}`,
      text: "x",
      status: "failed",
      attempts: 5,
      nextAttemptAt: new Date(Date.now() + 3_600_000),
    });
  const failedEmail = await insertFailedEmail();
  /** The email the Retry form is taken from: made just before, so it is on the list of the newest 100. */
  let retryable = failedEmail;
  /** The failed job the Retry form is taken from. */
  let failedJob = { id: "" };
  const timeOff = await insertTimeOff(
    expert.id,
    new Date(Date.now() + 400 * 24 * 60 * 60 * 1000),
    new Date(Date.now() + 401 * 24 * 60 * 60 * 1000),
    "Matrix",
  );
  const heldRequest = (name: string) =>
    holdAsSpam({ name, email: "held@m.example", company: "Matrix Held Co", reason: "too-fast" });
  const toRestore = await heldRequest("Matrix Restore");
  const toDelete = await heldRequest("Matrix Delete");
  const doomedTemplate = await insertTemplate(`Matrix doomed ${Date.now().toString(36)}`);
  const webhook = await insertWebhookEndpoint();
  await insertWebhookDelivery(webhook.id);
  /** The endpoint the Delete form is taken from: a new one for each attempt. */
  let doomedWebhook = await insertWebhookEndpoint("http://127.0.0.1:9/doomed");
  const pages = await sessions(browser);
  const assignee = await createStaffUser("manager");
  let checks = 0;

  // Routes: anonymous → login, candidate → 404, manager → 200 (404 for admin-only pages), admin → 200.
  const routes = [
    "/admin",
    "/admin/requests",
    "/admin/requests/spam",
    `/admin/requests/${request.id}`,
    "/admin/calls",
    "/admin/experts",
    "/admin/experts/anna-kowalczyk",
    "/admin/candidates",
    `/admin/candidates/${candidate.id}`,
    "/admin/content",
    "/admin/content/roles/backend",
    "/admin/content/guides/backend-development",
    "/admin/content/how-it-works",
    "/admin/outbox",
    `/admin/outbox/${failedEmail.id}`,
    "/admin/templates",
    "/admin/jobs",
    "/admin/webhooks",
    `/admin/webhooks/${webhook.id}`,
    `/admin/calls/${booking.id}/cancel`,
    "/admin/staff",
    "/admin/audit",
    "/admin/requests/export",
    "/admin/candidates/export",
    "/admin/calls/export?when=past&tz=Europe/Warsaw",
  ];
  for (const route of routes) {
    for (const who of ROLES) {
      const response = await pages[who].request.get(route, { maxRedirects: 0 });
      const expected =
        who === "anonymous" ? 307 : who === "candidate" || (who === "manager" && adminOnly(route)) ? 404 : 200;
      expect(response.status(), `${who} ${route}`).toBe(expected);
      if (who === "anonymous") expect(response.headers().location, route).toContain("/login?callbackUrl=");
      checks++;
    }
  }

  // Server actions: the exact POST an admin's browser would send (no JavaScript), replayed by each visitor.
  // `reveal`: what to open first (a danger action asks for confirmation in a disclosure).
  const actions: {
    file: string;
    name: string;
    page: string;
    button: string;
    fields?: Record<string, string>;
    adminOnly?: boolean;
    scope?: string;
    reveal?: string;
    /** A state the admin's page needs before its form can be read (run once, before the page loads). */
    prepare?: () => Promise<void>;
  }[] = [
    {
      file: "app/admin/requests/actions.ts",
      name: "changeRequestStatus",
      page: `/admin/requests/${request.id}`,
      button: "Update status",
      fields: { status: "contacted" },
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "mergeRequest",
      page: `/admin/requests/${request.id}`,
      reveal: "Merge one into this request…",
      button: "Merge into this request",
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "addRequestNote",
      page: `/admin/requests/${request.id}`,
      button: "Add note",
      fields: { body: "matrix note" },
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "propose",
      page: `/admin/requests/${request.id}`,
      button: `Propose ${candidate.name}`,
      fields: {},
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "saveShortlistNote",
      page: `/admin/requests/${request.id}`,
      button: `Save note for ${candidate.name}`,
      fields: { note: "matrix note" },
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "sendShortlistToCompany",
      page: `/admin/requests/${request.id}`,
      button: "Send the shortlist to matrix@m.example",
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "recordProposalOutcome",
      page: `/admin/requests/${request.id}`,
      prepare: async () => {
        await interviewAs(assignee, request.id, candidate.id);
      },
      button: `Save the outcome for ${candidate.name}`,
      fields: { outcome: "offer" },
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "addCandidateScorecard",
      page: `/admin/candidates/${candidate.id}`,
      button: "Save scorecard",
      fields: { "rating-0": "4", recommendation: "yes" },
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "editRequestDetails",
      page: `/admin/requests/${request.id}`,
      reveal: "Edit details…",
      button: "Save details",
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "writeToCompany",
      page: `/admin/requests/${request.id}`,
      button: "Send to Matrix (matrix@m.example)",
      fields: { subject: "Matrix", body: "Hello {{name}}" },
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "writeToCandidate",
      page: `/admin/candidates/${candidate.id}`,
      button: `Send to ${candidate.name}`,
      fields: { subject: "Matrix", body: "Hello {{name}}" },
    },
    {
      file: "app/admin/templates/actions.ts",
      name: "saveEmailTemplate",
      page: "/admin/templates",
      button: "Add template",
      fields: { subject: "Matrix", body: "Hello {{name}}" },
    },
    {
      file: "app/admin/templates/actions.ts",
      name: "deleteEmailTemplate",
      page: "/admin/templates",
      reveal: `Delete ${doomedTemplate.name}…`,
      button: `Delete ${doomedTemplate.name}`,
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "revokeShortlistLink",
      page: `/admin/requests/${request.id}`,
      reveal: "Revoke the company's link…",
      button: "Revoke the link",
    },
    {
      file: "app/admin/requests/actions.ts",
      name: "changeRequestAssignee",
      page: `/admin/requests/${request.id}`,
      button: "Save assignee",
      fields: { assigneeId: String(assignee.id) },
    },
    {
      file: "app/admin/requests/spam/actions.ts",
      name: "restoreSpam",
      page: "/admin/requests/spam",
      button: "Restore the request from Matrix Restore",
      scope: `spam-${toRestore.id}`,
    },
    {
      file: "app/admin/requests/spam/actions.ts",
      name: "deleteSpam",
      page: "/admin/requests/spam",
      button: "Delete for good",
      scope: `spam-${toDelete.id}`,
      reveal: "Delete…",
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "addCandidateNote",
      page: `/admin/candidates/${candidate.id}`,
      button: "Add note",
      fields: { body: "matrix note" },
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "changeCandidateRating",
      page: `/admin/candidates/${candidate.id}`,
      button: "Save rating",
      fields: { rating: "3" },
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "changeListingVisibility",
      page: `/admin/candidates/${candidate.id}`,
      button: "Save listing",
      fields: { hidden: "yes", reason: "matrix" },
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "changeCandidateStage",
      page: `/admin/candidates/${candidate.id}`,
      button: "Update stage",
      fields: { stage: "screening" },
    },
    {
      file: "app/admin/calls/actions.ts",
      name: "updateCall",
      page: "/admin/calls",
      button: "Save",
      fields: { status: "completed" },
      scope: `call-${startedCall.reference}`,
    },
    {
      file: "app/admin/calls/actions.ts",
      name: "cancelCallByStaff",
      page: `/admin/calls/${booking.id}/cancel`,
      button: "Cancel the call",
      fields: { reason: "Matrix" },
    },
    {
      file: "app/admin/content/actions.ts",
      name: "editRole",
      page: "/admin/content/roles/backend",
      button: "Save page",
    },
    {
      file: "app/admin/content/actions.ts",
      name: "saveRow",
      page: "/admin/content/roles/backend?section=technology",
      button: "Save Node.js",
    },
    {
      file: "app/admin/content/actions.ts",
      name: "deleteRow",
      page: "/admin/content/guides/backend-development?section=comparison",
      button: "Delete Skill set",
      reveal: "Delete Skill set…",
    },
    {
      file: "app/admin/content/actions.ts",
      name: "saveRow (guide section)",
      page: "/admin/content/guides/backend-development",
      button: "Save Skills a backend developer needs",
    },
    {
      file: "app/admin/content/actions.ts",
      name: "saveRow (site-wide FAQ)",
      page: "/admin/content/how-it-works?section=faq",
      button: `Save ${firstQuestion}`,
    },
    {
      file: "app/admin/content/actions.ts",
      name: "deleteRow (site-wide FAQ)",
      page: "/admin/content/how-it-works?section=faq",
      button: `Delete ${firstQuestion}`,
      reveal: `Delete ${firstQuestion}…`,
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "addExpert",
      page: "/admin/experts",
      button: "Add expert",
      fields: {
        name: "Matrix Added",
        title: "Talent Expert",
        email: "matrix-added@m.example",
        timeZone: "UTC",
        bio: "Added by the matrix.",
      },
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "editExpert",
      page: `/admin/experts/${expert.slug}`,
      button: "Save expert",
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "saveWeeklyHours",
      page: `/admin/experts/${expert.slug}`,
      button: "Save weekly hours",
      fields: { day6: "10:00–12:00" },
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "deleteExpertTimeOff",
      page: `/admin/experts/${expert.slug}`,
      button: "Delete time off",
      reveal: "Delete time off",
    },
    {
      file: "app/admin/candidates/actions.ts",
      name: "changeCandidateStage (back to Draft)",
      page: `/admin/candidates/${candidate.id}`,
      button: "Move back to Draft",
      reveal: "Move back to Draft…",
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "saveExpertTimeOff",
      page: `/admin/experts/${expert.slug}`,
      button: "Add to time off",
      fields: { startsAt: "2099-01-01T09:00", endsAt: "2099-01-01T17:00", reason: "Matrix" },
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "changeExpertCalendarFeed",
      page: `/admin/experts/${expert.slug}`,
      button: "Create a private feed link",
      fields: { intent: "new" },
    },
    {
      file: "app/admin/experts/actions.ts",
      name: "changeExpertCalendarFeed (turn off)",
      page: `/admin/experts/${expert.slug}`,
      prepare: () => giveExpertCalendarFeed(expert.id),
      button: "Turn the feed off",
      fields: { intent: "off" },
    },
    {
      file: "app/admin/content/actions.ts",
      name: "addRole",
      page: "/admin/content",
      button: "Create role",
      fields: {
        slug: "matrix-role",
        name: "Matrix",
        headline: "Matrix headline",
        summary: "Matrix summary",
        salaryYear: "2026",
      },
    },
    {
      file: "app/admin/outbox/actions.ts",
      name: "retryOutboxEmail",
      page: "/admin/outbox",
      button: "Retry",
      // The list shows the newest 100 emails, and the other workers queue more while the matrix runs.
      prepare: async () => {
        retryable = await insertFailedEmail();
      },
      get scope() {
        return `outbox-${retryable.id}`;
      },
    },
    {
      file: "app/admin/jobs/actions.ts",
      name: "retryJob",
      page: "/admin/jobs",
      button: "Retry",
      adminOnly: true,
      prepare: async () => {
        failedJob = await insertFailedJob(0);
      },
      get scope() {
        return `job-${failedJob.id}`;
      },
    },
    {
      file: "app/admin/webhooks/actions.ts",
      name: "createWebhookEndpoint",
      page: "/admin/webhooks",
      button: "Add the endpoint",
      fields: { url: "http://127.0.0.1:9/matrix-new", events: "hire.made" },
      adminOnly: true,
    },
    {
      file: "app/admin/webhooks/actions.ts",
      name: "updateWebhookEndpointSettings",
      page: `/admin/webhooks/${webhook.id}`,
      button: "Save the endpoint",
      adminOnly: true,
    },
    {
      file: "app/admin/webhooks/actions.ts",
      name: "rollWebhookSecret",
      page: `/admin/webhooks/${webhook.id}`,
      button: "Make a new secret",
      adminOnly: true,
    },
    {
      file: "app/admin/webhooks/actions.ts",
      name: "resendWebhook",
      page: `/admin/webhooks/${webhook.id}`,
      button: " again",
      adminOnly: true,
    },
    {
      file: "app/admin/webhooks/actions.ts",
      name: "removeWebhookEndpoint",
      get page() {
        return `/admin/webhooks/${doomedWebhook.id}`;
      },
      button: "Delete the endpoint",
      reveal: "Delete this endpoint…",
      adminOnly: true,
    },
    {
      file: "app/admin/staff/actions.ts",
      name: "createStaffMember",
      page: "/admin/staff",
      button: "Add staff member",
      fields: { name: "Matrix Staff", email: "matrix-staff@staff.example", password: "copper-lantern-harbour-9" },
      adminOnly: true,
    },
    {
      file: "app/admin/staff/actions.ts",
      name: "changeStaffMember",
      page: "/admin/staff",
      button: "Save",
      fields: { active: "yes" },
      adminOnly: true,
    },
  ];
  // Every action of every staff actions file is in this list, under the file it lives in: a new one cannot be left out.
  const listed = new Set(actions.map((action) => `${action.file} ${action.name.replace(/ \(.*\)$/, "")}`));
  const files = readdirSync("app/admin", { recursive: true, encoding: "utf8" }).filter((path) =>
    path.endsWith("actions.ts"),
  );
  const exported = files.flatMap((path) =>
    [...readFileSync(join("app/admin", path), "utf8").matchAll(/^export (?:const|async function) (\w+)/gm)].map(
      ([, name]) => `app/admin/${path} ${name}`,
    ),
  );
  expect(exported.length).toBeGreaterThan(20);
  expect([...listed].sort()).toEqual(exported.sort());
  const origin = new URL(baseURL ?? "").origin;
  for (const action of actions) {
    const admin = pages.admin;
    if (action.prepare) await action.prepare();
    await admin.goto(action.page);
    const root = action.scope ? admin.getByTestId(action.scope) : admin.locator("body");
    // A danger button sits in a closed disclosure until its summary is opened (no JavaScript needed).
    if (action.reveal) await root.locator("summary", { hasText: action.reveal }).first().click();
    const form = root
      .locator("form")
      .filter({ has: admin.getByRole("button", { name: action.button }) })
      .first();
    const entries = await form.evaluate((element) =>
      [...new FormData(element as HTMLFormElement).entries()].map(
        ([key, value]) => [key, String(value)] as [string, string],
      ),
    );
    const multipart = { ...Object.fromEntries(entries), ...action.fields };
    // Deleting a row that does not exist keeps the seed intact.
    if (action.name.startsWith("deleteRow")) multipart.id = "999999";
    for (const who of ROLES) {
      // Only a failed email can be retried: put it back in that state before each attempt, once the last
      // allowed retry's delivery (a job, which ends by marking it sent) is over.
      if (action.name === "retryOutboxEmail") {
        await expect.poll(async () => (await outboxEmail(retryable.id))?.status).not.toBe("pending");
        await setOutboxFailed(retryable.id);
      }
      // Likewise a failed job: a new one for each attempt (a retried job runs and leaves the queue).
      if (action.name === "retryJob") multipart.id = (await insertFailedJob(0)).id;
      // Assigning the same person twice is no change (and no audit entry): start unassigned each time.
      if (action.name === "changeRequestAssignee") await unassignRequest(request.id);
      // A merge deletes the request it takes in: each attempt merges one of its own.
      if (action.name === "mergeRequest") multipart.fromId = String((await sameCompany()).id);
      // A call's outcome and its cancellation start from a confirmed call each time.
      if (action.name === "updateCall") await reconfirmCall(startedCall.id);
      if (action.name === "cancelCallByStaff") await reconfirmCall(booking.id);
      // Only a live feed can be turned off.
      if (action.name === "changeExpertCalendarFeed (turn off)") await giveExpertCalendarFeed(expert.id);
      // Likewise, only existing time off can be deleted.
      if (action.name === "deleteExpertTimeOff") await putBackTimeOff(timeOff);
      // And only a held request can be restored or deleted.
      if (action.name === "restoreSpam") await unrestoreSpam(toRestore.id);
      if (action.name === "deleteSpam") await putBackSpam(toDelete);
      if (action.name === "deleteEmailTemplate") await putBackTemplate(doomedTemplate);
      // Each attempt deletes an endpoint of its own.
      if (action.name === "removeWebhookEndpoint") {
        doomedWebhook = await insertWebhookEndpoint("http://127.0.0.1:9/doomed");
        multipart.id = String(doomedWebhook.id);
      }
      // A shortlist is sent only with an interested candidate, and only a live link can be revoked.
      if (action.name === "sendShortlistToCompany" && who === "anonymous")
        await answerProposalAs(candidate.id, request.id, "interested");
      if (action.name === "revokeShortlistLink") await sendShortlistAs(assignee, request.id);
      const before = await auditCount();
      // A new role needs a new address each time, and a new template a new name, or the second creation is (rightly) refused.
      const fresh = `matrix-${who}-${Date.now().toString(36)}`;
      const body =
        action.name === "addRole"
          ? { ...multipart, slug: fresh }
          : action.name === "saveEmailTemplate"
            ? { ...multipart, name: fresh }
            : multipart;
      const response = await pages[who].request.post(action.page, {
        multipart: body,
        maxRedirects: 0,
        headers: { origin },
      });
      const after = await auditCount();
      const allowed = who === "admin" || (who === "manager" && !action.adminOnly);
      expect(response.status(), `${who} ${action.name}`).toBeLessThan(500);
      if (allowed) expect(after, `${who} may ${action.name}`).toBeGreaterThan(before);
      else expect(after, `${who} may not ${action.name}`).toBe(before);
      checks++;
    }
  }
  console.log(
    `authorization matrix: ${routes.length} routes and ${actions.length} server actions × ${ROLES.length} roles = ${checks} checks`,
  );
});
