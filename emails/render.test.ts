import { describe, expect, it } from "vitest";
import { mapMessageText, webLinksIn } from "./message";
import { renderEmail } from "./render";

const SITE = "http://localhost:3000";
const written = (paragraphs: string[], linkUrls = true) => renderEmail({ preview: "", paragraphs, linkUrls }, SITE);

describe("a paragraph's lines and links", () => {
  it("keeps a line break inside a paragraph in both parts", async () => {
    const { html, text } = await written(["Hello Jordan,", "Best regards,\nMorgan Manager"]);
    expect(html).toMatch(/Best regards,<br\/?>Morgan Manager/);
    expect(text).toContain("Best regards,\nMorgan Manager");
    expect(text).not.toContain("Best regards, Morgan Manager");
  });

  it("makes the web addresses of a written paragraph links, the sentence's punctuation left out", async () => {
    const { html, text } = await written(["Your shortlist:\nhttps://bedrock.example/shortlist/abc?x=1&y=2.", "Thanks"]);
    expect(html).toContain('<a href="https://bedrock.example/shortlist/abc?x=1&amp;y=2"');
    expect(html).toMatch(/>https:\/\/bedrock\.example\/shortlist\/abc\?x=1&amp;y=2<\/a>\./);
    // The text part names the address once, as written.
    expect(text).toContain("Your shortlist:\nhttps://bedrock.example/shortlist/abc?x=1&y=2.");
  });

  it("links only http(s) addresses and escapes everything around them", async () => {
    const { html } = await written([
      'javascript:alert(1) <img src=x onerror=alert(1)> https://ok.example/"><script>alert(1)</script>',
    ]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain('href="https://ok.example/"');
  });

  it("links nothing in an email the site wrote from what others typed", async () => {
    const { html } = await written(["Reason: see https://phish.example/login"], false);
    expect(html).not.toContain('href="https://phish.example');
    expect(html).toContain("Reason: see https://phish.example/login");
  });

  it("keeps the choice when a stored copy is redacted, linking only what is left of a redacted address", async () => {
    const stored = mapMessageText(
      { preview: "", paragraphs: ["Open https://b.example/shortlist/abc"], linkUrls: true },
      (text) => text.replace("abc", "[link expired]"),
    );
    expect(stored.linkUrls).toBe(true);
    const { html } = await renderEmail(stored, SITE);
    expect(html).toMatch(
      /<a href="https:\/\/b\.example\/shortlist\/"[^>]*>https:\/\/b\.example\/shortlist\/<\/a>\[link expired\]/,
    );
  });
});

describe("webLinksIn", () => {
  it("splits a line into text and addresses", () => {
    expect(webLinksIn("See https://a.example/x, or (https://en.wikipedia.org/wiki/Go_(language)).")).toEqual([
      { text: "See " },
      { href: "https://a.example/x" },
      { text: ", or (" },
      { href: "https://en.wikipedia.org/wiki/Go_(language)" },
      { text: ")." },
    ]);
    expect(webLinksIn("ftp://a.example and http:// alone")).toEqual([{ text: "ftp://a.example and http:// alone" }]);
  });
});
