"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { setMemberArchivedAction } from "@/app/(app)/team/actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

/** Archive a report (hidden from the team, notes kept) or bring them back. */
export function ArchiveMemberButton({ memberId, archived }: { memberId: string; archived: boolean }) {
  const t = useTranslations("team");
  const router = useRouter();
  const { pending, error, run } = useActionCall();

  return (
    <div className="space-y-2">
      <FormMessage message={error} />
      <Button
        type="button"
        variant={archived ? "secondary" : "danger"}
        disabled={pending}
        onClick={() =>
          run(
            () => setMemberArchivedAction({ memberId, archived: !archived }),
            () => {
              router.push(archived ? `/team/${memberId}` : "/team?archived=1");
              router.refresh();
            },
          )
        }
      >
        {archived ? t("restore") : t("archive")}
      </Button>
    </div>
  );
}
