"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";

/**
 * The phone menu: a <details> (works without JavaScript, keyboard-operable), closed again once a link in
 * it has taken the visitor to another page — the header stays mounted across pages, and so did the menu.
 */
export function MobileMenu({ children }: { children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);
  return (
    <details ref={menu} className="group relative xl:hidden">
      <summary className="menu-button">Menu</summary>
      {children}
    </details>
  );
}
