import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import { Fragment } from "react";
import { type EmailMessage, webLinksIn } from "./message";

// The site's palette (app/globals.css), written out: mail apps read inline styles only.
const ink = "#0f172a";
const muted = "#475569";
const brand = "#1a3fa8";
const line = "#dde3ee";
const font = '-apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The one layout every email uses: the brand, the message, and where it came from. */
export function EmailLayout({ message, siteUrl }: { message: EmailMessage; siteUrl: string }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{message.preview}</Preview>
      <Body style={{ backgroundColor: "#f4f6fb", color: ink, fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container
          style={{
            backgroundColor: "#ffffff",
            border: `1px solid ${line}`,
            borderRadius: 14,
            maxWidth: 560,
            padding: "28px 32px",
          }}
        >
          <Text style={{ color: brand, fontSize: 18, fontWeight: 700, margin: "0 0 20px" }}>Bedrock Talent</Text>
          {message.greeting ? <Text style={paragraph}>{message.greeting}</Text> : null}
          {message.paragraphs.map((text, index) => (
            <Text key={index} style={paragraph}>
              <Lines text={text} linkUrls={message.linkUrls ?? false} />
            </Text>
          ))}
          {message.details?.length ? (
            <Section style={{ borderLeft: `3px solid ${brand}`, margin: "20px 0", paddingLeft: 14 }}>
              {message.details.map((detail) => (
                <Text key={detail.label} style={{ ...paragraph, margin: "4px 0" }}>
                  <strong>{detail.label}:</strong> {detail.value}
                </Text>
              ))}
            </Section>
          ) : null}
          {message.action ? (
            <Section style={{ margin: "24px 0" }}>
              <Button
                href={message.action.href}
                style={{
                  backgroundColor: brand,
                  borderRadius: 8,
                  color: "#ffffff",
                  fontSize: 15,
                  fontWeight: 600,
                  padding: "12px 20px",
                }}
              >
                {message.action.label}
              </Button>
            </Section>
          ) : null}
          {message.links?.map((link) => (
            <Text key={link.href} style={{ ...paragraph, margin: "6px 0" }}>
              <Link href={link.href} style={{ color: brand, textDecoration: "underline" }}>
                {link.label}
              </Link>
            </Text>
          ))}
          {message.footnotes?.map((text, index) => (
            <Text key={index} style={{ ...paragraph, color: muted, fontSize: 14 }}>
              {text}
            </Text>
          ))}
          <Hr style={{ borderColor: line, margin: "24px 0 12px" }} />
          <Text style={{ color: muted, fontSize: 13, margin: 0 }}>
            Bedrock Talent ·{" "}
            <Link href={siteUrl} style={{ color: muted }}>
              {new URL(siteUrl).host}
            </Link>
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

/**
 * A paragraph's lines, a <br> between them (HTML would join them into one, and so would the text
 * part made from it); with linkUrls, its web addresses as links (React escapes both the text and the href).
 */
function Lines({ text, linkUrls }: { text: string; linkUrls: boolean }) {
  return text.split("\n").map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {linkUrls
        ? webLinksIn(line).map((piece, at) =>
            "href" in piece ? (
              <Link key={at} href={piece.href} style={{ color: brand, textDecoration: "underline" }}>
                {piece.href}
              </Link>
            ) : (
              piece.text
            ),
          )
        : line}
    </Fragment>
  ));
}

const paragraph = { fontSize: 16, lineHeight: "24px", margin: "0 0 14px" };
