/**
 * Class strings of the primitives, with no class merging. The error boundaries ship with every page
 * of their segment, so they compose these by hand instead of importing cn() (tailwind-merge adds
 * about 12 kB of gzip JavaScript to every page that loads it in the browser).
 */
export const containerClass = "page-container";

/* Each is one class of app/globals.css (its utilities are listed there). */
export const buttonBaseClass = "btn";

export const buttonVariantClasses = {
  primary: "btn-primary",
  secondary: "btn-secondary",
  ghost: "btn-ghost",
  danger: "btn-danger",
};

export const pageTitleSizes = {
  page: "title-page",
  hero: "title-hero",
  admin: "title-admin",
};
