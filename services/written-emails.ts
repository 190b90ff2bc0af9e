import "server-only";
import { withAudit } from "@/db/queries/audit";
import type { NewEmail } from "@/db/queries/outbox";
import type { LiveSession } from "@/db/queries/sessions";
import { getCandidateEmailContext, getRequestEmailContext, sendWrittenEmail } from "@/db/queries/written-emails";
import {
  CANDIDATE_VARIABLES,
  fillTemplate,
  paragraphsOf,
  type TemplateVariable,
  templateVariables,
  unknownVariables,
  variablesIn,
} from "@/domain/email-templates";
import { createManageToken, hashManageToken } from "@/domain/manage-token";
import { SHORTLIST_LIFETIME_MS } from "@/domain/shortlist";
import { formatDateTime } from "@/domain/slots";
import { shortlistUrl } from "./shortlist-emails";

/**
 * A manager's email as it is queued: variables filled in, replies to the manager, the addresses in it
 * as links and the shortlist link as a button too.
 */
function writtenEmail({
  to,
  subject,
  body,
  values,
  manager,
  shortlistLink,
}: {
  to: string;
  subject: string;
  body: string;
  values: Partial<Record<TemplateVariable, string>>;
  manager: { name: string; email: string };
  shortlistLink: string | null;
}): NewEmail {
  const filled = { ...values, manager_name: manager.name };
  const paragraphs = paragraphsOf(
    fillTemplate(body, shortlistLink ? { ...filled, shortlist_link: shortlistLink } : filled),
  );
  return {
    kind: "written",
    to,
    replyTo: manager.email,
    // The subject is kept in plain sight (outbox, timeline, audit): it never holds the live link.
    subject: fillTemplate(subject, filled),
    message: {
      preview: paragraphs[0] ?? "",
      paragraphs,
      linkUrls: true,
      ...(shortlistLink ? { action: { label: "Open your shortlist", href: shortlistLink } } : {}),
      footnotes: [`Written by ${manager.name} at Bedrock Talent: reply to this email to reach them.`],
    },
  };
}

/** Whether the message asks for a new shortlist link (the subject may not: see SUBJECT_LINK_REFUSAL). */
const usesShortlistLink = (body: string) => variablesIn(body).includes("shortlist_link");

/**
 * A manager's email to a request's contact or to a candidate, from the dashboard's form: the variables
 * the recipient's context has are filled in, a {{shortlist_link}} issues a new link. The action's
 * answer: a refusal with the field it concerns, or the address it went to.
 */
export async function sendFromDashboard(
  actor: LiveSession,
  target: { type: "request" | "candidate"; id: number },
  input: { subject: string; body: string },
): Promise<{ ok: true; to: string } | { ok: false; message: string; field?: "subject" | "body" }> {
  const allowed = target.type === "request" ? Object.keys(templateVariables) : CANDIDATE_VARIABLES;
  for (const field of ["subject", "body"] as const) {
    const unknown = unknownVariables(input[field], allowed);
    if (unknown.length > 0)
      return {
        ok: false,
        field,
        message: `${unknown.join(", ")} can be used only when writing to a company about its request.`,
      };
  }
  let to: { name: string; email: string };
  let values: Partial<Record<TemplateVariable, string>>;
  if (target.type === "request") {
    const context = await getRequestEmailContext(actor, target.id);
    if (!context) return { ok: false, message: "This request no longer exists." };
    to = { name: context.name, email: context.email };
    values = {
      name: context.name,
      company: context.company,
      role: context.role,
      reference: context.reference,
      call_time: context.nextCall
        ? `${formatDateTime(context.nextCall.startsAt.getTime(), context.nextCall.zone)}`
        : "(no call booked yet)",
    };
  } else {
    const candidate = await getCandidateEmailContext(actor, target.id);
    if (!candidate) return { ok: false, message: "This candidate no longer exists." };
    to = candidate;
    values = { name: candidate.name };
  }
  const token = usesShortlistLink(input.body) ? createManageToken() : null;
  const email = writtenEmail({
    to: to.email,
    ...input,
    values,
    manager: { name: actor.name, email: actor.email },
    shortlistLink: token ? shortlistUrl(token) : null,
  });
  const result = await withAudit(
    actor,
    () =>
      sendWrittenEmail(
        actor,
        target,
        email,
        token ? { tokenHash: hashManageToken(token), expiresAt: new Date(Date.now() + SHORTLIST_LIFETIME_MS) } : null,
      ),
    (outcome) =>
      outcome === "sent" && { action: "email.write", subject: `${target.type} #${target.id}`, details: email.subject },
  );
  if (result === "missing") return { ok: false, message: "This request no longer exists." };
  if (result === "none-interested")
    return {
      ok: false,
      field: "body",
      message:
        "{{shortlist_link}} needs a candidate who said they are interested: nobody has yet, so nothing was sent.",
    };
  return { ok: true, to: to.email };
}
