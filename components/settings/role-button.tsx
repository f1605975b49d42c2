"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeRoleAction } from "@/app/(app)/settings/role-actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** For the owner: make someone an owner, or an owner a manager again. */
export function RoleButton({ userId, name, role }: { userId: string; name: string; role: "OWNER" | "MANAGER" }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const { pending, error, run } = useActionCall();
  const next = role === "OWNER" ? "MANAGER" : "OWNER";
  return (
    <div className="flex flex-col items-end gap-1">
      <FormMessage message={error} />
      <Button
        type="button"
        size="sm"
        variant="secondary"
        disabled={pending}
        onClick={() => run(() => changeRoleAction({ userId, role: next }), () => router.refresh())}
      >
        {t(next === "OWNER" ? "makeOwner" : "makeManager", { name })}
      </Button>
    </div>
  );
}
