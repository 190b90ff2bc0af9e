import { env } from "../config/env";
import { db } from "./index";
import { migrateDatabase } from "./migrator";

migrateDatabase(db);
console.log(`Database ready: ${env.DATABASE_URL}`);
db.$client.close();
