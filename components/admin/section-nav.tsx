import Link from "next/link";

/**
 * The sections of a long editor as links (`?section=`), one shown at a time. Plain links, so they
 * work without JavaScript; the current one is marked for screen readers and visibly.
 */
export function SectionNav({
  label,
  path,
  sections,
  current,
}: {
  label: string;
  path: string;
  sections: readonly { key: string; title: string }[];
  current: string;
}) {
  return (
    <nav aria-label={label} className="-mx-1 overflow-x-auto">
      <ul className="flex gap-1 border-b border-line px-1">
        {sections.map((section) => (
          <li key={section.key}>
            <Link
              href={`${path}?section=${section.key}`}
              aria-current={section.key === current ? "page" : undefined}
              className="-mb-px inline-flex min-h-11 items-center whitespace-nowrap border-b-2 border-transparent px-3 text-sm font-medium text-ink-muted hover:text-ink aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
            >
              {section.title}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
