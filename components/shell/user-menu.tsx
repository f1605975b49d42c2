"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { signOutTo } from "@/components/auth/sign-out";
import { useMenuButton } from "@/components/shell/use-menu-button";

const ITEM =
  "flex min-h-10 w-full cursor-pointer items-center rounded-md px-3 text-left text-sm outline-none hover:bg-muted focus:bg-muted";

type UserMenuProps = { name: string; workspaceName: string; isOwner: boolean };

// A small ARIA menu button of our own: Radix's dropdown (with its popper and portal) was the
// largest part of every signed-in page's JavaScript (~28 kB gzip, issue #7).
export function UserMenu({ name, workspaceName, isOwner }: UserMenuProps) {
  const t = useTranslations("nav");
  const tAudit = useTranslations("audit");
  const menu = useMenuButton();
  const initials = name.trim().slice(0, 1).toUpperCase();
  return (
    <div className="relative">
      <button
        {...menu.buttonProps}
        type="button"
        aria-label={t("account")}
        className="inline-flex min-h-10 items-center gap-2 rounded-full border border-border bg-card py-1 pr-3 pl-1 text-sm focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-accent font-semibold">
          {initials}
        </span>
        <span className="max-w-32 truncate">{name}</span>
      </button>
      {menu.open && (
        <div
          {...menu.panelProps}
          className="absolute top-full right-0 z-50 mt-1.5 min-w-56 rounded-xl border border-border bg-card p-1 text-foreground shadow-lg"
        >
          <p className="px-3 py-2 text-xs text-muted-foreground">
            {t("signedInAs", { name })}
            <span className="block truncate">{workspaceName}</span>
          </p>
          <div aria-hidden="true" className="my-1 h-px bg-border" />
          <div {...menu.menuProps} aria-label={t("account")}>
            <Link {...menu.itemProps} href="/settings" className={ITEM}>
              {t("settings")}
            </Link>
            {isOwner && (
              <Link {...menu.itemProps} href="/audit" className={ITEM}>
                {tAudit("link")}
              </Link>
            )}
            <button {...menu.itemProps} type="button" className={ITEM} onClick={() => void signOutTo("/")}>
              {t("signOut")}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
