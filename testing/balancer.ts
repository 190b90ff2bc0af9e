/**
 * A round-robin load balancer for running several instances of the site on one machine (the e2e
 * suite's PostgreSQL pass, `npm run bench -- --postgres …`): each request goes to the next instance
 * in turn, so a form rendered by one is posted to the other and a sign-in on one is used on the other.
 */
import http from "node:http";

/** Listens on `port` (127.0.0.1) and sends the requests in turn to the instances on `instancePorts`. */
export async function startBalancer(port: number, instancePorts: number[]) {
  let next = 0;
  // A connection per request: a kept-alive one that an instance closes as idle just as a request is
  // sent on it would fail that request (a real load balancer retries it; this one need not).
  const agent = new http.Agent({ keepAlive: false });
  const balancer = http.createServer((request, response) => {
    const target = instancePorts[next++ % instancePorts.length];
    // As a proxy does: the client's address is appended to X-Forwarded-For (the instances trust loopback).
    const forwarded = [request.headers["x-forwarded-for"], request.socket.remoteAddress].filter(Boolean).join(", ");
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: target,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": forwarded },
        agent,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((listening) => balancer.listen(port, "127.0.0.1", listening));
  return balancer;
}
