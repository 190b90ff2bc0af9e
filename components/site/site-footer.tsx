import { TextLink } from "@/components/ui/text-link";
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
        <nav aria-label="Footer">
          <ul className="grid gap-2 text-sm sm:justify-end">
            <li>
              <TextLink variant="muted" href="/">
                Home
              </TextLink>
            </li>
            {mainNav.map((item) => (
              <li key={item.href}>
                <TextLink variant="muted" href={item.href}>
                  {item.label}
                </TextLink>
              </li>
            ))}
            {/* Not in the header: a sixth link there wraps every label onto two lines below about 1,150 px. */}
            <li>
              <TextLink variant="muted" href="/how-it-works">
                How it works
              </TextLink>
            </li>
            <li>
              <TextLink variant="muted" href="/privacy">
                Privacy policy
              </TextLink>
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
