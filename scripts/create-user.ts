/**
 * Creates a staff account: npm run user:create -- --email ops@example.com --name "Ops" --role manager
 * The password comes from USER_PASSWORD, so it never appears in the shell history.
 */
import { parseArgs } from "node:util";
import { closeDb } from "../db/index";
import { ensureStaff } from "../db/seed-staff";
import { passwordProblem } from "../domain/password-policy";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "manager" } },
});
const password = process.env.USER_PASSWORD ?? "";
const role = values.role === "admin" ? "admin" : values.role === "manager" ? "manager" : null;
const problem = passwordProblem(password, { email: values.email, name: values.name });
if (!values.email || !values.name || !role || problem) {
  console.error(
    `Usage: USER_PASSWORD=… npm run user:create -- --email EMAIL --name NAME --role manager|admin${problem ? `\nPassword: ${problem}` : ""}`,
  );
  process.exit(1);
}
const made = await ensureStaff({ email: values.email, name: values.name, password, role });
console.log(
  made ? `Created ${role} ${values.email}.` : `An account with ${values.email} already exists; nothing changed.`,
);
await closeDb();
