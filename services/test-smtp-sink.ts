/**
 * A real SMTP server on a free port, for the unit tests and the queue bench (as db/test-database.ts
 * is the database for the tests, this is the mail server; the app never imports it): it accepts every message
 * (or refuses every recipient with a 451, as a mail server that is down for a while does) and keeps,
 * in order, each message's recipients, Message-ID and the time it was accepted.
 */
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMessage = { to: string[]; messageId: string; at: number };

export async function startSmtpSink({ refuse = false } = {}) {
  const messages: ReceivedMessage[] = [];
  /** Every recipient of every message accepted, in order. */
  const received: string[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (refuse) return callback(Object.assign(new Error("451 try again later"), { responseCode: 451 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        const headers = text.slice(0, text.indexOf("\r\n\r\n"));
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        messages.push({ to, messageId: /^Message-ID:\s*(\S+)/im.exec(headers)?.[1] ?? "", at: Date.now() });
        received.push(...to);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    messages,
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(resolve)),
  };
}
