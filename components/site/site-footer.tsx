import Link from "next/link";
import { Container } from "../ui/container";
import { LogoMark, SITE_NAME } from "./logo";
import { mainNav } from "./navigation";

export function SiteFooter() {
  return (
    <footer className="border-t border-line bg-surface-muted">
      <Container className="grid gap-8 py-10 sm:grid-cols-2">
        <div>
          <p className="flex items-center gap-2 font-bold">
            <LogoMark className="h-6 w-6" />
            {SITE_NAME}
          </p>
          <p className="mt-3 max-w-sm text-sm leading-6 text-ink-muted">
            We find, vet and introduce backend developers to companies that need them, from a first hire to a whole
            team.
          </p>
        </div>
        {/* Its links are styled by .footer-nav (app/globals.css): one rule instead of a class on each. */}
        <nav aria-label="Footer" className="footer-nav">
          <ul>
            <li>
              <Link href="/">Home</Link>
            </li>
            {mainNav.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            {/* Not in the header: a sixth link there wraps every label onto two lines below about 1,150 px. */}
            <li>
              <Link href="/how-it-works">How it works</Link>
            </li>
            <li>
              <Link href="/privacy">Privacy policy</Link>
            </li>
          </ul>
        </nav>
      </Container>
      <Container className="border-t border-line py-6 text-sm text-ink-muted">
        <p>
          © {new Date().getFullYear()} {SITE_NAME}. Salary figures on this site are indicative averages.
        </p>
      </Container>
    </footer>
  );
}
