import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Depth } from "@/lib/generated/prisma/enums";

/** When every question at the suggested depth is known or used: say so, and what to do next. */
export function QuestionsExhausted({ depth, name }: { depth: Depth; name: string }) {
  const t = useTranslations("plan");
  const tDepth = useTranslations("depth");
  return (
    <div role="status" className="space-y-2 rounded-lg bg-muted px-3 py-3 text-sm">
      <p className="font-semibold">{t("exhaustedTitle")}</p>
      <p>{t("exhausted", { depth: tDepth(depth), name })}</p>
      <Link href="/questions" className="inline-block font-medium text-primary underline-offset-4 hover:underline">
        {t("questionBankLink")}
      </Link>
    </div>
  );
}
