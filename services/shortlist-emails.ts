import { absoluteUrl } from "@/config/site";
import type { NewEmail } from "@/db/queries/outbox";
import type { CompanyAnswerNotice } from "@/db/queries/shortlist-company";
import type { CandidateAnswerNotice, ProposalNotice, ShortlistInvitation } from "@/db/queries/shortlists";
import { formatDate } from "@/domain/format";
import { notAFitReasonLabels } from "@/domain/labels";
import { roleTitle } from "@/domain/shortlist";

export const shortlistUrl = (token: string) => absoluteUrl(`/shortlist/${token}`);

/** To the candidate when a manager puts them forward: the role, and the company when the manager shows it. */
export function proposalEmail(notice: ProposalNotice): NewEmail {
  const where = notice.company ?? "a company we work with";
  return {
    kind: "proposal-candidate",
    to: notice.candidate.email,
    subject: `A role for you: ${roleTitle(notice.seniority, notice.role)} at ${where}`,
    message: {
      preview: `We would like to put you forward to ${where}.`,
      greeting: `Hello ${notice.candidate.name},`,
      paragraphs: [
        `Your profile matches a role at ${where}, and we would like to put you forward for it.`,
        "Tell us in your account whether you are interested. The company sees your profile without your name, email, links or CV; those are shared only if you are interested and the company asks to meet you.",
        ...(notice.company ? [] : ["We will tell you the company's name if it asks to interview you."]),
      ],
      details: [
        { label: "Role", value: notice.role },
        { label: "Seniority", value: notice.seniority },
        { label: "Company", value: notice.company ?? "Shared once you both say yes" },
      ],
      action: { label: "Answer in your account", href: absoluteUrl("/account#proposals") },
      footnotes: ["If you are not looking right now, answer “Not now”: nothing about you is shared."],
    },
  };
}

/** To the company's contact: the private link to its shortlist. */
export function shortlistEmail(invitation: ShortlistInvitation, token: string): NewEmail {
  const people = invitation.count === 1 ? "one developer" : `${invitation.count} developers`;
  return {
    kind: "shortlist-invitation",
    to: invitation.to,
    subject: `Your shortlist from Bedrock Talent: ${people}`,
    message: {
      preview: `We have ${people} for ${invitation.company} who would like to talk.`,
      greeting: `Hello ${invitation.name},`,
      paragraphs: [
        `Your shortlist for ${invitation.company} is ready: ${people}, each vetted by us and interested in your role.`,
        "For each one, choose “Interview” or “Not a fit”. When you ask to interview someone, you see their name, contact details and CV, and you can book the interview in their hours.",
      ],
      details: [{ label: "Link works until", value: formatDate(invitation.expiresAt) }],
      action: { label: "Open your shortlist", href: shortlistUrl(token) },
      footnotes: [
        "This link is private to you: anyone who has it can answer for your company, so please do not forward it.",
      ],
    },
  };
}

/**
 * The request's manager hears when a candidate says they are interested (not when they say it again):
 * someone to put on the shortlist, or who is on the link the company holds already.
 */
export function candidateAnswerEmails(notice: CandidateAnswerNotice): NewEmail[] {
  if (notice.answer !== "interested" || notice.previous === "interested" || !notice.manager) return [];
  const said = `${notice.candidate.name} is interested in the role “${notice.role}” at ${notice.company}.`;
  return [
    {
      kind: "proposal-interested",
      to: notice.manager.email,
      subject: `${notice.candidate.name} is interested: ${notice.company}`,
      message: {
        preview: said,
        paragraphs: [
          said,
          notice.onLiveShortlist
            ? "The shortlist link the company holds shows them now, without their name or contact details."
            : "Send the shortlist from the request when you are ready: it holds every interested candidate.",
        ],
        action: { label: "Open the request", href: absoluteUrl(`/admin/requests/${notice.requestId}`) },
      },
    },
  ];
}

/**
 * The manager hears every answer. The candidate hears either way: an invitation to interview, with
 * the company's name; or a kind "not this time", naming the company only if the manager showed it to
 * them and never with the company's reason or words, which the manager may pass on by writing to them.
 */
