/**
 * What a flow or a write returns: its value, or the reason it refused, one of a closed set the
 * caller names. The words a person reads are chosen from the reason at the edge (the action or the
 * page), once per surface; db/ and the flows hold no sentences.
 */
export type Result<Value, Reason extends string> = { ok: true; value: Value } | { ok: false; reason: Reason };

export function ok(): { ok: true; value: undefined };
export function ok<Value>(value: Value): { ok: true; value: Value };
export function ok<Value>(value?: Value) {
  return { ok: true, value } as const;
}

export const refused = <Reason extends string>(reason: Reason) => ({ ok: false, reason }) as const;
