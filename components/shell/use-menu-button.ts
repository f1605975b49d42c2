"use client";

import { type KeyboardEvent, type MouseEvent, useEffect, useId, useState } from "react";
import { flushSync } from "react-dom";

const items = (menuId: string) => [...(document.getElementById(menuId)?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];

/**
 * The WAI-ARIA menu button pattern (https://www.w3.org/WAI/ARIA/apg/patterns/menu-button/):
 * Enter, Space or the arrow keys open it on the first or last item; the arrows, Home and End
 * move between items; Escape closes it and returns to the button; Tab, a click outside or
 * choosing an item closes it. The panel holds the menu and anything shown beside it, and is
 * rendered only while open (as Radix did), so a closed menu adds nothing to the page.
 */
export function useMenuButton() {
  const buttonId = useId();
  const panelId = useId();
  const menuId = useId();
  const [open, setOpen] = useState(false);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      const inside = [buttonId, panelId].some((id) => document.getElementById(id)?.contains(target));
      if (!inside) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open, buttonId, panelId]);

  // Items can take focus only once the panel is rendered: render it first, then focus.
  const show = (at: "first" | "last") => {
    flushSync(() => setOpen(true));
    const all = items(menuId);
    (at === "first" ? all[0] : all.at(-1))?.focus();
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) document.getElementById(buttonId)?.focus();
  };

  const buttonProps = {
    id: buttonId,
    "aria-haspopup": "menu" as const,
    "aria-expanded": open,
    "aria-controls": menuId,
    onClick: () => (open ? close(false) : show("first")),
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        show(event.key === "ArrowDown" ? "first" : "last");
      }
    },
  };

  const panelProps = { id: panelId };

  const menuProps = {
    id: menuId,
    role: "menu",
    onKeyDown: (event: KeyboardEvent) => {
      const all = items(menuId);
      const at = all.indexOf(document.activeElement as HTMLElement);
      const moveTo = (index: number) => {
        event.preventDefault();
        all[(index + all.length) % all.length]?.focus();
      };
      if (event.key === "ArrowDown") moveTo(at + 1);
      else if (event.key === "ArrowUp") moveTo(at - 1);
      else if (event.key === "Home") moveTo(0);
      else if (event.key === "End") moveTo(all.length - 1);
      else if (event.key === "Escape") {
        event.preventDefault();
        close(true);
      } else if (event.key === "Tab") close(false);
    },
    // Choosing an item (a link or the sign-out button) closes the menu.
    onClick: (event: MouseEvent) => {
      if ((event.target as HTMLElement).closest('[role="menuitem"]')) close(false);
    },
  };

  const itemProps = { role: "menuitem", tabIndex: -1 };

  return { open, buttonProps, panelProps, menuProps, itemProps };
}
