import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/site/sign-out-button";
import { SiteShell } from "@/components/site/site-shell";
import { Container } from "@/components/ui/container";
import { getCurrentUser } from "@/lib/session";

const candidateLinks = [
  { href: "/account", label: "Overview" },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/password", label: "Password" },
  { href: "/account/sessions", label: "Devices" },
  { href: "/account/delete", label: "Delete account" },
];
// Staff reach the pages every account has (password, devices) from the dashboard.
const staffLinks = [
  { href: "/admin", label: "Dashboard" },
  { href: "/account/password", label: "Password" },
  { href: "/account/sessions", label: "Devices" },
];

export default async function AccountLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  const links = user && user.role !== "candidate" ? staffLinks : candidateLinks;
  return (
    <SiteShell>
      <div className="border-b border-line bg-surface-muted">
        <Container className="flex flex-wrap items-center justify-between gap-2 py-2">
          <nav aria-label="Account">
            <ul className="flex flex-wrap gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-ink-muted hover:bg-white hover:text-ink">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SignOutButton />
        </Container>
      </div>
      <Container className="max-w-3xl py-10 sm:py-14">{children}</Container>
    </SiteShell>
  );
}
