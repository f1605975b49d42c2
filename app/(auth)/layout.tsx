import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Logo } from "@/components/shell/logo";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-4">
        <Link href="/" className="rounded-lg focus-visible:outline-2 focus-visible:outline-ring" aria-label={t("appName")}>
          <Logo />
        </Link>
        <LanguageSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 pt-6 pb-16">
        {children}
      </main>
    </div>
  );
}
