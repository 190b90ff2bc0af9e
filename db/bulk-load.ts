/**
 * Loading a large amount of invented data (npm run db:seed:scale): what each engine needs around it,
 * in db/sqlite/bulk-load.ts and db/pg/bulk-load.ts.
 */
import { engine } from "./engine";
import * as postgres from "./pg/bulk-load";
import * as sqlite from "./sqlite/bulk-load";

export const bulkLoad = (load: () => Promise<void>) =>
  engine === "postgres" ? postgres.bulkLoad(load) : sqlite.bulkLoad(load);
