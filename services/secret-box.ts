import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/config/env";
import { getOrCreateSecret } from "@/db/queries/secrets";

/**
 * Secrets the site must read back to use (a webhook's signing secret; next, calendar passwords) are
 * stored sealed: AES-256-GCM under a key from the environment — ENCRYPTION_KEY, or else derived from
 * NEXTAUTH_SECRET — so a copy of the database alone does not give them away. Only a development
 * install without either keeps its key material in the database (as it does its session secret).
 */
let key: Promise<Buffer> | undefined;
const keyOf = () => {
  key ??= (async () => {
    const material = env.ENCRYPTION_KEY ?? env.NEXTAUTH_SECRET ?? (await getOrCreateSecret("nextauth"));
    return Buffer.from(hkdfSync("sha256", material, "bedrock-talent", "sealed secrets v1", 32));
  })();
  return key;
};

const VERSION = "v1";

export async function seal(plain: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", await keyOf(), iv);
  const sealed = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")}`;
}

/** The secret, or null when it cannot be opened: sealed under another key (the key changed) or altered. */
export async function unseal(sealed: string): Promise<string | null> {
  const [version, data] = sealed.split(".");
  if (version !== VERSION || !data) return null;
  const bytes = Buffer.from(data, "base64url");
  try {
    const decipher = createDecipheriv("aes-256-gcm", await keyOf(), bytes.subarray(0, 12));
    decipher.setAuthTag(bytes.subarray(12, 28));
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
