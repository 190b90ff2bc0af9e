import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { LogoMark } from "@/components/site/logo";
import { SignOutButton } from "@/components/site/sign-out-button";
import { ZoneCookie } from "@/components/site/zone-cookie";
import { Container } from "@/components/ui/container";
import { NavLink } from "@/components/ui/nav-link";
import { requireStaff } from "@/services/session";

export const metadata: Metadata = {
  title: { default: "Dashboard", template: "%s · Dashboard" },
  robots: { index: false, follow: false },
};

const links = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/requests", label: "Requests" },
  { href: "/admin/calls", label: "Calls" },
  { href: "/admin/experts", label: "Experts" },
  { href: "/admin/candidates", label: "Candidates" },
  { href: "/admin/content", label: "Content" },
  { href: "/admin/outbox", label: "Outbox" },
  { href: "/admin/templates", label: "Templates" },
];
const adminLinks = [
  { href: "/admin/jobs", label: "Jobs" },
  { href: "/admin/webhooks", label: "Webhooks" },
  { href: "/admin/staff", label: "Staff" },
  { href: "/admin/audit", label: "Audit log" },
];

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireStaff("/admin");
  return (
    <div className="min-h-dvh bg-surface-muted">
      <header className="border-b border-line bg-white">
        <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
          <Link href="/admin" className="flex items-center gap-2 font-bold">
            <LogoMark className="h-7 w-7" />
            Talent dashboard
          </Link>
          {/* The sections are one row under the title, scrolling sideways on a phone rather than taking a third of the screen. */}
          <nav aria-label="Dashboard" className="order-last w-full">
            <ul className="-mx-1 flex gap-1 overflow-x-auto px-1 pb-1">
              {[...links, ...(user.role === "admin" ? adminLinks : [])].map((link) => (
                <li key={link.href}>
                  <NavLink href={link.href} exact={link.href === "/admin"}>
                    {link.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex items-center gap-2 text-sm text-ink-muted">
            <Link
              href="/account/sessions"
              className="inline-flex min-h-11 items-center rounded-md px-2 hover:bg-surface-muted hover:text-ink"
              title="Your password and signed-in devices"
            >
              {user.name} ({user.role})
            </Link>
            <SignOutButton />
          </div>
        </Container>
      </header>
      <ZoneCookie />
      <main id="main" tabIndex={-1}>
        <Container className="py-8">{children}</Container>
      </main>
    </div>
  );
}
