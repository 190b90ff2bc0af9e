/**
 * Whether a session token issued at `issuedAtSeconds` (JWT `iat`, whole seconds) is still accepted
 * after the account's sessions were cut off at `validAfter` (a password change or reset). The issue
 * time has no milliseconds, so a sign-in in the same second as the change counts as after it: the
 * reset page sends people straight to the sign-in form, and they may be that quick.
 */
export function sessionStillValid(issuedAtSeconds: number | undefined, validAfter: Date | null): boolean {
  if (issuedAtSeconds === undefined || !validAfter) return true;
  return issuedAtSeconds >= Math.floor(validAfter.getTime() / 1000);
}
