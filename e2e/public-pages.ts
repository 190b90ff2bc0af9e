import { backendGuide, backendRole } from "../db/seed-data";

/** Every public page, with the h1 a visitor should see. */
export const publicPages = [
  { path: "/", heading: "Hire backend developers you can build on" },
  { path: `/hire/${backendRole.slug}`, heading: backendRole.headline },
  { path: `/guides/${backendGuide.slug}`, heading: backendGuide.title },
  { path: "/contact", heading: "Tell us who you need" },
  { path: "/privacy", heading: "Privacy policy" },
  { path: "/book", heading: "Book a 30-minute discovery call" },
] as const;

/** Words from the machine-translated source that must never reach a page. */
export const garbledFragments = ["lớn", " và ", "lượt thích", "khổng lồ", "thiết kế", "tư vấn", "trang web", "hệ thống", "khung", "súc tích", "kết thúc", "Back over", "Back kết"];
