const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/**
 * The columns that identify an account by its email: `emailNormalized` (unique, lower-cased) and
 * `emailCanonical`, which folds aliases that reach the same inbox (a "+tag", dots and the second
 * domain at Gmail) so the same person registered twice shows up as a possible duplicate.
 * Keep in step with the backfill in db/migrations/0001_admin_work.sql.
 */
export function emailKeys(email: string) {
  const emailNormalized = email.trim().toLowerCase();
  const at = emailNormalized.lastIndexOf("@");
  if (at < 1) return { emailNormalized, emailCanonical: emailNormalized };
  const local = emailNormalized.slice(0, at).split("+")[0] ?? "";
  const domain = emailNormalized.slice(at + 1);
  const emailCanonical = GMAIL_DOMAINS.has(domain) ? `${local.replaceAll(".", "")}@gmail.com` : `${local}@${domain}`;
  return { emailNormalized, emailCanonical };
}
