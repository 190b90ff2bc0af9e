import "server-only";
import { hash, verify } from "@node-rs/argon2";

// Algorithm 2 = argon2id; OWASP's recommended minimum: 19 MiB memory, 2 iterations.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, options);

// A real hash of a random string: verifying against it costs the same as a real account,
// so a login for an unknown email takes as long as one with a wrong password.
const dummyHash = hash(`no-such-user-${Math.random()}`, options);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? (await dummyHash), password);
  } catch {
    return false;
  }
}
