import type { Metadata } from "next";
import { SITE_NAME } from "@/components/site/logo";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { retention } from "@/domain/retention-policy";

export const metadata: Metadata = {
  title: "Privacy policy",
  description: `How ${SITE_NAME} collects, uses and protects the personal data of companies and candidates.`,
  alternates: { canonical: "/privacy" },
  openGraph: { url: "/privacy", title: "Privacy policy" },
};

const sections = [
  {
    title: "What we collect",
    text: "When you send a contact request or book a discovery call we store your name, work email, company and what you tell us about the role. Candidates give us their profile and CV. We also keep the time you gave your consent.",
  },
  {
    title: "Why we use it",
    text: "Only to answer your request, arrange and hold the call, and introduce candidates. We do not sell personal data or use it for advertising.",
  },
  {
    title: "Who can see it",
    text: "Our talent managers and the Talent Expert handling your request. Email is delivered through our mail provider. CVs are stored privately and are never publicly reachable. A candidate who turns on the private calendar feed of their interviews shares, with whoever holds its link, the interviews' times, the company's and their own name and the meeting links (no email address); they can make a new link or turn the feed off at any time, and deleting the account deletes it.",
  },
  {
    title: "What is sent where",
    text: "Emails go through our mail provider. A call or interview without a meeting link of its own takes place in a video room on Jitsi Meet, made for it under a name nobody can guess; Jitsi sees who joins it, as any video service does. When we tell our own or a client's systems what happened (webhooks: a request came in, a call was booked, moved or cancelled, a candidate's stage changed, a proposal or a shortlist was answered, an interview was booked, moved or cancelled, a hire was made), we send ids, reference numbers, company names, dates and stages — never a person's name, email address, CV or message. Once delivered, such a message is in that system: deleting your account here cannot reach into it.",
  },
  {
    title: "How long we keep it",
    text: `Requests and call records are kept for ${retention.leadsMonths} months after our last contact with you, then your name, email address and message are removed from them. A request our spam filter held for review is deleted ${retention.quarantineDays} days after you sent it (if we find it is real, it becomes a request like any other). If a candidate does not sign in for ${retention.inactiveAccountMonths} months, we email them; ${retention.noticeDays} days later, unless they have signed in, we delete their profile and CV and remove their name and email address from our records. We keep the full text of the emails we send for ${retention.emailBodyDays} days, then only who they went to and the subject, for ${retention.emailRecordMonths} months. Our security log (sign-ins and changes made by our staff) is kept for ${retention.auditMonths} months.`,
  },
  {
    title: "Deleting your account",
    text: "Candidates can export or delete their data from their account at any time. Deleting erases your profile and CV, and removes your name and email address from everything we keep: our notes about you, the emails we sent you, our security log and, once you have confirmed your email address, the requests and calls you made from it. What remains is an anonymous record that an application went through its stages, for our statistics.",
  },
  {
    title: "Your rights",
    text: "You can ask for a copy of your data, its correction or its deletion, and withdraw consent at any time, by replying to any email from us.",
  },
];

export default function PrivacyPage() {
  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <PageTitle className="sm:text-4xl">Privacy policy</PageTitle>
      <p className="mt-4 text-lg leading-8 text-ink-muted">
        {SITE_NAME} handles personal data only to connect companies with backend developers. This page explains what we
        keep and why.
      </p>
      <div className="mt-10 space-y-8">
        {sections.map((section, index) => (
          <section key={section.title} aria-labelledby={`privacy-${index}`}>
            <h2 id={`privacy-${index}`} className="text-xl font-semibold">
              {section.title}
            </h2>
            <p className="mt-2 leading-7 text-ink-muted">{section.text}</p>
          </section>
        ))}
      </div>
    </Container>
  );
}
