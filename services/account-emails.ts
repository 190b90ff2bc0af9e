import { absoluteUrl } from "@/config/site";
import type { NewContactRequestInput } from "@/db/queries/contact-requests";
import type { NewEmail } from "@/db/queries/outbox";
import type { CandidateStage } from "@/db/schema";
import { candidateStageText, desiredStartLabel } from "@/domain/labels";
import { retention } from "@/domain/retention-policy";

type Person = { name: string; email: string };

/** The first email of a new candidate: what happens next, and the link that proves the address. */
export function welcomeEmail(user: Person, token: string): NewEmail {
  return {
    kind: "email-verification",
    to: user.email,
    subject: "Welcome to Bedrock Talent: please confirm your email address",
    message: {
      preview: "Confirm your address, then submit your profile.",
      greeting: `Hello ${user.name},`,
      paragraphs: [
        "Welcome to Bedrock Talent, and thank you for creating an account.",
        "Please confirm that this address is yours: the link works for 24 hours. You can fill in your profile in the meantime and submit it once your address is confirmed. A talent manager then reviews it, and your account shows its stage at every step.",
      ],
      action: { label: "Confirm my email address", href: absoluteUrl(`/verify-email/${token}`) },
      footnotes: ["If you did not create an account, ignore this email and nothing more will happen."],
    },
  };
}

/** Someone registered an address that already has an account: its owner hears about it, the visitor learns nothing. */
export function accountExistsEmail(owner: Person): NewEmail {
  return {
    kind: "register-existing",
    to: owner.email,
    subject: "Someone tried to create a Bedrock Talent account with your address",
    message: {
      preview: "You already have an account, so nothing was changed.",
      greeting: `Hello ${owner.name},`,
      paragraphs: [
        "Someone, perhaps you, just tried to create a Bedrock Talent account with this email address. You already have an account, so nothing was changed.",
      ],
      action: { label: "Sign in", href: absoluteUrl("/login") },
      links: [{ label: "Forgot your password?", href: absoluteUrl("/forgot-password") }],
      footnotes: ["If this was not you, you can ignore this email."],
    },
  };
}

export function passwordResetEmail(user: Person, token: string): NewEmail {
  return {
    kind: "password-reset",
    to: user.email,
    subject: "Reset your Bedrock Talent password",
    message: {
      preview: "Use the link within one hour to choose a new password.",
      greeting: `Hello ${user.name},`,
      paragraphs: ["Use this link within one hour to choose a new password."],
      action: { label: "Choose a new password", href: absoluteUrl(`/reset-password/${token}`) },
      footnotes: ["If you did not ask for this, ignore this email: your password stays the same."],
    },
  };
}

/** The warning an inactive candidate gets before their data is anonymised. */
export function retentionNoticeEmail(user: Person & { anonymiseOn: Date }): NewEmail {
  const on = user.anonymiseOn.toISOString().slice(0, 10);
  return {
    kind: "retention-notice",
    to: user.email,
    subject: `Your Bedrock Talent profile will be deleted in ${retention.noticeDays} days`,
    message: {
      preview: `Sign in before ${on} to keep your profile.`,
      greeting: `Hello ${user.name},`,
      paragraphs: [
        `You have not signed in to Bedrock Talent for ${retention.inactiveAccountMonths} months. As our privacy policy promises, we do not keep an inactive profile for longer: on ${on} we will delete your profile and CV and anonymise your account.`,
        "To keep your profile, sign in before then.",
      ],
      action: { label: "Sign in to keep my profile", href: absoluteUrl("/login") },
      links: [{ label: "Delete everything now instead", href: absoluteUrl("/account/delete") }],
    },
  };
}

/**
 * The receipt for a contact request. It repeats only what the visitor chose from lists, never the
 * text they typed: anyone can type any address into the form, and the site must not carry a
 * stranger's words to it.
 */
export function contactReceiptEmail(
  request: Pick<NewContactRequestInput, "name" | "email" | "seniority" | "developers" | "desiredStart">,
  reference: string,
): NewEmail {
  return {
    kind: "contact-receipt",
    to: request.email,
    subject: `We received your request (${reference})`,
    message: {
      preview: `Your reference is ${reference}. A Talent Expert replies within one business day.`,
      greeting: `Hello ${request.name},`,
      paragraphs: [
        "Thank you for telling us about the developers you need. A Talent Expert reads every request and will reply within one business day.",
      ],
      details: [
        { label: "Reference", value: reference },
        { label: "Developers", value: `${request.developers} × ${request.seniority}` },
        { label: "Start", value: desiredStartLabel(request.desiredStart) },
      ],
      action: { label: "Book a 30-minute discovery call", href: absoluteUrl("/book") },
      footnotes: [
        "Quote the reference if you write to us. If you did not send this request, ignore this email: we will not write again unless you answer.",
      ],
    },
  };
}

/**
 * The receipt for an "Ask to interview": it names the developer as the directory shows them, and
 * offers a discovery call only to an address with none coming up. Like the contact receipt, it
 * repeats none of the words typed into the form.
 */
export function interviewAskReceiptEmail(
  request: Pick<NewContactRequestInput, "name" | "email" | "desiredStart">,
  ask: { reference: string; developer: string; upcomingCall: boolean },
): NewEmail {
  return {
    kind: "contact-receipt",
    to: request.email,
    subject: `Your request to interview ${ask.developer} (${ask.reference})`,
    message: {
      preview: `Your reference is ${ask.reference}. A talent manager replies within one business day.`,
      greeting: `Hello ${request.name},`,
      paragraphs: [
        `Thank you for asking to interview ${ask.developer} from our developer directory. We have asked them whether they are interested, and a talent manager will reply within one business day.`,
        ask.upcomingCall
          ? `You already have a discovery call with us coming up: we can talk about ${ask.developer} there too.`
          : "A 30-minute discovery call helps us understand the role and suggest other developers who fit it.",
      ],
      details: [
        { label: "Reference", value: ask.reference },
        { label: "Developer", value: ask.developer },
        { label: "Start", value: desiredStartLabel(request.desiredStart) },
      ],
      ...(ask.upcomingCall ? {} : { action: { label: "Book a 30-minute discovery call", href: absoluteUrl("/book") } }),
      footnotes: [
        "Quote the reference if you write to us. If you did not send this request, ignore this email: we will not write again unless you answer.",
      ],
    },
  };
}

/**
 * A candidate hears of every stage their account shows, in the same words. Submitting is their own
 * step, so its email is the receipt for the profile.
 */
export function stageEmail(candidate: Person, stage: CandidateStage, reason: string | null): NewEmail {
  const { title, text } = candidateStageText[stage];
  const received = stage === "submitted";
  return {
    kind: received ? "profile-received" : "stage-change",
    to: candidate.email,
    subject: received ? "We received your Bedrock Talent profile" : `Your Bedrock Talent application: ${title}`,
    message: {
      preview: text,
      greeting: `Hello ${candidate.name},`,
      paragraphs: [
        received
          ? "Thank you: your profile has been submitted to our talent managers."
          : `Your application has moved to a new stage: ${title}.`,
        text,
      ],
      details: reason ? [{ label: "Note from your talent manager", value: reason }] : undefined,
      action: { label: "See your application", href: absoluteUrl("/account") },
    },
  };
}
