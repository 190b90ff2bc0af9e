import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { argon2Options } from "@/domain/password-hashing";

export { hashPassword } from "@/domain/password-hashing";

// A real hash of a random string: verifying against it costs the same as a real account,
// so a login for an unknown email takes as long as one with a wrong password.
const dummyHash = hash(`no-such-user-${Math.random()}`, argon2Options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
