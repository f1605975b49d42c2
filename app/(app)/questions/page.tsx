import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddQuestionForm } from "@/components/questions/add-question-form";
import { QuestionList } from "@/components/questions/question-list";
import { requireUser } from "@/lib/auth/guards";
import { BUILTIN_QUESTIONS } from "@/lib/questions/builtin-questions";
import { canArchiveQuestion, listWorkspaceQuestions } from "@/lib/questions/workspace-questions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("questionBank"))("title") };
}

/** The workspace's own questions, beside the built-in ones the plan page suggests. */
export default async function QuestionBankPage() {
  const user = await requireUser();
  const [t, questions] = await Promise.all([getTranslations("questionBank"), listWorkspaceQuestions(user)]);

  return (
    <ClientMessages namespaces={["depth", "errors", "questionBank", "topics"]}>
      <div className="mx-auto max-w-3xl space-y-6 pb-16">
        <div className="space-y-2">
          <Link href="/team" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            ← {t("backToTeam")}
          </Link>
          <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
          <p className="text-muted-foreground">{t("lead", { count: BUILTIN_QUESTIONS.length })}</p>
        </div>
        <AddQuestionForm />
        <QuestionList
          questions={questions.map((question) => ({
            ...question,
            canArchive: canArchiveQuestion(user, question),
          }))}
        />
      </div>
    </ClientMessages>
  );
}
