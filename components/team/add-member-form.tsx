"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { addMemberAction } from "@/app/(app)/team/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { MemberFields } from "@/components/team/member-fields";

export function AddMemberForm() {
  const t = useTranslations("team");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [added, setAdded] = useState<string | null>(null);
  // Remounting the fields after an add also resets the cadence choice, which is React state.
  const [round, setRound] = useState(0);
  const form = useFormSubmit(
    (values) => {
      setAdded(null);
      return addMemberAction(values);
    },
    ({ name }) => {
      formRef.current?.reset();
      setRound((current) => current + 1);
      setAdded(t("added", { name }));
      router.refresh();
    },
  );

  return (
    <Card aria-labelledby="add-member-title">
      <h2 id="add-member-title" className="mb-4 text-lg font-semibold">
        {t("addTitle")}
      </h2>
      <form ref={formRef} onSubmit={form.onSubmit} noValidate className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <FormMessage message={form.formError} />
          <FormMessage message={added} tone="success" />
        </div>
        <MemberFields key={round} errors={form.fieldErrors} />
        <div className="sm:col-span-2">
          <Button type="submit" disabled={form.pending}>
            {form.pending ? t("adding") : t("add")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
