/**
 * nginx in front of the site's instances, started from the repository's production example
 * (deploy/nginx/bedrock-talent.conf) with only its four `# here:` lines changed: the instances, the
 * port, the cache folder and the checkout. The e2e suite's PostgreSQL pass, the bench's several
 * instances and testing/nginx.test.ts run behind it. Installs Debian's nginx when it is missing, as
 * CI does on a fresh machine. Each nginx runs in a temporary folder of its own, removed when it stops.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { aptInstall } from "../services/test-apt";

const ROOT = resolve(import.meta.dirname, "..");
const EXAMPLE = join(ROOT, "deploy", "nginx", "bedrock-talent.conf");

export type Nginx = {
  url: string;
  /** nginx's own log of the requests it answered (`$request_id` among the fields). */
  accessLog: string;
  stop(): Promise<void>;
};

function nginxBinary(): string {
  const found = () =>
    ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"].find((path) => existsSync(path)) ??
    (spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).stdout.trim() || undefined);
  const binary = found();
  if (binary) return binary;
  aptInstall("nginx", "the site behind nginx");
  const installed = found();
  if (!installed) throw new Error("nginx was installed, but no nginx program was found");
  return installed;
}

/** Replaces the one line of the example that matches, and fails loudly when the example changed shape. */
function replaceOnce(text: string, pattern: RegExp, replacement: string) {
  const matches = text.match(new RegExp(pattern.source, "gm"))?.length ?? 0;
  if (matches !== 1)
    throw new Error(`deploy/nginx/bedrock-talent.conf: expected one line matching ${pattern}, found ${matches}`);
  return text.replace(new RegExp(pattern.source, "m"), replacement);
}

/** The example with this machine's instances, port and folders. */
export function siteConfig(options: { port: number; upstreams: number[]; cacheDir: string }) {
  let text = readFileSync(EXAMPLE, "utf8");
  text = replaceOnce(
    text,
    /(# here: the instances\n)(?:\s*server 127\.0\.0\.1:\d+( [^\n]*)?;\n)+/,
    `$1${options.upstreams.map((port) => `    server 127.0.0.1:${port}$2;\n`).join("")}`,
  );
  text = replaceOnce(text, /listen \d+; # here: the port/, `listen 127.0.0.1:${options.port};`);
  text = replaceOnce(text, /proxy_cache_path \S+/, `proxy_cache_path ${options.cacheDir}`);
  text = replaceOnce(text, /root \S+; # here: the checkout/, `root ${join(ROOT, "deploy", "nginx")};`);
  return text;
}

function listening(port: number) {
  return new Promise<boolean>((resolve) => {
    const socket = connect(port, "127.0.0.1");
    const answer = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once("connect", () => answer(true)).once("error", () => answer(false));
    socket.setTimeout(1_000, () => answer(false));
  });
}

/** Starts nginx on 127.0.0.1:`port` in front of the instances on `upstreams`; it answers once this resolves. */
export async function startNginx(options: { port: number; upstreams: number[] }): Promise<Nginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(join(tmpdir(), "bedrock-nginx-"));
  const siteFile = join(dir, "bedrock-talent.conf");
  writeFileSync(
    siteFile,
    siteConfig({ port: options.port, upstreams: options.upstreams, cacheDir: join(dir, "cache") }),
  );
  const accessLog = join(dir, "access.log");
  const mimeTypes = "/etc/nginx/mime.types";
  // What /etc/nginx/nginx.conf says on a server, kept to this folder: the example is included as conf.d is.
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      // As root the workers would switch to `nobody`, who cannot read this private folder.
      process.getuid?.() === 0 ? "user root;" : "",
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      "events { worker_connections 1024; }",
      "http {",
      existsSync(mimeTypes) ? `  include ${mimeTypes};` : "",
      "  default_type application/octet-stream;",
      `  log_format timed '$remote_addr "$request" $status $request_time $upstream_addr $request_id';`,
      `  access_log ${accessLog} timed;`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${join(dir, kind)};`),
      `  include ${siteFile};`,
      "}",
      "",
    ].join("\n"),
  );
  const args = ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", join(dir, "error.log")];
  const check = spawnSync(binary, [...args, "-t", "-q"], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t: ${check.stderr}`);
  const child: ChildProcess = spawn(binary, args, { stdio: ["ignore", "inherit", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; !(await listening(options.port)); attempt++) {
    if (child.exitCode !== null || attempt > 100) {
      const log = existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "";
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start on ${options.port}: ${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    accessLog,
    async stop() {
      // SIGQUIT: nginx's graceful stop (finishes the requests in hand).
      if (child.exitCode === null) child.kill("SIGQUIT");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
