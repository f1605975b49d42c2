"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { archiveQuestionAction } from "@/app/(app)/questions/actions";
import { useActionCall } from "@/components/forms/use-action-call";
import { DepthBadge } from "@/components/insights/depth-badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import type { Depth } from "@/lib/generated/prisma/enums";
import { isTopicKey } from "@/lib/insights/topics";

type Question = {
  id: string;
  depth: Depth;
  topic: string;
  textEn: string | null;
  textJa: string | null;
  hintEn: string | null;
  hintJa: string | null;
  createdBy: { name: string } | null;
  canArchive: boolean;
};

/** The workspace's own questions, each in the language(s) it was written in. */
export function QuestionList({ questions }: { questions: Question[] }) {
  const t = useTranslations("questionBank");
  const tTopics = useTranslations("topics");
  const router = useRouter();
  const { pending, error, run } = useActionCall();
  const [status, setStatus] = useState<string | null>(null);

  const archive = (questionId: string) =>
    run(
      () => archiveQuestionAction({ questionId }),
      () => {
        setStatus(t("archived"));
        router.refresh();
      },
    );

  return (
    <Card aria-labelledby="question-list-heading" className="space-y-4">
      <h2 id="question-list-heading" className="text-lg font-semibold">
        {t("listTitle")}
      </h2>
      <FormMessage message={error} />
      <FormMessage message={status} tone="success" />
      {questions.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="space-y-4">
          {questions.map((question) => (
            <li key={question.id} className="space-y-1 border-t border-border pt-4 first:border-t-0 first:pt-0">
              <div className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
                <DepthBadge depth={question.depth} />
                <span>{isTopicKey(question.topic) ? tTopics(question.topic) : question.topic}</span>
                {question.createdBy && <span>· {t("addedBy", { name: question.createdBy.name })}</span>}
              </div>
              {question.textEn && (
                <p lang="en" className="font-medium">
                  {question.textEn}
                  {question.hintEn && <span className="block text-sm font-normal text-muted-foreground">{question.hintEn}</span>}
                </p>
              )}
              {question.textJa && (
                <p lang="ja" className="font-medium">
                  {question.textJa}
                  {question.hintJa && <span className="block text-sm font-normal text-muted-foreground">{question.hintJa}</span>}
                </p>
              )}
              {question.canArchive && (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  aria-label={t("archiveLabel", { text: question.textEn ?? question.textJa ?? "" })}
                  onClick={() => archive(question.id)}
                >
                  {pending ? t("archiving") : t("archive")}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs text-muted-foreground">{t("archiveRule")}</p>
    </Card>
  );
}
