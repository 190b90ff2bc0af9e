import { env } from "../config/env";
import { closeDb } from "./index";
import { seedContent } from "./seed-content";
import { ensureDevAdmin, ensureStaff } from "./seed-staff";

const created = await seedContent();
console.log(created.length > 0 ? `Seeded ${created.join(", ")}.` : "Seed: content already present, nothing to do.");

if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
  const made = await ensureStaff({
    name: "Administrator",
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
    role: "admin",
  });
  if (made === "created") console.log(`Created admin ${env.ADMIN_EMAIL}.`);
  if (typeof made === "object") {
    // The same rule as every account's password: the start stops here, saying why, and stores nothing.
    console.error(`ADMIN_PASSWORD refused, no admin created: ${made.weakPassword}`);
    process.exitCode = 1;
  }
}
// Only `npm run dev` passes --dev-admin: production databases never get this account (and refuse to serve it).
if (process.argv.includes("--dev-admin")) {
  const admin = await ensureDevAdmin();
  const login = `http://localhost:${env.PORT}/login`;
  const renew = "A new password: npm run dev:admin -- --new-password";
  const lines =
    admin.note === "created"
      ? [
          `Development admin created: ${admin.email} / ${admin.password}`,
          "The password is shown this once and stored only as a hash: keep it.",
          renew,
        ]
      : admin.note === "last-time"
        ? [
            `Development admin: ${admin.email} / ${admin.password}`,
            "This password is no longer kept in the database; it is shown this one last time.",
            renew,
          ]
        : [
            `Development admin: ${admin.email} (its password was shown when the account was created)`,
            `${renew}${admin.active ? "" : " (the account is deactivated: this also reactivates it)"}`,
          ];
  console.log(`\n  ${[...lines, `Sign in at ${login}`].join("\n  ")}\n`);
}
await closeDb();
