"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateMemberAction } from "@/app/(app)/team/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { type MemberValues, MemberFields } from "@/components/team/member-fields";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";

export function EditMemberForm({ memberId, values }: { memberId: string; values: MemberValues }) {
  const t = useTranslations("team");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const form = useFormSubmit(
    (input) => updateMemberAction({ ...input, memberId }),
    () => {
      router.push(`/team/${memberId}`);
      router.refresh();
    },
  );

  return (
    <Card>
      <form onSubmit={form.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessage message={form.formError} />
        </div>
        <MemberFields errors={form.fieldErrors} values={values} />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={form.pending}>
            {form.pending ? tCommon("saving") : t("saveChanges")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
