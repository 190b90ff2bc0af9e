/** The largest id a record can have: ids are 32-bit integers on PostgreSQL. */
export const LARGEST_ID = 2_147_483_647;

/**
 * A route's `[id]` as a record id, or null when no record can have it. A larger number would reach
 * PostgreSQL as an integer out of range, a 500, where the page means "no such record", a 404.
 */
export function parseRecordId(param: string): number | null {
  const id = /^\d{1,10}$/.test(param) ? Number(param) : 0;
  return id > 0 && id <= LARGEST_ID ? id : null;
}
