"use client";

import * as DropdownMenu from "@radix-ui/react-dropdown-menu";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

const ITEM =
  "flex min-h-10 cursor-pointer items-center rounded-md px-3 text-sm outline-none data-[highlighted]:bg-muted";

type UserMenuProps = { name: string; workspaceName: string; isOwner: boolean };

export function UserMenu({ name, workspaceName, isOwner }: UserMenuProps) {
  const t = useTranslations("nav");
  const tAudit = useTranslations("audit");
  const initials = name.trim().slice(0, 1).toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("account")}
        className="inline-flex min-h-10 items-center gap-2 rounded-full border border-border bg-card py-1 pr-3 pl-1 text-sm focus-visible:outline-2 focus-visible:outline-ring"
      >
        <span aria-hidden="true" className="grid size-8 place-items-center rounded-full bg-accent font-semibold">
          {initials}
        </span>
        <span className="max-w-32 truncate">{name}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-56 rounded-xl border border-border bg-card p-1 text-foreground shadow-lg"
        >
          <DropdownMenu.Label className="px-3 py-2 text-xs text-muted-foreground">
            {t("signedInAs", { name })}
            <span className="block truncate">{workspaceName}</span>
          </DropdownMenu.Label>
          <DropdownMenu.Separator className="my-1 h-px bg-border" />
          <DropdownMenu.Item asChild className={ITEM}>
            <Link href="/settings">{t("settings")}</Link>
          </DropdownMenu.Item>
          {isOwner && (
            <DropdownMenu.Item asChild className={ITEM}>
              <Link href="/audit">{tAudit("link")}</Link>
            </DropdownMenu.Item>
          )}
          <DropdownMenu.Item className={ITEM} onSelect={() => void signOut({ callbackUrl: "/" })}>
            {t("signOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