export function companyAnswerEmails(notice: CompanyAnswerNotice): NewEmail[] {
  const emails: NewEmail[] = [];
  const requestLink = { label: "Open the request", href: absoluteUrl(`/admin/requests/${notice.requestId}`) };
  if (notice.manager)
    emails.push(
      notice.answer.kind === "interview"
        ? {
            kind: "shortlist-answer",
            to: notice.manager.email,
            subject: `${notice.company} wants to interview ${notice.candidate.name}`,
            message: {
              preview: `${notice.company} asked to interview ${notice.candidate.name}.`,
              paragraphs: [
                `${notice.company} asked to interview ${notice.candidate.name} for the ${notice.role.toLowerCase()} role. The candidate's name, email and CV are now shown to the company.`,
              ],
              details: [{ label: "Company contact", value: `${notice.contact.name} <${notice.contact.email}>` }],
              action: requestLink,
            },
          }
        : {
            kind: "shortlist-answer",
            to: notice.manager.email,
            subject: `${notice.company} passed on ${notice.candidate.name}`,
            message: {
              preview: `${notice.company} passed on ${notice.candidate.name}.`,
              paragraphs: [`${notice.company} answered “Not a fit” for ${notice.candidate.name}.`],
              details: [
                { label: "Reason", value: notAFitReasonLabels[notice.answer.reason] },
                ...(notice.answer.comment ? [{ label: "In their words", value: notice.answer.comment }] : []),
              ],
              action: requestLink,
              footnotes: [
                `We told ${notice.candidate.name} that the company went another way this time, without its reason or words: to pass those on, write to them from their page in the dashboard.`,
              ],
            },
          },
    );
  if (notice.answer.kind === "interview")
    emails.push({
      kind: "proposal-interview",
      to: notice.candidate.email,
      subject: `${notice.company} would like to interview you`,
      message: {
        preview: `${notice.company} asked to meet you.`,
        greeting: `Hello ${notice.candidate.name},`,
        paragraphs: [
          `Good news: ${notice.company} read your profile and would like to interview you for the ${notice.role.toLowerCase()} role.`,
          "As you said you were interested, the company now sees your name, email and CV. It books the interview in the interview hours you share in your account, and you both get a calendar invitation.",
        ],
        action: { label: "Share or check your interview hours", href: absoluteUrl("/account/availability") },
      },
    });
  else emails.push(notAFitEmail(notice));
  return emails;
}

function notAFitEmail(notice: CompanyAnswerNotice): NewEmail {
  const at = notice.companyNameShown ? ` at ${notice.company}` : "";
  return {
    kind: "proposal-not-a-fit",
    to: notice.candidate.email,
    subject: `An update on the role “${notice.role}”${at}`,
    message: {
      preview: "The company went another way this time.",
      greeting: `Hello ${notice.candidate.name},`,
      paragraphs: [
        `Thank you for saying you were interested in the role “${notice.role}”${at}. The company read your profile and has decided to go another way this time.`,
        "This is one company's choice for one role, not a judgement of your vetting. The company saw your profile without your name, email, links or CV, and nothing more is shared.",
        "Your profile stays with us, and we will tell you when another role matches it.",
      ],
      action: { label: "See your roles in your account", href: absoluteUrl("/account#proposals") },
    },
  };
}

/** To a listed developer a company asked to interview from the directory. */
export function directoryAskEmail(candidate: { name: string; email: string }): NewEmail {
  return {
    kind: "proposal-candidate",
    to: candidate.email,
    subject: "A company asked to interview you",
    message: {
      preview: "A company found your profile in our developer directory.",
      greeting: `Hello ${candidate.name},`,
      paragraphs: [
        "A company found your profile in our developer directory and asked to interview you. A talent manager is looking at the request now.",
        "Tell us in your account whether you are interested. Your name, email, links and CV are shared only if you are interested and the company still wants to meet you; we tell you the company's name then.",
      ],
      action: { label: "Answer in your account", href: absoluteUrl("/account#proposals") },
      footnotes: [
        "If you are not looking right now, answer “Not now”: nothing about you is shared. You can leave the directory from your account at any time.",
      ],
    },
  };
}
