import { drizzle } from "drizzle-orm/node-postgres";
import { Client, Pool } from "pg";
import { inStatementSpan } from "../statement-span";
import * as schema from "./schema";

type Query = (...args: unknown[]) => unknown;

/**
 * A query method whose promise-returning calls (drizzle's) run inside a span when tracing is on. A
 * call with a callback is passed through: the pool's own query calls its client's that way, so a
 * statement is traced once.
 */
function traced(query: Query): Query {
  return (config, ...rest) => {
    const text = typeof config === "string" ? config : (config as { text?: unknown } | undefined)?.text;
    if (typeof text !== "string" || rest.some((arg) => typeof arg === "function")) return query(config, ...rest);
    return inStatementSpan("postgresql", text, () => query(config, ...rest));
  };
}

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
  // A connection in use that breaks (the server restarted mid-query) fails its query, not the process.
  pool.on("connect", (client) => {
    client.on("error", () => undefined);
    // A transaction's statements go through its own client.
    client.query = traced(client.query.bind(client) as Query) as typeof client.query;
  });
  pool.query = traced(pool.query.bind(pool) as Query) as typeof pool.query;
  return drizzle(pool, { schema });
}

export type PostgresDb = ReturnType<typeof createPostgresDb>;

/** Runs statements on the server of `url` through its `postgres` database, given the name `url` names. */
async function onServer(url: string, statements: (name: string) => string[]) {
  const server = new URL(url);
  const name = server.pathname.slice(1);
  server.pathname = "/postgres";
  const client = new Client({ connectionString: server.toString() });
  await client.connect();
  try {
    for (const statement of statements(name)) await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Makes the database `url` names a new, empty one (dropping one of that name). */
export const recreateDatabase = (url: string) =>
  onServer(url, (name) => [`DROP DATABASE IF EXISTS "${name}"`, `CREATE DATABASE "${name}"`]);

/** Drops the database `url` names, closing its connections first. */
export const dropDatabase = (url: string) =>
  onServer(url, (name) => [`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]);
