import { env } from "../config/env";
import { closeDb, db } from "./index";
import { migrateDatabase } from "./migrator";

migrateDatabase(db);
console.log(`Database ready: ${env.DATABASE_URL}`);
closeDb();
