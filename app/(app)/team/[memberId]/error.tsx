"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** The profile could not be loaded: say nothing was lost, offer to retry or go back to the team. */
export default function ProfileError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  const tProfile = useTranslations("profile");
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("errorTitle")}</h1>
      <p className="text-muted-foreground">{t("errorBody")}</p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={reset}>{t("retry")}</Button>
        <Button asChild variant="secondary">
          <Link href="/team">{tProfile("backToTeam")}</Link>
        </Button>
      </div>
    </div>
  );
}
