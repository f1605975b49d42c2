"use client";

import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { type FormEvent, useEffect, useState, useSyncExternalStore } from "react";
import { logConversationAction } from "@/app/(app)/team/[memberId]/log/actions";
import {
  type ConversationDraft,
  clearDraft,
  hasContent,
  loadDraft,
  newDraft,
  newInsight,
  saveDraft,
  toPayload,
} from "@/components/conversations/conversation-draft";
import { ConversationAnswerFields } from "@/components/conversations/conversation-answers";
import { InsightEditor } from "@/components/conversations/insight-editor";
import { FollowUpAfterLog, followUpAfterLogHref } from "@/components/follow-ups/follow-up-after-log";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClassName } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";
import { MAX_INTENTION_LENGTH } from "@/lib/conversations/limits";

type Props = {
  memberId: string;
  draftOwner: string;
  today: string;
  /** The plan this conversation carries out: saving links and closes it (issue #4). */
  plan?: { id: string; intention: string } | null;
};

export function LogConversationForm({ memberId, draftOwner, today, plan = null }: Props) {
  const t = useTranslations("log");
  const tErrors = useTranslations("errors");
  const format = useFormatter();
  const router = useRouter();
  const [draft, setDraft] = useState<ConversationDraft>(() => ({ ...newDraft(today), intention: plan?.intention ?? "" }));
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  // The form is rendered on the server (it is the page: painting it with the HTML keeps the
  // phone's main thread free, issue #7), then takes the draft kept in this browser, once, on the
  // first render after hydration. Until then its fields are disabled, so nothing typed is lost.
  const hydrated = useSyncExternalStore(subscribeToNothing, () => true, () => false);
  const [draftChecked, setDraftChecked] = useState(false);
  if (hydrated && !draftChecked) {
    setDraftChecked(true);
    const stored = loadDraft(draftOwner, memberId);
    if (stored && hasContent(stored)) {
      setDraft(stored);
      setRestoredAt(stored.savedAt ?? null);
    }
  }
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [thenFollowUp, setThenFollowUp] = useState(false);

  // Every change is kept in this browser until the conversation is saved.
  useEffect(() => {
    if (hasContent(draft)) saveDraft(draftOwner, memberId, draft);
  }, [draft, draftOwner, memberId]);

  const update = (changes: Partial<ConversationDraft>) => setDraft((current) => ({ ...current, ...changes }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    setPending(true);
    setFormError(null);
    try {
      const result = await logConversationAction({ ...toPayload(memberId, draft), planId: plan?.id ?? null });
      if (!result.ok) {
        setFieldErrors(result.fieldErrors);
        setFormError(result.formError ?? t("fixErrors"));
        return;
      }
      clearDraft(draftOwner, memberId);
      router.push(thenFollowUp ? followUpAfterLogHref(memberId, result.data.id) : `/team/${memberId}`);
      router.refresh();
    } catch {
      // The draft stays saved; a retry reuses its request id and cannot create a duplicate.
      setFormError(tErrors("network"));
    } finally {
      setPending(false);
    }
  }

  function discardDraft() {
    clearDraft(draftOwner, memberId);
    setDraft({ ...newDraft(today), intention: plan?.intention ?? "" });
    setRestoredAt(null);
    setFieldErrors({});
    setFormError(null);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <fieldset disabled={!hydrated} className="min-w-0 space-y-5">
        {restoredAt && (
          <div role="status" className="flex flex-wrap items-center justify-between gap-2 rounded-lg bg-accent px-3 py-2 text-sm">
            <span>{t("draftRestored", { time: format.dateTime(new Date(restoredAt), { dateStyle: "medium", timeStyle: "short" }) })}</span>
            <Button type="button" variant="ghost" size="sm" onClick={discardDraft}>
              {t("discardDraft")}
            </Button>
          </div>
        )}
        <FormMessage message={formError} />

        <ConversationAnswerFields values={draft} onChange={update} errors={fieldErrors} today={today} />

        <section aria-labelledby="insights-heading" className="space-y-3">
          <h2 id="insights-heading" className="text-lg font-semibold">
            {t("insights")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("insightsHelp")}</p>
          {draft.insights.map((insight, index) => (
            <InsightEditor
              key={insight.key}
              index={index}
              insight={insight}
              errors={fieldErrors}
              onChange={(changed) => update({ insights: draft.insights.map((item) => (item.key === changed.key ? changed : item)) })}
              onRemove={() => update({ insights: draft.insights.filter((item) => item.key !== insight.key) })}
            />
          ))}
          <Button type="button" variant="secondary" onClick={() => update({ insights: [...draft.insights, newInsight()] })}>
            {t("addInsight")}
          </Button>
        </section>

        <Field label={`${t("intention")} (${t("optional")})`} hint={t("intentionHint")} errors={fieldErrors.intention}>
          <textarea
            className={`${inputClassName} min-h-20`}
            value={draft.intention}
            maxLength={MAX_INTENTION_LENGTH}
            onChange={(event) => update({ intention: event.target.value })}
          />
        </Field>

        <FollowUpAfterLog checked={thenFollowUp} onChange={setThenFollowUp} />

        <Button type="submit" className="w-full sm:w-auto" disabled={pending}>
          {pending ? t("saving") : t("save")}
        </Button>
      </fieldset>
    </form>
  );
}

const subscribeToNothing = () => () => {};
