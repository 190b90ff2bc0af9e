import { createServer, type IncomingMessage, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyClientAddress, parseTrustedProxies } from "../server/trusted-proxies.cjs";
import { type Nginx, startNginx } from "./nginx";

/*
 * The repository's nginx example (deploy/nginx/bedrock-talent.conf) on a real nginx, in front of two
 * small HTTP servers standing in for the instances: they answer what they were sent, and read the
 * client's address as the app does with TRUSTED_PROXIES=loopback.
 */
type Instance = { name: string; server: Server; port: number; connections: number; staticHits: number };
const loopback = parseTrustedProxies("loopback");
const STATIC_JS = `/* a chunk */ ${"export const value = 'static';\n".repeat(200)}`;

async function startInstance(name: string): Promise<Instance> {
  const instance = { name, connections: 0, staticHits: 0 } as Instance;
  instance.server = createServer((incoming, response) => {
    const sentHeaders = { ...incoming.headers };
    applyClientAddress(incoming, loopback);
    if (incoming.url?.startsWith("/_next/static/")) {
      instance.staticHits += 1;
      response.writeHead(200, {
        "Content-Type": "application/javascript",
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Accept-Encoding-Seen": String(sentHeaders["accept-encoding"] ?? "none"),
      });
      return void response.end(STATIC_JS);
    }
    if (incoming.url === "/api/health") {
      response.writeHead(503, { "Content-Type": "application/json" });
      return void response.end(JSON.stringify({ status: "unavailable", from: name }));
    }
    if (incoming.url === "/big") {
      response.writeHead(200, { "Content-Type": "text/plain" });
      return void response.end("a line of plain text\n".repeat(500));
    }
    incoming.resume();
    incoming.on("end", () => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(
        JSON.stringify({
          instance: name,
          method: incoming.method,
          sent: sentHeaders,
          client: incoming.headers["x-bedrock-client-address"],
        }),
      );
    });
  });
  instance.server.on("connection", () => {
    instance.connections += 1;
  });
  await new Promise<void>((listening) => instance.server.listen(0, "127.0.0.1", listening));
  instance.port = (instance.server.address() as AddressInfo).port;
  return instance;
}

async function freePort() {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

/** One request, its answer as sent (not decompressed). */
function send(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const outgoing = request(url, { method: options.method ?? "GET", headers: options.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () =>
        resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on("error", reject);
    outgoing.end(options.body);
  });
}
/** nginx's own pages: nothing runs, loads or frames them. */
function expectOwnPageHeaders(headers: IncomingMessage["headers"]) {
  expect(headers["content-security-policy"]).toContain("default-src 'none'");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "strict-origin-when-cross-origin",
  });
}
const json = (body: Buffer) =>
  JSON.parse(body.toString()) as { instance: string; sent: Record<string, string>; client: string };

