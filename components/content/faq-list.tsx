type Faq = { id: number; question: string; answer: string };

/** Questions as disclosures (no JavaScript needed, keyboard-operable); an answer keeps its line breaks. */
export function FaqList({ faqs }: { faqs: Faq[] }) {
  return (
    <div className="max-w-3xl divide-y divide-line border-y border-line">
      {faqs.map((faq) => (
        <details key={faq.id} className="group">
          <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-4 py-4 font-semibold [&::-webkit-details-marker]:hidden">
            {faq.question}
            <span aria-hidden="true" className="text-xl leading-none text-brand-700 group-open:rotate-45">
              +
            </span>
          </summary>
          <p className="pb-5 leading-7 whitespace-pre-line text-ink-muted">{faq.answer}</p>
        </details>
      ))}
    </div>
  );
}
