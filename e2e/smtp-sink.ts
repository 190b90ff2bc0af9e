/** A real SMTP server for the e2e run: accepts every message and writes it to E2E_MAIL_DIR as an .eml file. */
import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SMTPServer } from "smtp-server";

const dir = process.env.E2E_MAIL_DIR ?? "";
const port = Number(process.env.E2E_SMTP_PORT ?? 2525);
if (!dir) throw new Error("E2E_MAIL_DIR must be set");
mkdirSync(dir, { recursive: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(",");
      writeFileSync(
        join(dir, `${Date.now()}-${randomUUID()}.eml`),
        `X-Envelope-To: ${to}\r\n${Buffer.concat(chunks).toString("utf8")}`,
      );
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`smtp sink listening on 127.0.0.1:${port}, writing to ${dir}`));
