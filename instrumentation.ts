/**
 * Next calls this once when a server starts, before it answers any request (never during `next
 * build`). Checking the environment here stops a misconfigured server at boot, with one clear
 * message, rather than at its first request: in production that includes a real NEXTAUTH_SECRET
 * and a database without the development admin account.
 */
export async function register() {
  // The block form lets the Edge build of this file drop the Node-only code (no SQLite, no process events there).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    try {
      const { isProductionServer, parseEnv } = await import("./lib/env");
      parseEnv(process.env, { productionServer: isProductionServer(process.env) });
    } catch (error) {
      console.error(`\n${error instanceof Error ? error.message : String(error)}\n\nThe server was not started.\n`);
      process.exit(1);
    }
    const { closeDb, db } = await import("./db/index");
    const { env, isProductionServer } = await import("./lib/env");
    if (isProductionServer(process.env)) {
      const { devAdminProblem } = await import("./db/dev-admin");
      const problem = devAdminProblem(db, env.DATABASE_URL);
      if (problem) {
        console.error(`\n${problem}\n\nThe server was not started.\n`);
        closeDb();
        process.exit(1);
      }
    }
    // On SIGTERM/SIGINT `next start` stops accepting connections, lets in-flight requests and
    // after() work finish, then calls process.exit(): closing at exit is after the last query.
    process.once("exit", closeDb);
  }
}
