"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { cancelPlanAction } from "@/app/(app)/team/[memberId]/plan/actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function CancelPlanButton({ planId, describedBy }: { planId: string; describedBy: string }) {
  const t = useTranslations("plan");
  const router = useRouter();
  const { pending, error, run } = useActionCall();
  return (
    <>
      <Button
        variant="danger"
        size="sm"
        aria-describedby={describedBy}
        disabled={pending}
        onClick={() => run(() => cancelPlanAction({ planId }), () => router.refresh())}
      >
        {pending ? t("cancelling") : t("cancel")}
      </Button>
      <FormMessage message={error} />
    </>
  );
}
