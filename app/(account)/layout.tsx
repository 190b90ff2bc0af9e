import type { ReactNode } from "react";
import { SignOutButton } from "@/components/site/sign-out-button";
import { SiteShell } from "@/components/site/site-shell";
import { ZoneCookie } from "@/components/site/zone-cookie";
import { Container } from "@/components/ui/container";
import { NavLink } from "@/components/ui/nav-link";
import { getCurrentUser } from "@/services/session";

const candidateLinks = [
  { href: "/account", label: "Overview" },
  { href: "/account/profile", label: "Profile" },
  { href: "/account/experience", label: "Experience" },
  { href: "/account/availability", label: "Interview hours" },
  { href: "/account/password", label: "Password" },
  { href: "/account/sessions", label: "Devices" },
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
      <ZoneCookie />
      <div className="border-b border-line bg-surface-muted">
        <Container className="flex flex-wrap items-center justify-between gap-2 py-2">
          <nav aria-label="Account" className="min-w-0 max-w-full">
            {/* One row that scrolls sideways on a phone rather than wrapping unevenly. Deleting the account is on the overview, not a tab. */}
            <ul className="-mx-1 flex gap-1 overflow-x-auto px-1">
              {links.map((link) => (
                <li key={link.href}>
                  <NavLink href={link.href} exact={link.href === "/account" || link.href === "/admin"}>
                    {link.label}
                  </NavLink>
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
