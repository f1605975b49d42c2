"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { updateConversationAction } from "@/app/(app)/team/[memberId]/conversations/[conversationId]/edit/actions";
import { type ConversationAnswers, ConversationAnswerFields } from "@/components/conversations/conversation-answers";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClassName } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";
import { MAX_INTENTION_LENGTH } from "@/lib/conversations/limits";

type Props = { memberId: string; today: string; conversation: ConversationAnswers & { id: string; intention: string } };

export function EditConversationForm({ memberId, today, conversation }: Props) {
  const t = useTranslations("log");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [values, setValues] = useState(conversation);
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    try {
      const { id, ...answers } = values;
      const result = await updateConversationAction({ ...answers, conversationId: id, pulledBackAt: answers.pulledBackAt || null });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError ?? t("fixErrors"));
        return;
      }
      router.push(`/team/${memberId}`);
      router.refresh();
    } catch {
      setFormError(tErrors("network"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormMessage message={formError} />
      <ConversationAnswerFields values={values} onChange={(changes) => setValues((current) => ({ ...current, ...changes }))} errors={fieldErrors} today={today} />
      <Field label={`${t("intention")} (${t("optional")})`} hint={t("intentionHint")} errors={fieldErrors.intention}>
        <textarea
          className={`${inputClassName} min-h-20`}
          value={values.intention}
          maxLength={MAX_INTENTION_LENGTH}
          onChange={(event) => setValues((current) => ({ ...current, intention: event.target.value }))}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveChanges")}
      </Button>
    </form>
  );
}
