/**
 * How many rows a dashboard list matched. Lists count up to a limit and no further (an exact count of
 * 1,000,000 rows costs more than the page itself), so past it the count is a floor, not a figure.
 */
export type ListTotal = { count: number; exact: boolean };

/** "2,345", or past the limit "10,000+". */
export const countText = (total: ListTotal) => `${total.count.toLocaleString("en-US")}${total.exact ? "" : "+"}`;

/** "1 result", "2,345 results", or past the limit "10,000+ results". */
export const totalLabel = (total: ListTotal, noun = "result") =>
  `${countText(total)} ${noun}${total.count === 1 && total.exact ? "" : "s"}`;

/** Lists count their matches up to this many. */
export const LIST_COUNT_LIMIT = 10_000;

/** A count made with `LIST_COUNT_LIMIT + 1` as its limit, as the lists show it. */
export const listTotal = (counted: number): ListTotal => ({
  count: Math.min(counted, LIST_COUNT_LIMIT),
  exact: counted <= LIST_COUNT_LIMIT,
});
