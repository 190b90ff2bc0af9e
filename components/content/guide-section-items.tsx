import { Card } from "@/components/ui/card";

type Item = { title?: string; text: string };

/** Items with titles read as labelled cards (skills, salaries); plain items as a bulleted list. */
export function GuideSectionItems({ items }: { items: Item[] }) {
  if (items.every((item) => item.title)) {
    return (
      <dl className="mt-6 grid gap-4 sm:grid-cols-2">
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: never reordered; keyed by its text, the page would carry each item twice
          <Card key={index}>
            <dt className="font-semibold">{item.title}</dt>
            <dd className="item-text mt-2">{item.text}</dd>
          </Card>
        ))}
      </dl>
    );
  }
  return (
    <ul className="bullets">
      {items.map((item, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: never reordered; keyed by its text, the page would carry each item twice
        <li key={index}>
          <span>
            {item.title ? <strong className="font-semibold">{item.title}: </strong> : null}
            {item.text}
          </span>
        </li>
      ))}
    </ul>
  );
}
