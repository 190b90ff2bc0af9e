"use client";

import { type ReactNode, useEffect, useRef } from "react";

const MESSAGE = "You have unsaved changes in this section. Leave without saving them?";

/** True when a field differs from what the server last rendered into it (its default). */
export function hasUnsavedChanges(root: HTMLElement) {
  for (const element of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(
    "input, textarea, select",
  )) {
    if (element instanceof HTMLSelectElement) {
      if ([...element.options].some((option) => option.selected !== option.defaultSelected)) return true;
    } else if (element.type === "checkbox" || element.type === "radio") {
      if ((element as HTMLInputElement).checked !== (element as HTMLInputElement).defaultChecked) return true;
    } else if (element.type !== "hidden" && element.value !== element.defaultValue) return true;
  }
  return false;
}

/**
 * Warns before a section's unsaved edits are lost: the browser's own prompt when the tab is
 * closed or reloaded (beforeunload), and a confirm before a link takes you elsewhere in the app
 * (client-side navigation fires no beforeunload). A form counts as saved once the server has
 * rendered the saved values back as the fields' defaults, so nothing needs to be tracked by hand.
 */
export function UnsavedChangesGuard({ children }: { children: ReactNode }) {
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const dirty = () => root.current !== null && hasUnsavedChanges(root.current);
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty()) event.preventDefault();
    };
    // Capture phase on the window: runs before Next's Link handler, which then sees the click cancelled.
    const onClick = (event: MouseEvent) => {
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey ||
        event.shiftKey ||
        event.altKey
      )
        return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (link.href === window.location.href || !dirty()) return;
      if (!window.confirm(MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    // A confirmed deletion reloads the section (to say what it deleted): other forms' edits would go with it.
    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.closest("details") || !root.current?.contains(form) || !dirty())
        return;
      if (!window.confirm(MESSAGE)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("click", onClick, true);
    window.addEventListener("submit", onSubmit, true);
    // Says the warning is in place (tests wait for it rather than for the network to go quiet).
    const element = root.current;
    element?.setAttribute("data-unsaved-guard", "armed");
    return () => {
      element?.removeAttribute("data-unsaved-guard");
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("submit", onSubmit, true);
    };
  }, []);

  return <div ref={root}>{children}</div>;
}
