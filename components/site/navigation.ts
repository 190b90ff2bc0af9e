/** Public navigation. Add a link here only once its route exists: a test follows every one. */
export const mainNav = [
  { href: "/hire/backend", label: "Hire backend developers" },
  { href: "/developers", label: "Developers" },
  { href: "/guides/backend-development", label: "Backend guide" },
  { href: "/join", label: "For developers" },
  { href: "/contact", label: "Contact us" },
  { href: "/book", label: "Book a call" },
] as const;
