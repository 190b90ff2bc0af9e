export async function register() {
  // The edge runtime has neither SQLite nor process events.
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { closeDb } = await import("./db/index");
  // On SIGTERM/SIGINT `next start` stops accepting connections, lets in-flight requests and
  // after() work finish, then calls process.exit(): closing at exit is after the last query.
  process.once("exit", closeDb);
}
