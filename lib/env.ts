import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .min(1, "must name an SQLite file, e.g. ./data/app.db")
    .default("./data/app.db")
    .transform((value) => value.replace(/^(sqlite:|file:)/, "")),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Defaults to http://localhost:$PORT, so a local `PORT=4000 npm start` links to itself. */
  SITE_URL: z.url("must be an absolute URL, e.g. https://hire.example.com").optional(),
  SMTP_URL: z
    .url("must be an SMTP URL, e.g. smtp://user:pass@mail.example.com:587")
    .refine((value) => /^smtps?:/.test(value), "must start with smtp:// or smtps://")
    .optional(),
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional(),
  ADMIN_EMAIL: z.email("must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  MAIL_FROM: z.string().trim().min(3).default("Bedrock Talent <talent@bedrock-talent.example>"),
}).refine((env) => Boolean(env.ADMIN_EMAIL) === Boolean(env.ADMIN_PASSWORD), {
  path: ["ADMIN_PASSWORD"],
  message: "ADMIN_EMAIL and ADMIN_PASSWORD must be set together",
});

export type Env = Omit<z.infer<typeof schema>, "SITE_URL"> & { SITE_URL: string };

/** Parses the given variables and lists every problem at once, so a misconfigured boot fails in one go. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment variables:\n${problems.join("\n")}`);
  }
  return { ...result.data, SITE_URL: result.data.SITE_URL ?? `http://localhost:${result.data.PORT}` };
}

export const env = parseEnv(process.env);
