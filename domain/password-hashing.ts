import { hash } from "@node-rs/argon2";

// Algorithm 2 = argon2id; OWASP's recommended minimum: 19 MiB memory, 2 iterations.
export const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, argon2Options);
