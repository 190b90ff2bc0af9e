import { env } from "../lib/env";
import { db } from "./index";
import { seedContent } from "./seed-content";
import { ensureDevAdmin, ensureStaff } from "./seed-staff";

const created = seedContent(db);
console.log(created.length > 0 ? `Seeded ${created.join(", ")}.` : "Seed: content already present, nothing to do.");

if (env.ADMIN_EMAIL && env.ADMIN_PASSWORD) {
  const made = await ensureStaff(db, { name: "Administrator", email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, role: "admin" });
  if (made) console.log(`Created admin ${env.ADMIN_EMAIL}.`);
}
// Only `npm run dev` passes --dev-admin: production databases never get this account.
if (process.argv.includes("--dev-admin")) {
  const admin = await ensureDevAdmin(db);
  console.log(`\n  Development admin login: ${admin.email} / ${admin.password}\n  Sign in at http://localhost:${env.PORT}/login\n`);
}
db.$client.close();
