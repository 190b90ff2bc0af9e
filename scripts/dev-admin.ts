/**
 * The development admin of DATABASE_URL (default ./data/app.db):
 *   npm run dev:admin -- --new-password   a new random password, printed once (and the account active again)
 *   npm run dev:admin -- --deactivate     sign it out and switch it off, e.g. to try `npm start` on this database
 */
import { parseArgs } from "node:util";
import { databaseLabel } from "../config/database-engine";
import { env } from "../config/env";
import { closeDb } from "../db/index";
import { DEV_ADMIN_EMAIL, deactivateDevAdmin, renewDevAdmin } from "../db/seed-staff";

const { values } = parseArgs({ options: { "new-password": { type: "boolean" }, deactivate: { type: "boolean" } } });
let code = 0;
if (values["new-password"] === values.deactivate) {
  console.error("Usage: npm run dev:admin -- --new-password | --deactivate");
  code = 1;
} else if (values.deactivate) {
  const done = await deactivateDevAdmin();
  console.log(
    done
      ? `Deactivated ${DEV_ADMIN_EMAIL} in ${databaseLabel(env.DATABASE_URL)}.`
      : `${databaseLabel(env.DATABASE_URL)} has no development admin; nothing changed.`,
  );
} else {
  const password = await renewDevAdmin();
  if (password)
    console.log(`\n  Development admin: ${DEV_ADMIN_EMAIL} / ${password}\n  Shown this once; stored only as a hash.\n`);
  else {
    console.error(`${databaseLabel(env.DATABASE_URL)} has no development admin: \`npm run dev\` creates it.`);
    code = 1;
  }
}
await closeDb();
process.exit(code);
