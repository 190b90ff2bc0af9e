import { createHash, randomBytes } from "node:crypto";

/** 256 random bits, URL-safe. Only its hash is stored; the token lives in the visitor's link. */
export function createManageToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export const isWellFormedToken = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
