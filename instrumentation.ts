/**
 * Next calls this once when a server starts, before it answers any request (never during `next
 * build`). Checking the environment here stops a misconfigured server at boot, with one clear
 * message, rather than at its first request: in production that includes a real NEXTAUTH_SECRET
 * and a database without the development admin account, and the request preload
 * (server/preload.cjs), without which a client picks its own address. Then it starts working the job
 * queue when this server is the one to (services/jobs/runner.ts), and exports traces when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set (services/tracing.ts).
 */
/** One runner per process: `next dev` may load this file again. */
const JOB_RUNNER = Symbol.for("bedrock.jobs.runner");

export async function register() {
  // The block form lets the Edge build of this file drop the Node-only code (no SQLite, no process events there).
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Before anything can fail: a failed PostgreSQL query is logged without its parameters.
    const { redactLoggedQueryErrors } = await import("./db/log-redaction");
    redactLoggedQueryErrors();
    try {
      const { isProductionServer, parseEnv } = await import("./config/env");
      const productionServer = isProductionServer(process.env);
      parseEnv(process.env, { productionServer });
      const preload = (globalThis as { [key: symbol]: { servers: number; setting?: string } | undefined })[
        Symbol.for("bedrock.preload")
      ];
      if (productionServer && !preload?.servers) {
        throw new Error(
          "The request preload is not loaded, so every client could choose its own address (rate limits, sign-in throttling).\nStart the server with `npm start`, or `node --require ./server/preload.cjs node_modules/next/dist/bin/next start`.",
        );
      }
      if (preload?.servers && preload.setting !== (process.env.TRUSTED_PROXIES ?? "")) {
        throw new Error(
          "TRUSTED_PROXIES is not the value the request preload read when the server started; set it in the environment (or .env.production.local) before starting.",
        );
      }
    } catch (error) {
      console.error(`\n${error instanceof Error ? error.message : String(error)}\n\nThe server was not started.\n`);
      process.exit(1);
    }
    const { closeDb } = await import("./db/index");
    const { env, isProductionServer } = await import("./config/env");
    if (isProductionServer(process.env)) {
      const { devAdminProblem } = await import("./db/dev-admin");
      const problem = await devAdminProblem(env.DATABASE_URL);
      if (problem) {
        console.error(`\n${problem}\n\nThe server was not started.\n`);
        await closeDb();
        process.exit(1);
      }
    }
    // Traces, when OTEL_EXPORTER_OTLP_ENDPOINT is set: before the first request and the first job.
    const { sendSpansBeforeExit, startTracing } = await import("./services/tracing");
    const flushSpans = await startTracing();
    if (flushSpans) sendSpansBeforeExit(flushSpans);
    // The job queue, worked here on SQLite (and under `next dev`); on PostgreSQL by `npm run worker`.
    const { jobsInProcess, startJobRunner } = await import("./services/jobs/runner");
    const started = globalThis as { [key: symbol]: unknown };
    if (jobsInProcess() && !started[JOB_RUNNER]) {
      const runner = await startJobRunner();
      started[JOB_RUNNER] = runner;
      // While Next drains its requests, no new job starts (the process exits when they are done).
      for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void runner.stop());
    }
    // On SIGTERM/SIGINT `next start` stops accepting connections, lets in-flight requests and
    // after() work finish, then calls process.exit(): closing at exit is after the last query. An
    // exit handler cannot wait: SQLite closes synchronously (the WAL is checkpointed); PostgreSQL's
    // sockets close with the process.
    process.once("exit", () => void closeDb());
  }
}
