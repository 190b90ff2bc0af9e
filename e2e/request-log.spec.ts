import { expect, test } from "@playwright/test";
import { extraPort, freshDatabase, killStartedServers, startProductionServer } from "./production-server";
import { postContactRequest, readContactForm } from "./support/contact-post";

test.afterAll(killStartedServers);

/** The JSON lines a server printed (its other output, e.g. Next's banner, is left out). */
const jsonLines = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);

test("a production server logs one JSON line per request and per job, with the request's id, and hides its metrics without a token", async () => {
  test.setTimeout(60_000);
  const database = freshDatabase("request-log");
  // Its own server, with the default log level and no METRICS_TOKEN (the suite's sets both).
  const server = await startProductionServer(database.file, extraPort(10), "next", {
    LOG_LEVEL: "info",
    METRICS_TOKEN: "",
  });
  try {
    const token = "Xy9_-abcDEF0123456789ghijkLMNOPqrstuvWXYZ0";
    expect((await fetch(`${server.origin}/book/manage/${token}`)).status).toBe(404);
    expect((await fetch(`${server.origin}/api/metrics`)).status).toBe(404);

    // A contact request (the form as a browser without JavaScript sends it) queues its receipt email.
    const email = `logged-${Date.now()}@company.example`;
    const hidden = await readContactForm(server.origin);
    const posted = await postContactRequest(server.origin, hidden, database.secret, { ip: "10.8.0.2", email });
    expect(posted.status).toBe(200);
    const { requestId } = posted;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

    // The receipt's delivery job runs under the request's id; so does the request's own line.
    await expect
      .poll(() =>
        jsonLines(server.output())
          .filter((line) => line.requestId === requestId)
          .map((line) => line.msg),
      )
      .toEqual(expect.arrayContaining(["request", "job done"]));
    const lines = jsonLines(server.output());
    const post = lines.find((line) => line.msg === "request" && line.requestId === requestId);
    expect(post).toMatchObject({
      level: 30,
      method: "POST",
      route: "/contact",
      status: 200,
      instance: expect.any(String),
    });
    expect(post?.durationMs).toEqual(expect.any(Number));
    expect(lines.find((line) => line.msg === "job done" && line.requestId === requestId)).toMatchObject({
      task: "deliver-email",
      result: expect.stringMatching(/logged$/),
    });
    expect(lines.find((line) => line.route === "/book/manage/[token]")).toMatchObject({ status: 404 });
    // Neither the manage token nor the sender's address is in any line.
    expect(server.output()).not.toContain(token);
    expect(JSON.stringify(lines)).not.toContain(email);
  } finally {
    killStartedServers();
    database.remove();
  }
});
