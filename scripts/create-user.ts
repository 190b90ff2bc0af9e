/**
 * Creates a staff account: npm run user:create -- --email ops@example.com --name "Ops" --role manager
 * The password comes from USER_PASSWORD, so it never appears in the shell history.
 */
import { parseArgs } from "node:util";
import { closeDb } from "../db/index";
import { ensureStaff } from "../db/seed-staff";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "manager" } },
});
const password = process.env.USER_PASSWORD ?? "";
const role = values.role === "admin" ? "admin" : values.role === "manager" ? "manager" : null;
if (!values.email || !values.name || !role) {
  console.error("Usage: USER_PASSWORD=… npm run user:create -- --email EMAIL --name NAME --role manager|admin");
  process.exit(1);
}
const made = await ensureStaff({ email: values.email, name: values.name, password, role });
if (made === "created") console.log(`Created ${role} ${values.email}.`);
else if (made === "exists") console.log(`An account with ${values.email} already exists; nothing changed.`);
else {
  console.error(`USER_PASSWORD refused, nothing created: ${made.weakPassword}`);
  process.exitCode = 1;
}
await closeDb();
