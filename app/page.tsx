import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { Logo } from "@/components/shell/logo";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { getCurrentUser } from "@/lib/auth/current-user";

const DEPTH_CARDS = [
  { depth: "FACTUAL", body: "factualBody", accent: "border-t-depth-factual" },
  { depth: "CAUSATIVE", body: "causativeBody", accent: "border-t-depth-causative" },
  { depth: "VALUES", body: "valuesBody", accent: "border-t-depth-values" },
] as const;

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/team");
  const [t, tDepth] = await Promise.all([getTranslations("landing"), getTranslations("depth")]);

  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between gap-4 px-4 py-4">
        <Logo />
        <LanguageSwitch />
      </header>
      <main id="main" className="mx-auto w-full max-w-5xl flex-1 space-y-14 px-4 pt-8 pb-16 sm:pt-16">
        <section className="max-w-2xl space-y-5">
          <h1 className="text-3xl font-semibold tracking-tight text-balance sm:text-5xl">{t("title")}</h1>
          <p className="text-lg text-muted-foreground">{t("lead")}</p>
          <div className="flex flex-col gap-3 sm:flex-row">
            <Button asChild>
              <Link href="/sign-up">{t("signUp")}</Link>
            </Button>
            <Button asChild variant="secondary">
              <Link href="/sign-in">{t("signIn")}</Link>
            </Button>
          </div>
        </section>

        <section aria-labelledby="depths-title" className="space-y-4">
          <h2 id="depths-title" className="text-xl font-semibold">
            {t("depthsTitle")}
          </h2>
          <ol className="grid gap-3 sm:grid-cols-3">
            {DEPTH_CARDS.map(({ depth, body, accent }, index) => (
              <li key={depth} className={cn("rounded-xl border border-t-4 border-border bg-card p-4", accent)}>
                <p className="text-sm text-muted-foreground">{index + 1}</p>
                <h3 className="font-semibold">{tDepth(depth)}</h3>
                <p className="mt-1 text-muted-foreground">{t(body)}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="how-title" className="space-y-3">
          <h2 id="how-title" className="text-xl font-semibold">
            {t("howTitle")}
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            <li>{t("howLog")}</li>
            <li>{t("howReview")}</li>
            <li>{t("howPlan")}</li>
          </ul>
          <p className="rounded-lg bg-accent p-3">{t("privacy")}</p>
        </section>
      </main>
    </div>
  );
}
