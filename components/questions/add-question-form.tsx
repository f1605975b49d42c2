"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { addQuestionAction } from "@/app/(app)/questions/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input, inputClassName, Select } from "@/components/ui/input";
import type { Depth } from "@/lib/generated/prisma/enums";
import { DEPTHS, TOPICS_BY_DEPTH } from "@/lib/insights/topics";
import { MAX_HINT_LENGTH, MAX_QUESTION_LENGTH, MAX_QUESTION_TOPIC_LENGTH } from "@/lib/questions/limits";

const OWN_TOPIC = "__own";

/** A workspace's own question: depth, topic (from the list or in one's own words), text in EN and/or JA. */
export function AddQuestionForm() {
  const t = useTranslations("questionBank");
  const tDepth = useTranslations("depth");
  const tTopics = useTranslations("topics");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [depth, setDepth] = useState<Depth>("FACTUAL");
  const [topic, setTopic] = useState("");
  const [ownTopic, setOwnTopic] = useState("");
  const [added, setAdded] = useState(false);

  const form = useFormSubmit(addQuestionAction, () => {
    formRef.current?.reset();
    setTopic("");
    setOwnTopic("");
    setAdded(true);
    router.refresh();
  });

  return (
    <Card aria-labelledby="add-question-heading">
      <form ref={formRef} onSubmit={(event) => { setAdded(false); void form.onSubmit(event); }} noValidate className="space-y-4">
        <h2 id="add-question-heading" className="text-lg font-semibold">
          {t("addTitle")}
        </h2>
        <FormMessage message={form.formError} />
        <FormMessage message={added ? t("added") : null} tone="success" />
        <input type="hidden" name="topic" value={topic === OWN_TOPIC ? ownTopic : topic} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label={t("depth")} errors={form.fieldErrors.depth}>
            <Select
              name="depth"
              value={depth}
              onChange={(event) => {
                setDepth(event.target.value as Depth);
                if (topic !== OWN_TOPIC) setTopic("");
              }}
            >
              {DEPTHS.map((value) => (
                <option key={value} value={value}>
                  {tDepth(value)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("topic")} errors={topic === OWN_TOPIC ? undefined : form.fieldErrors.topic}>
            <Select value={topic} onChange={(event) => setTopic(event.target.value)}>
              <option value="">{t("chooseTopic")}</option>
              {TOPICS_BY_DEPTH[depth].map((key) => (
                <option key={key} value={key}>
                  {tTopics(key)}
                </option>
              ))}
              <option value={OWN_TOPIC}>{t("ownTopic")}</option>
            </Select>
          </Field>
        </div>
        {topic === OWN_TOPIC && (
          <Field label={t("ownTopicLabel")} errors={form.fieldErrors.topic}>
            <Input value={ownTopic} maxLength={MAX_QUESTION_TOPIC_LENGTH} onChange={(event) => setOwnTopic(event.target.value)} />
          </Field>
        )}
        <p className="text-sm text-muted-foreground">{t("textHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="space-y-4">
            <Field label={t("textEn")} errors={form.fieldErrors.textEn}>
              <textarea name="textEn" lang="en" rows={2} maxLength={MAX_QUESTION_LENGTH} className={inputClassName} />
            </Field>
            <Field label={t("hintEn")} hint={t("hintHint")} errors={form.fieldErrors.hintEn}>
              <Input name="hintEn" lang="en" maxLength={MAX_HINT_LENGTH} />
            </Field>
          </div>
          <div className="space-y-4">
            <Field label={t("textJa")} errors={form.fieldErrors.textJa}>
              <textarea name="textJa" lang="ja" rows={2} maxLength={MAX_QUESTION_LENGTH} className={inputClassName} />
            </Field>
            <Field label={t("hintJa")} hint={t("hintHint")} errors={form.fieldErrors.hintJa}>
              <Input name="hintJa" lang="ja" maxLength={MAX_HINT_LENGTH} />
            </Field>
          </div>
        </div>
        <Button type="submit" className="w-full sm:w-auto" disabled={form.pending}>
          {form.pending ? t("adding") : t("add")}
        </Button>
      </form>
    </Card>
  );
}
