// Letters that Unicode does not decompose into a base letter and a mark.
const special: Record<string, string> = { ł: "l", ø: "o", ß: "ss", æ: "ae", đ: "d" };

/** "Zoë O'Brien" → "zoe-o-brien": lower-case letters, digits and single dashes, for addresses and anchors. */
export function slugify(text: string, fallback: string, maxLength = 40): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[łøßæđ]/g, (letter) => special[letter] ?? "")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
  return slug || fallback;
}

/** The slug itself, or with "-2", "-3" … appended until `taken` says it is free. */
export function uniqueSlug(slug: string, taken: (candidate: string) => boolean): string {
  let candidate = slug;
  for (let n = 2; taken(candidate); n++) candidate = `${slug}-${n}`;
  return candidate;
}
