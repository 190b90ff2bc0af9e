import { Card } from "@/components/ui/card";

type Item = { title?: string; text: string };

/** Items with titles read as labelled cards (skills, salaries); plain items as a bulleted list. */
export function GuideSectionItems({ items }: { items: Item[] }) {
  if (items.every((item) => item.title)) {
    return (
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        {items.map((item) => (
          <Card key={item.title}>
            <dt className="font-semibold">{item.title}</dt>
            <dd className="mt-2 text-sm leading-6 text-ink-muted">{item.text}</dd>
          </Card>
        ))}
      </dl>
    );
  }
  return (
    <ul className="mt-6 space-y-3">
      {items.map((item) => (
        <li key={item.text} className="flex gap-3 leading-7">
          <span aria-hidden="true" className="mt-2.5 h-2 w-2 shrink-0 rounded-full bg-brand-600" />
          <span>
            {item.title ? <strong className="font-semibold">{item.title}: </strong> : null}
            {item.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
