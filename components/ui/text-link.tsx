import Link from "next/link";
import type { ComponentProps } from "react";
import { cn } from "./cn";

/**
 * "strong" is the site's link; "plain" the same in running text (no bold); "inherit" keeps the
 * colour around it (inside an alert); "quiet" underlines only on hover (contents lists).
 */
export type TextLinkVariant = "strong" | "plain" | "inherit" | "quiet";

const variants: Record<TextLinkVariant, string> = {
  strong: "link",
  plain: "link-plain",
  inherit: "link-inherit",
  quiet: "link-quiet",
};

export const textLinkClasses = (variant: TextLinkVariant = "strong", className?: string) =>
  cn(variants[variant], className);

/** A link to a page of this site (next/link: client navigation and prefetch). */
export function TextLink({
  variant,
  className,
  ...props
}: ComponentProps<typeof Link> & { variant?: TextLinkVariant }) {
  return <Link className={textLinkClasses(variant, className)} {...props} />;
}

/**
 * The same look on a plain `<a>`: a file download, an export, an `.ics`, an address outside the
 * site or a `tel:` link, where client navigation and prefetching would be wrong.
 */
export function TextAnchor({ variant, className, ...props }: ComponentProps<"a"> & { variant?: TextLinkVariant }) {
  return <a className={textLinkClasses(variant, className)} {...props} />;
}
