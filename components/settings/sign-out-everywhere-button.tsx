"use client";

import { signOutTo } from "@/components/auth/sign-out";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/app/(app)/settings/session-actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Ends the sessions on every device — a lost phone, a shared computer — this one included. */
export function SignOutEverywhereButton() {
  const t = useTranslations("settings");
  const { pending, error, run } = useActionCall();
  return (
    <div className="space-y-2">
      <FormMessage message={error} />
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={() => run(() => signOutEverywhereAction({}), () => signOutTo("/sign-in"))}
      >
        {t("signOutEverywhere")}
      </Button>
    </div>
  );
}
