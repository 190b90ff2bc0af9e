import Link from "next/link";
import { Container } from "../ui/container";
import { AccountLink } from "./account-link";
import { LogoMark, SITE_NAME } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { mainNav } from "./navigation";

/*
 * The main links, drawn twice (the wide bar, and the phone menu below 1280 px) from one element, which
 * React sends once in the page's payload; each place styles its links (.nav-bar a, .menu-panel a).
 */
const mainLinks = (
  <ul>
    {mainNav.map((item) => (
      <li key={item.href}>
        <Link href={item.href}>{item.label}</Link>
      </li>
    ))}
  </ul>
);

export function SiteHeader() {
  return (
    <header className="site-header">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="site-logo">
          <LogoMark />
          <span className="text-lg">{SITE_NAME}</span>
        </Link>
        <nav aria-label="Main" className="nav-bar">
          {mainLinks}
        </nav>
        <AccountLink className="account-link" />
        <MobileMenu>
          <nav aria-label="Main" className="menu-panel">
            {mainLinks}
            <div className="mt-1 border-t border-line pt-1">
              <AccountLink className="menu-link font-semibold text-brand-700" />
            </div>
          </nav>
        </MobileMenu>
      </Container>
    </header>
  );
}
