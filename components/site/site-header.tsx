import Link from "next/link";
import { Container } from "../ui/container";
import { AccountLink } from "./account-link";
import { LogoMark, SITE_NAME } from "./logo";
import { MobileMenu } from "./mobile-menu";
import { mainNav } from "./navigation";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Container className="flex h-16 items-center justify-between gap-4">
        <Link href="/" className="site-logo">
          <LogoMark />
          <span className="text-lg">{SITE_NAME}</span>
        </Link>
        <nav aria-label="Main" className="hidden xl:block">
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
        <AccountLink className="account-link" />
        <MobileMenu>
          <nav aria-label="Main" className="menu-panel">
            <ul>
              {mainNav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} className="menu-link">
                    {item.label}
                  </Link>
                </li>
              ))}
              <li className="mt-1 border-t border-line pt-1">
                <AccountLink className="menu-link font-semibold text-brand-700" />
              </li>
            </ul>
          </nav>
        </MobileMenu>
      </Container>
    </header>
  );
}
