import Link from "next/link";
import { Container } from "../ui/container";
import { AccountLink } from "./account-link";
import { LogoMark, SITE_NAME } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { mainNav } from "./navigation";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-line bg-white/95 backdrop-blur">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="flex items-center gap-2 rounded-md font-bold tracking-tight text-ink">
          <LogoMark />
          <span className="text-lg">{SITE_NAME}</span>
        </Link>
        <nav aria-label="Main" className="hidden lg:block">
          <ul className="flex items-center gap-1">
            {mainNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="nav-link">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountLink className="hidden rounded-md border border-line px-3 py-2 text-sm font-semibold text-ink hover:border-brand-600 hover:text-brand-700 lg:block" />
        <MobileMenu>
          <nav
            aria-label="Main"
            className="absolute right-0 mt-2 w-64 rounded-lg border border-line bg-white p-2 shadow-(--shadow-card)"
          >
            <ul>
              {mainNav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="menu-link">
                    {item.label}
                  </Link>
                </li>
              ))}
              <li className="mt-1 border-t border-line pt-1">
                <AccountLink className="block rounded-md px-3 py-3 text-sm font-semibold text-brand-700 hover:bg-surface-muted" />
              </li>
            </ul>
          </nav>
        </MobileMenu>
      </Container>
    </header>
  );
}
