import { afterEach, describe, expect, it, vi } from "vitest";
import { openFreshDatabase } from "@/db/test-database";

const sent: { to: string; text: string; html?: string; attachments: { content: string }[] }[] = [];
vi.mock("nodemailer", () => ({
  default: { createTransport: () => ({ sendMail: async (message: (typeof sent)[number]) => void sent.push(message) }) },
}));

const token = "Xy9_-abcDEF0123456789ghijkLMNOPqrstuvWXYZ0";
const manageLink = `http://localhost:3000/book/manage/${token}`;

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  sent.length = 0;
});

/** A booking confirmation (text and calendar file carry the manage link) queued in a fresh database. */
async function queueConfirmation() {
  const { db } = await openFreshDatabase("mailer");
  const { outbox } = await import("@/db/schema");
  const { enqueueEmail } = await import("@/db/queries/outbox");
  const { buildIcs } = await import("../domain/calendar");
  const ics = buildIcs({
    reference: "BC-1",
    sequence: 0,
    organizer: { name: "Bedrock Talent", email: "talent@bedrock-talent.example" },
    meetingLink: null,
    startsAt: new Date("2027-01-01T10:00:00Z"),
    endsAt: new Date("2027-01-01T10:30:00Z"),
    expert: { name: "Anna", email: "anna@example.com" },
    visitor: { name: "Grace", email: "grace@example.com", company: "Compiler Works" },
    manageUrl: manageLink,
  });
  const queued = await enqueueEmail({
    kind: "booking-confirmation",
    to: "grace@example.com",
    subject: "Booked",
    message: { preview: "Booked", paragraphs: ["Your call is booked."], action: { label: "Manage", href: manageLink } },
    attachments: [{ filename: "call.ics", contentType: "text/calendar", content: ics }],
  });
  const stored = () => db.select().from(outbox).orderBy(outbox.id);
  return { stored, id: queued?.id ?? 0 };
}

const firstAttempt = { number: 1, last: false };

describe("stored emails keep no live token once delivered (S9)", () => {
  it("delivers the link by SMTP, then the stored text and calendar file hold no token", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
    const { stored, id } = await queueConfirmation();
    expect(JSON.stringify(await stored())).toContain(token);
    const { deliverEmail } = await import("./mailer");
    expect(await deliverEmail(id, firstAttempt)).toBe("sent");
    // Delivered once: a second job for the same email finds nothing to do.
    expect(await deliverEmail(id, firstAttempt)).toBe("skipped");
    expect(sent).toHaveLength(1);
    // Both parts, from the one layout: the text part for plain mail apps, the HTML with the link as a button.
    expect(sent[0]?.text).toContain(`Manage ${manageLink}`);
    expect(sent[0]?.html).toContain(`href="${manageLink}"`);
    expect(sent[0]?.html).toContain("Your call is booked.");
    expect(sent[0]?.attachments[0]?.content.replace(/\r\n[\t ]/g, "")).toContain(manageLink);
    const [row] = await stored();
    expect(row?.status).toBe("sent");
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row?.message?.action?.href).toBe("http://localhost:3000/book/manage/[link expired]");
  });

  it("without SMTP, the log shows no token outside development", async () => {
    vi.stubEnv("SMTP_URL", undefined);
    vi.stubEnv("NODE_ENV", "production");
    const { stored, id } = await queueConfirmation();
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const { deliverEmail } = await import("./mailer");
    expect(await deliverEmail(id, firstAttempt)).toBe("logged");
    expect(log.mock.calls.flat().join("\n")).toContain("Manage http://localhost:3000/book/manage/[link expired]");
    expect(log.mock.calls.flat().join("\n")).not.toContain(token);
    expect(JSON.stringify(await stored())).not.toContain(token);
  });

  it("in development (`next dev`) the log keeps the link, so a developer can follow it", async () => {
    vi.stubEnv("SMTP_URL", undefined);
    vi.stubEnv("NODE_ENV", "development");
    const { id } = await queueConfirmation();
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    const { deliverEmail } = await import("./mailer");
    await deliverEmail(id, firstAttempt);
    expect(log.mock.calls.flat().join("\n")).toContain(manageLink);
  });
});
