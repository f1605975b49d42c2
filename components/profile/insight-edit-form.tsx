"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { updateInsightAction } from "@/app/(app)/team/[memberId]/actions";
import { useUndoToast } from "@/components/profile/undo-toast";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, inputClassName, Select } from "@/components/ui/input";
import { MAX_INSIGHT_LENGTH, MAX_TOPIC_LENGTH } from "@/lib/conversations/limits";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS, TOPICS_BY_DEPTH } from "@/lib/insights/topics";

export type EditableInsight = { id: string; depth: Depth; topic: string; text: string; version: number };

/** The topic select's choice for "the manager's own words". */
const OWN_TOPIC = "";

const listedAt = (depth: Depth, topic: string) => (TOPICS_BY_DEPTH[depth] as readonly string[]).includes(topic);

/**
 * Edits an insight's depth, topic and text. The version it was opened on goes along: if the
 * insight changed meanwhile, nothing is saved and the other text is shown, the manager's own
 * edit stays in the form, and saving again replaces the other one knowingly.
 */
export function InsightEditForm({ insight, onClose }: { insight: EditableInsight; onClose: () => void }) {
  const t = useTranslations("insightEditor");
  const tDepth = useTranslations("depth");
  const tTopics = useTranslations("topics");
  const router = useRouter();
  const { announce } = useUndoToast();
  const [version, setVersion] = useState(insight.version);
  const [depth, setDepth] = useState<Depth>(insight.depth);
  const [topic, setTopic] = useState(listedAt(insight.depth, insight.topic) ? insight.topic : OWN_TOPIC);
  const [ownTopic, setOwnTopic] = useState(listedAt(insight.depth, insight.topic) ? "" : insight.topic);
  const [otherEdit, setOtherEdit] = useState<EditableInsight | null>(null);

  const form = useFormSubmit(updateInsightAction, (result) => {
    if (result.status === "conflict") {
      setOtherEdit(result.current);
      setVersion(result.current.version);
      return;
    }
    announce(t("saved"));
    onClose();
    router.refresh();
  });

  function changeDepth(next: Depth) {
    setDepth(next);
    if (topic !== OWN_TOPIC && !listedAt(next, topic)) setTopic(TOPICS_BY_DEPTH[next][0]);
  }

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="insightId" value={insight.id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="topic" value={topic === OWN_TOPIC ? ownTopic : topic} />
      <FormMessage message={form.formError} />
      {otherEdit && (
        <div role="alert" className="space-y-2 rounded-lg bg-danger-soft px-3 py-2 text-sm">
          <p className="font-medium text-danger">{t("conflict")}</p>
          <blockquote className="border-l-2 border-border pl-2 whitespace-pre-line text-foreground">{otherEdit.text}</blockquote>
        </div>
      )}
      <Field label={t("depth")} errors={form.fieldErrors.depth}>
        <Select name="depth" value={depth} onChange={(event) => changeDepth(event.target.value as Depth)}>
          {DEPTHS.map((option) => (
            <option key={option} value={option}>
              {tDepth(option)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("topic")} errors={topic === OWN_TOPIC ? undefined : form.fieldErrors.topic}>
        <Select value={topic} onChange={(event) => setTopic(event.target.value)}>
          {TOPICS_BY_DEPTH[depth].map((option) => (
            <option key={option} value={option}>
              {tTopics(option)}
            </option>
          ))}
          <option value={OWN_TOPIC}>{t("ownTopicOption")}</option>
        </Select>
      </Field>
      {topic === OWN_TOPIC && (
        <Field label={t("ownTopic")} errors={form.fieldErrors.topic}>
          <Input value={ownTopic} onChange={(event) => setOwnTopic(event.target.value)} maxLength={MAX_TOPIC_LENGTH} />
        </Field>
      )}
      <Field label={t("text")} errors={form.fieldErrors.text}>
        <textarea
          name="text"
          defaultValue={insight.text}
          rows={4}
          maxLength={MAX_INSIGHT_LENGTH}
          // The manager asked to edit: put them in the text.
          autoFocus
          className={inputClassName}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="secondary" size="sm" onClick={onClose}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
