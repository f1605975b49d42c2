"use client";

import { useTranslations } from "next-intl";
import { CadenceField } from "@/components/team/cadence-field";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";

export type MemberValues = {
  name: string;
  jobTitle: string | null;
  team: string | null;
  startDate: string | null;
  cadenceDays: number;
};

/** The fields of a report, for adding one and for editing one. */
export function MemberFields({ errors, values }: { errors: FieldErrors; values?: MemberValues }) {
  const t = useTranslations("team");
  return (
    <>
      <Field label={t("name")} errors={errors.name}>
        <Input name="name" required maxLength={100} autoComplete="off" defaultValue={values?.name} />
      </Field>
      <Field label={t("jobTitle")} errors={errors.jobTitle}>
        <Input name="jobTitle" maxLength={100} autoComplete="off" defaultValue={values?.jobTitle ?? ""} />
      </Field>
      <Field label={t("teamName")} errors={errors.team}>
        <Input name="team" maxLength={100} autoComplete="off" defaultValue={values?.team ?? ""} />
      </Field>
      <Field label={t("startDate")} errors={errors.startDate}>
        <Input name="startDate" type="date" defaultValue={values?.startDate ?? ""} />
      </Field>
      <CadenceField errors={errors.cadenceDays} value={values?.cadenceDays} />
    </>
  );
}
