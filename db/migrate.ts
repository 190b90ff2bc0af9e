import { databaseLabel } from "../config/database-engine";
import { env } from "../config/env";
import { migrateDatabase } from "./migrator";

await migrateDatabase();
console.log(`Database ready: ${databaseLabel(env.DATABASE_URL)}`);
