import { drizzle } from "drizzle-orm/node-postgres";
import { Client, Pool } from "pg";
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

/** Makes the database `url` names a new, empty one (dropping one of that name), through the server's `postgres` database. */
export async function recreateDatabase(url: string) {
  const server = new URL(url);
  const name = server.pathname.slice(1);
  server.pathname = "/postgres";
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}"`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
