import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { logger, requestContext, safeError } from "./log.cjs";
import { registry } from "./metrics.cjs";
import { trackRequest } from "./request-log.cjs";
import { matcherFor } from "./routes.cjs";

describe("route patterns", () => {
  const routeOf = matcherFor({
    staticRoutes: [{ page: "/" }, { page: "/contact" }],
    dynamicRoutes: [{ page: "/book/manage/[token]", regex: "^/book/manage/([^/]+?)(?:/)?$" }],
  });

  it("names a path by its route, never its tokens, ids or query", () => {
    expect(routeOf("/")).toBe("/");
    expect(routeOf("/contact?from=/hire/backend")).toBe("/contact");
    expect(routeOf("/contact/")).toBe("/contact");
    expect(routeOf("/book/manage/Xy9_-abcDEF0123456789ghijkLMNOPqrstuvWXYZ0")).toBe("/book/manage/[token]");
    expect(routeOf("/_next/static/chunks/app-123.js")).toBe("/_next/static");
    expect(routeOf("/_next/image?url=x")).toBe("/_next/image");
    expect(routeOf("/nowhere/ann@example.com")).toBe("(other)");
  });
});

describe("trackRequest", () => {
  let server: Server | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise((resolve) => server?.close(resolve));
  });

  /** A real server whose handler, like Next's, runs after trackRequest and answers with the id it sees. */
  async function serve() {
    server = createServer((request, response) => {
      trackRequest(request, response);
      setTimeout(() => {
        response.end(
          JSON.stringify({ header: request.headers["x-request-id"], context: requestContext.getStore()?.requestId }),
        );
      }, 5);
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server?.address() as AddressInfo).port}`;
  }

  it("gives each request an id (the handler, its awaited work and the client see the same), then logs one line and times it", async () => {
    const lines: unknown[] = [];
    vi.spyOn(logger, "info").mockImplementation(((line: unknown) => void lines.push(line)) as typeof logger.info);
    const origin = await serve();
    const answer = await fetch(`${origin}/no-such-page?email=ann@example.com`);
    const seen = (await answer.json()) as { header: string; context: string };
    const id = answer.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen).toEqual({ header: id, context: id });
    await vi.waitFor(() => expect(lines).toHaveLength(1));
    expect(lines[0]).toMatchObject({ method: "GET", status: 200, route: "(other)" });
    expect(JSON.stringify(lines[0])).not.toContain("ann@example.com");
    expect(await registry.getSingleMetricAsString("http_request_duration_seconds")).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\(other\)",status="200"\} [1-9]/,
    );
  });

  it("keeps an id the proxy gave (the preload has already dropped one from an untrusted peer), and refuses a malformed one", async () => {
    const origin = await serve();
    const kept = await fetch(origin, { headers: { "x-request-id": "nginx-0123456789abcdef" } });
    expect(kept.headers.get("x-request-id")).toBe("nginx-0123456789abcdef");
    const refused = await fetch(origin, { headers: { "x-request-id": "<script>" } });
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("logged errors", () => {
  it("keep their kind, message, codes and stack, with addresses masked, and none of their other properties", () => {
    const error = Object.assign(new Error("550 5.1.1 <ann@example.com>: mailbox unavailable"), {
      code: "EENVELOPE",
      responseCode: 550,
      rejected: ["ann@example.com"],
    });
    const logged = safeError(error);
    expect(logged).toMatchObject({ type: "Error", code: "EENVELOPE", responseCode: 550 });
    expect(JSON.stringify(logged)).not.toContain("ann@example.com");
    expect(JSON.stringify(logged)).toContain("550 5.1.1 <[address]>: mailbox unavailable");
  });
});
