import type { Metadata } from "next";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { listSeniorityOptions } from "@/db/queries/content";
import { ContactForm } from "./contact-form";

export const metadata: Metadata = {
  title: "Contact us about hiring",
  description:
    "Tell us which backend developers you need: role, seniority, team size and start date. A Talent Expert replies within one business day.",
  alternates: { canonical: "/contact" },
  openGraph: { url: "/contact", title: "Contact us about hiring" },
};

/**
 * Prerendered, like the content pages (a content edit renders it again: the seniority levels are
 * content). What differs per visitor is not in the page: the form's signed token is fetched by the
 * form when it loads (without JavaScript, the first post is answered with a token and a request to
 * confirm), and the page the visitor came from travels with the post (see the action).
 */
export default async function ContactPage() {
  const seniorityOptions = await listSeniorityOptions();

  return (
    <Container className="grid gap-10 py-14 sm:py-20 lg:grid-cols-[1fr_24rem]">
      <div>
        <PageTitle className="sm:text-4xl">Tell us who you need</PageTitle>
        <p className="mt-4 max-w-2xl text-lg leading-8 text-ink-muted">
          Describe the role and the team. A Talent Expert reads every request and replies within one business day.
        </p>
        <div className="mt-8">
          <ContactForm seniorityOptions={seniorityOptions} defaultRole="Backend developer" />
        </div>
      </div>
      <aside className="space-y-4 lg:pt-24">
        <div className="rounded-(--radius-card) bg-surface-muted p-6">
          <h2 className="text-lg font-semibold">What happens next</h2>
          <ol className="mt-3 list-decimal space-y-2 pl-5 text-sm leading-6 text-ink-muted">
            <li>We email you a reference number for your request.</li>
            <li>A Talent Expert reviews your request and replies within one business day.</li>
            <li>We agree on the profile and introduce vetted candidates.</li>
          </ol>
        </div>
      </aside>
    </Container>
  );
}
