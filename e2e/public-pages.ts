import { backendGuide, backendRole } from "../db/seed-data";

/** Every public page, with the h1 a visitor should see; sign-in forms stay out of the sitemap. */
export const publicPages: { path: string; heading: string; inSitemap?: false }[] = [
  { path: "/", heading: "Hire backend developers you can build on" },
  { path: `/hire/${backendRole.slug}`, heading: backendRole.headline },
  { path: `/guides/${backendGuide.slug}`, heading: backendGuide.title },
  { path: "/how-it-works", heading: "How hiring backend developers with us works" },
  { path: "/developers", heading: "Vetted backend developers" },
  { path: "/contact", heading: "Tell us who you need" },
  { path: "/privacy", heading: "Privacy policy" },
  { path: "/book", heading: "Book a 30-minute discovery call" },
  { path: "/join", heading: "Find your next backend role through Bedrock Talent" },
  { path: "/register", heading: "Create your developer account", inSitemap: false },
  { path: "/login", heading: "Sign in", inSitemap: false },
];

/** Words from the machine-translated source that must never reach a page. */
export const garbledFragments = [
  "lớn",
  " và ",
  "lượt thích",
  "khổng lồ",
  "thiết kế",
  "tư vấn",
  "trang web",
  "hệ thống",
  "khung",
  "súc tích",
  "kết thúc",
  "Back over",
  "Back kết",
];
