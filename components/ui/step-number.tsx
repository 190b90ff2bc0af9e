/** The round number beside an item of an ordered list; hidden from screen readers, which announce the list's own numbers. */
export function StepNumber({ n }: { n: number }) {
  return (
    <span
      aria-hidden="true"
      className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-800"
    >
      {n}
    </span>
  );
}
