"use client";

import { useTranslations } from "next-intl";
import { CUSTOM_TOPIC, type InsightDraft } from "@/components/conversations/conversation-draft";
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { Input, inputClassName, Select } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";
import { MAX_INSIGHT_LENGTH, MAX_TOPIC_LENGTH } from "@/lib/conversations/limits";
import type { Depth } from "@/lib/generated/prisma/enums";
import { proposeDepth } from "@/lib/insights/propose-depth";
import { DEPTHS, TOPICS_BY_DEPTH } from "@/lib/insights/topics";

type Props = {
  index: number;
  insight: InsightDraft;
  errors: FieldErrors;
  onChange: (insight: InsightDraft) => void;
  onRemove: () => void;
};

/** One insight: its depth, its topic and what was learned. */
export function InsightEditor({ index, insight, errors, onChange, onRemove }: Props) {
  const t = useTranslations("log");
  const tDepth = useTranslations("depth");
  const tTopics = useTranslations("topics");
  const field = (name: string) => errors[`insights.${index}.${name}`];
  const proposal = proposeDepth(insight.text);
  const update = (changes: Partial<InsightDraft>) => onChange({ ...insight, ...changes });
  const setDepth = (depth: Depth) =>
    update({ depth, topic: insight.topic === CUSTOM_TOPIC ? CUSTOM_TOPIC : "" });

  return (
    <fieldset className="space-y-3 rounded-xl border border-border p-3 sm:p-4">
      <legend className="px-1 text-sm font-semibold">{t("insightNumber", { number: index + 1 })}</legend>
      <ChoiceGroup
        legend={t("depth")}
        name={`depth-${insight.key}`}
        options={DEPTHS.map((depth) => ({ value: depth, label: tDepth(depth) }))}
        value={insight.depth}
        onChange={setDepth}
        errors={field("depth")}
      />
      <Field label={t("topic")} errors={insight.topic === CUSTOM_TOPIC ? undefined : field("topic")}>
        <Select value={insight.topic} onChange={(event) => update({ topic: event.target.value })}>
          <option value="">{t("chooseTopic")}</option>
          {TOPICS_BY_DEPTH[insight.depth].map((topic) => (
            <option key={topic} value={topic}>
              {tTopics(topic)}
            </option>
          ))}
          <option value={CUSTOM_TOPIC}>{t("customTopic")}</option>
        </Select>
      </Field>
      {insight.topic === CUSTOM_TOPIC && (
        <Field label={t("customTopicLabel")} errors={field("topic")}>
          <Input
            value={insight.customTopic}
            maxLength={MAX_TOPIC_LENGTH}
            onChange={(event) => update({ customTopic: event.target.value })}
          />
        </Field>
      )}
      <Field label={t("insightText")} errors={field("text")}>
        <textarea
          className={`${inputClassName} min-h-24`}
          value={insight.text}
          maxLength={MAX_INSIGHT_LENGTH}
          onChange={(event) => update({ text: event.target.value })}
        />
      </Field>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {proposal && proposal.depth !== insight.depth ? (
          <p className="text-sm text-muted-foreground" aria-live="polite">
            {t("proposal", { depth: tDepth(proposal.depth) })}{" "}
            <Button type="button" variant="secondary" size="sm" onClick={() => setDepth(proposal.depth)}>
              {t("useProposal", { depth: tDepth(proposal.depth) })}
            </Button>
          </p>
        ) : (
          <span />
        )}
        <Button type="button" variant="danger" size="sm" onClick={onRemove} aria-label={t("removeInsightLabel", { number: index + 1 })}>
          {t("removeInsight")}
        </Button>
      </div>
    </fieldset>
  );
}
