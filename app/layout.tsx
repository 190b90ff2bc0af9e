import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SITE_NAME } from "@/components/site/logo";
import { siteUrl } from "@/config/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: siteUrl,
  title: { default: `${SITE_NAME} — hire vetted backend developers`, template: `%s · ${SITE_NAME}` },
  description:
    "Hire vetted backend developers: seniority levels and indicative salaries, the skills and tools that matter, and a 30-minute discovery call with a Talent Expert.",
  applicationName: SITE_NAME,
  openGraph: { siteName: SITE_NAME, type: "website", locale: "en_US" },
  twitter: { card: "summary" },
};

export const viewport: Viewport = {
  themeColor: "#1a3fa8",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
