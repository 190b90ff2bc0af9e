import { env } from "../config/env";
import { migrateDatabase } from "./migrator";

await migrateDatabase();
console.log(`Database ready: ${env.DATABASE_URL.replace(/\/\/[^@/]*@/, "//…@")}`);
