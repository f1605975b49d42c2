"use client";

import { RefreshCw } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { createPlanAction } from "@/app/(app)/team/[memberId]/plan/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, inputClassName, Select } from "@/components/ui/input";
import { SETTINGS } from "@/lib/conversations/limits";
import type { Depth } from "@/lib/generated/prisma/enums";
import { isTopicKey } from "@/lib/insights/topics";
import type { SuggestedQuestion } from "@/lib/plans/select-questions";
import { MAX_AGENDA_LENGTH, MAX_PLAN_INTENTION_LENGTH } from "@/lib/plans/limits";

type Props = {
  memberId: string;
  depth: Depth;
  today: string;
  questions: SuggestedQuestion[];
  /** Where "show three others" leads; null when there is no other set. */
  othersHref: string | null;
  setLabel: string | null;
  /** Shown instead of the questions when the bank at this depth is exhausted. */
  exhausted: React.ReactNode;
};

/**
 * The plan: which suggested questions to keep, the intention, when and where. The form keeps
 * what the manager typed while "show three others" loads a new set (a soft navigation keeps
 * this component's state); only the questions on screen can be kept.
 */
export function PlanForm({ memberId, depth, today, questions, othersHref, setLabel, exhausted }: Props) {
  const t = useTranslations("plan");
  const tSetting = useTranslations("setting");
  const tTopics = useTranslations("topics");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [dropped, setDropped] = useState<ReadonlySet<string>>(new Set());
  const [saved, setSaved] = useState(false);
  const kept = questions.filter((question) => !dropped.has(question.id)).map((question) => question.id);

  const form = useFormSubmit(createPlanAction, () => {
    formRef.current?.reset();
    setDropped(new Set());
    setSaved(true);
    router.refresh();
  });

  const toggle = (id: string, keep: boolean) =>
    setDropped((current) => {
      const next = new Set(current);
      if (keep) next.delete(id);
      else next.add(id);
      return next;
    });

  const topicLabel = (topic: string) => (isTopicKey(topic) ? tTopics(topic) : topic);

  return (
    <form ref={formRef} onSubmit={(event) => { setSaved(false); void form.onSubmit(event); }} noValidate className="space-y-6">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="depth" value={depth} />
      <input type="hidden" name="questionIds" value={kept.join(",")} />

      <Card aria-labelledby="questions-heading" className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0 space-y-1">
            <h2 id="questions-heading" className="text-lg font-semibold">
              {t("questionsTitle")}
            </h2>
            {questions.length > 0 && <p className="text-sm text-muted-foreground">{t("questionsLead")}</p>}
          </div>
          {othersHref && (
            <div className="flex items-center gap-2">
              {setLabel && <span className="text-xs text-muted-foreground">{setLabel}</span>}
              <Button asChild variant="secondary" size="sm">
                <Link href={othersHref} scroll={false} replace>
                  <RefreshCw aria-hidden="true" className="size-4" />
                  {t("showOthers")}
                </Link>
              </Button>
            </div>
          )}
        </div>
        {questions.length === 0 ? (
          exhausted
        ) : (
          <ul className="space-y-3">
            {questions.map((question) => (
              <li key={question.id}>
                <label className="flex cursor-pointer gap-3 rounded-lg border border-border p-3 has-[:checked]:border-primary has-[:checked]:bg-accent/40">
                  <input
                    type="checkbox"
                    className="mt-1 size-5 shrink-0 accent-[var(--primary)]"
                    checked={!dropped.has(question.id)}
                    onChange={(event) => toggle(question.id, event.target.checked)}
                  />
                  <span className="min-w-0 space-y-1">
                    <span lang={question.lang} className="block font-medium">
                      {question.text}
                    </span>
                    {question.hint && (
                      <span lang={question.lang} className="block text-sm text-muted-foreground">
                        {question.hint}
                      </span>
                    )}
                    <span className="flex flex-wrap gap-x-3 text-xs text-muted-foreground">
                      <span>{t("topic", { topic: topicLabel(question.topic) })}</span>
                      {question.own && <span>{t("ownQuestion")}</span>}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
        {questions.length > 0 && (
          <Link href="/questions" className="inline-block text-sm font-medium text-primary underline-offset-4 hover:underline">
            {t("questionBankLink")}
          </Link>
        )}
      </Card>

      <Card aria-labelledby="plan-form-heading" className="space-y-4">
        <h2 id="plan-form-heading" className="text-lg font-semibold">
          {t("formTitle")}
        </h2>
        <FormMessage message={form.formError} />
        <FormMessage message={saved ? t("saved") : null} tone="success" />
        <Field label={t("intention")} hint={t("intentionHint")} errors={form.fieldErrors.intention}>
          <textarea name="intention" rows={3} maxLength={MAX_PLAN_INTENTION_LENGTH} required className={`${inputClassName} min-h-20`} />
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("date")} errors={form.fieldErrors.plannedOn}>
            <Input type="date" name="plannedOn" defaultValue={today} required />
          </Field>
          <Field label={`${t("setting")} (${t("optional")})`} errors={form.fieldErrors.setting}>
            <Select name="setting" defaultValue="">
              <option value="">{t("settingOpen")}</option>
              {SETTINGS.map((setting) => (
                <option key={setting} value={setting}>
                  {tSetting(setting)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={`${t("agenda")} (${t("optional")})`} hint={t("agendaHint")} errors={form.fieldErrors.agenda}>
          <textarea name="agenda" rows={3} maxLength={MAX_AGENDA_LENGTH} className={`${inputClassName} min-h-20`} />
        </Field>
        <FormMessage message={form.fieldErrors.questionIds?.join(" ")} />
        <Button type="submit" className="w-full sm:w-auto" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
      </Card>
    </form>
  );
}
