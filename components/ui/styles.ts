/**
 * Class strings of the primitives, with no class merging. The error boundaries ship with every page
 * of their segment, so they compose these by hand instead of importing cn() (tailwind-merge adds
 * about 12 kB of gzip JavaScript to every page that loads it in the browser).
 */
export const containerClass = "page-container";

export const buttonBaseClass =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-5 py-2.5 text-sm font-semibold transition-colors disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-not-allowed aria-disabled:opacity-60";

export const buttonVariantClasses = {
  primary: "bg-brand-700 text-white hover:bg-brand-800",
  secondary: "border border-line bg-white text-ink hover:border-brand-600 hover:text-brand-700",
  ghost: "text-brand-700 hover:bg-brand-50",
  danger: "bg-danger-700 text-white hover:bg-red-800",
};

export const pageTitleSizes = {
  page: "text-3xl font-bold tracking-tight",
  hero: "max-w-3xl text-4xl font-bold tracking-tight",
  admin: "text-2xl font-bold",
};
