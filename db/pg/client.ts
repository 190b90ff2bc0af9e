import { drizzle } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import * as schema from "./schema";

/**
 * A pool of connections to PostgreSQL. A connection that breaks while idle (the server restarted)
 * is dropped from the pool and reported, not thrown: the next query opens a new one, so the app
 * reconnects by itself when the server is back.
 */
export function createPostgresDb(url: string) {
  const pool = new Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  return drizzle(pool, { schema });
}

export type PostgresDb = ReturnType<typeof createPostgresDb>;