describe("nginx in front of two instances (deploy/nginx/bedrock-talent.conf)", () => {
  let first: Instance;
  let second: Instance;
  let nginx: Nginx;
  beforeAll(async () => {
    [first, second] = await Promise.all([startInstance("first"), startInstance("second")]);
    nginx = await startNginx({ port: await freePort(), upstreams: [first.port, second.port] });
  }, 180_000);
  afterAll(async () => {
    await nginx?.stop();
    for (const instance of [first, second]) instance?.server.close();
  });

  it("sends requests to each instance in turn, with the forwarding headers TRUSTED_PROXIES=loopback expects", async () => {
    const host = new URL(nginx.url).host;
    const answers = [];
    for (let n = 0; n < 4; n++)
      answers.push(json((await send(`${nginx.url}/echo`, { headers: { "X-Forwarded-For": "203.0.113.9" } })).body));
    expect(new Set(answers.map((answer) => answer.instance))).toEqual(new Set(["first", "second"]));
    const [answer] = answers;
    expect(answer?.sent).toMatchObject({
      host,
      "x-forwarded-host": host,
      "x-forwarded-proto": "http",
      "x-forwarded-for": "203.0.113.9, 127.0.0.1",
      "x-request-id": expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    // The app's reading: nginx appended the address it saw (loopback here, a trusted proxy itself), so
    // the client is the hop before it. From a browser on the internet it is that browser's address.
    expect(answer?.client).toBe("203.0.113.9");
    expect(new Set(answers.map((each) => each.sent["x-request-id"])).size).toBe(4);
  });

  it("keeps its connections to the instances open and reuses them", async () => {
    const before = first.connections + second.connections;
    for (let n = 0; n < 20; n++) expect((await send(`${nginx.url}/echo`)).status).toBe(200);
    expect(first.connections + second.connections - before).toBeLessThanOrEqual(2);
  });

  it("compresses what it serves to a client that accepts gzip", async () => {
    const answer = await send(`${nginx.url}/big`, { headers: { "Accept-Encoding": "gzip" } });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(answer.body).toString()).toBe("a line of plain text\n".repeat(500));
  });

  it("keeps the static files and answers them itself, compressed for whoever accepts it", async () => {
    const url = `${nginx.url}/_next/static/chunks/app-1234.js`;
    const hitsBefore = first.staticHits + second.staticHits;
    const missed = await send(url, { headers: { "Accept-Encoding": "gzip" } });
    const cached = await send(url, { headers: { "Accept-Encoding": "gzip" } });
    const plain = await send(url);
    expect([
      missed.headers["x-cache-status"],
      cached.headers["x-cache-status"],
      plain.headers["x-cache-status"],
    ]).toEqual(["MISS", "HIT", "HIT"]);
    expect(first.staticHits + second.staticHits - hitsBefore).toBe(1);
    // Fetched uncompressed, so the one cached copy suits every client.
    expect(missed.headers["x-accept-encoding-seen"]).toBe("none");
    expect(cached.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(cached.body).toString()).toBe(STATIC_JS);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(STATIC_JS);
  });

  it("passes an instance's own 503 on as it is (the health check's answer)", async () => {
    const answer = await send(`${nginx.url}/api/health`);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body.toString())).toMatchObject({ status: "unavailable" });
  });

  it("refuses a NUL in the address itself, with a page of its own that carries the site's kind of headers", async () => {
    const answer = await send(`${nginx.url}/guides/a%00b`);
    expect(answer.status).toBe(400);
    expectOwnPageHeaders(answer.headers);
    expect(answer.body.toString()).toContain("<h1>This address cannot be read</h1>");
  });

  it("sends everything to the instance still up while the other restarts", async () => {
    second.server.closeAllConnections();
    await new Promise((closed) => second.server.close(closed));
    try {
      const answers = [];
      for (let n = 0; n < 6; n++) answers.push(await send(`${nginx.url}/echo`));
      answers.push(await send(`${nginx.url}/echo`, { method: "POST", body: "a=1" }));
      expect(answers.map((answer) => answer.status)).toEqual(Array(7).fill(200));
      expect(new Set(answers.map((answer) => json(answer.body).instance))).toEqual(new Set(["first"]));
    } finally {
      await new Promise<void>((listening) => second.server.listen(second.port, "127.0.0.1", listening));
    }
  });

  it("answers its own 503 page, with Retry-After, when no instance answers", async () => {
    first.server.closeAllConnections();
    await new Promise((closed) => first.server.close(closed));
    second.server.closeAllConnections();
    await new Promise((closed) => second.server.close(closed));
    const answer = await send(`${nginx.url}/developers`, { headers: { "Accept-Encoding": "gzip" } });
    expect(answer.status).toBe(503);
    expect(answer.headers["retry-after"]).toBe("30");
    expectOwnPageHeaders(answer.headers);
    expect(answer.headers["content-type"]).toMatch(/^text\/html/);
    const page =
      answer.headers["content-encoding"] === "gzip" ? gunzipSync(answer.body).toString() : answer.body.toString();
    expect(page).toContain("<h1>Bedrock Talent is back in a moment</h1>");
  });
});
