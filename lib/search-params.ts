/** One string from Next's search params (arrays and absent values become undefined). */
export const param = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 200) : undefined);

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
  new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
