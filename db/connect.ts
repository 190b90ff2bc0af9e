import { engineOf } from "../config/database-engine";
import { createPostgresDb } from "./pg/client";
import { createDb, type Db } from "./sqlite/client";

/**
 * A connection to the database at `url`, whichever engine it names, for a script that looks at
 * another process's database (the bench reading what the server it measures stored). The app's own
 * handle is db/index.ts.
 */
export function connectDatabase(url: string): { db: Db; close: () => Promise<void> } {
  if (engineOf(url) === "postgres") {
    const database = createPostgresDb(url);
    return { db: database as unknown as Db, close: () => database.$client.end() };
  }
  const database = createDb(url);
  return {
    db: database,
    close: async () => {
      database.$client.close();
    },
  };
}
