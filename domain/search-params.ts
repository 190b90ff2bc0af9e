/**
 * One string from Next's search params (arrays and absent values become undefined). Control characters
 * become spaces: server/preload.cjs already refuses them, and a NUL would end an FTS5 string.
 */
export function param(value: string | string[] | undefined): string | undefined {
  const text = typeof value === "string" ? value.replace(/[\u0000-\u001f\u007f]/g, " ").trim() : "";
  return text !== "" ? text.slice(0, 200) : undefined;
}

export const pageParam = (value: string | string[] | undefined) => {
  const page = Number(param(value) ?? 1);
  return Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1;
};

export const oneOf = <T extends string>(value: string | string[] | undefined, options: readonly T[]): T | undefined => {
  const text = param(value);
  return options.find((option) => option === text);
};

/** The current filters as a query string (empty values left out), for links that keep the view. */
export const filterQuery = (filters: Record<string, string | undefined>) =>
  new URLSearchParams(
    Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
