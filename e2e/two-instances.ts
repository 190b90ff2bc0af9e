/**
 * The site as several instances serve it: one build, two `next start` processes on one PostgreSQL
 * database, and in front of them nginx, started from the production example
 * (deploy/nginx/bedrock-talent.conf), which sends each request to the next instance in turn (so a
 * form rendered by one is posted to the other, a sign-in on one is used on the other). The suite's
 * webServer on PostgreSQL, with a job worker (`npm run worker`) beside the instances; it reads the
 * same environment `npm start` does, and PORT is nginx's. Stopping it (SIGTERM) stops them all.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { recreateDatabase } from "../db/pg/client";
import { startNginx } from "../testing/nginx";

const port = Number(process.env.PORT);
const instances = [port + 10, port + 11];

// A fresh database for this run (the URL names it; the server is the suite's throwaway one).
await recreateDatabase(process.env.DATABASE_URL ?? "");

const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

// As `npm start` runs the server: with the request preload (which resolves the client's address).
const startCommand = [
  "--require",
  resolve("server", "preload.cjs"),
  resolve("node_modules", "next", "dist", "bin", "next"),
  "start",
];
const children: ChildProcess[] = instances.map((instancePort) =>
  spawn(process.execPath, startCommand, {
    stdio: "inherit",
    env: { ...process.env, PORT: String(instancePort) },
  }),
);
// The job queue's worker, as an operator runs it beside the web servers: it delivers the emails.
children.push(
  spawn(
    resolve("node_modules", ".bin", "tsx"),
    ["--tsconfig", "tsconfig.scripts.json", resolve("scripts", "worker.ts")],
    {
      stdio: "inherit",
      // Its metrics on a port of its own (observability.spec.ts scrapes the deliveries it counts).
      env: { ...process.env, WORKER_METRICS_PORT: String(port + 12) },
    },
  ),
);

/** nginx opens once both instances answer, so no test meets a half-started site. */
async function healthy(instancePort: number) {
  for (let attempt = 0; attempt < 600; attempt++) {
    const ok = await fetch(`http://127.0.0.1:${instancePort}/api/health`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the instance on ${instancePort} did not start`);
}

await Promise.all(instances.map(healthy));
const nginx = await startNginx({ port, upstreams: instances });
console.log(`nginx on ${port}, sending requests in turn to ${instances.join(" and ")}`);

function stop(code: number) {
  void nginx.stop();
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0));
for (const child of children) child.on("exit", (code) => stop(code ?? 1));
