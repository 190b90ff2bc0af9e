import { engineOf } from "../config/database-engine";
import { createPostgresDb } from "./pg/client";
import * as postgresTables from "./pg/schema";
import { createDb, type Db } from "./sqlite/client";
import * as sqliteTables from "./sqlite/schema";

/**
 * A connection to the database at `url`, whichever engine it names, with that engine's tables, for
 * a script that looks at another process's database (the bench reading what the server it measures
 * stored). db/index.ts and db/schema.ts serve the engine of this process's own DATABASE_URL, which
 * may be another one. Typed as SQLite, like db/schema.ts (db/pg/schema-parity.test.ts).
 */
export function connectDatabase(url: string): {
  db: Db;
  tables: typeof sqliteTables;
  close: () => Promise<void>;
} {
  if (engineOf(url) === "postgres") {
    const database = createPostgresDb(url);
    return {
      db: database as unknown as Db,
      tables: postgresTables as unknown as typeof sqliteTables,
      close: () => database.$client.end(),
    };
  }
  const database = createDb(url);
  return {
    db: database,
    tables: sqliteTables,
    close: async () => {
      database.$client.close();
    },
  };
}

export type ConnectedDatabase = ReturnType<typeof connectDatabase>;
