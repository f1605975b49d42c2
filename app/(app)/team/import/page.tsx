import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { CsvImportForm } from "@/components/team/csv-import-form";
import { CsvImportHelp } from "@/components/team/csv-import-help";
import { requireUser } from "@/lib/auth/guards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("import"))("title") };
}

export default async function ImportMembersPage() {
  await requireUser();
  const t = await getTranslations("import");
  return (
    <ClientMessages namespaces={["errors", "import"]}>
      <div className="space-y-6">
        <Link href="/team" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
          ← {t("backToTeam")}
        </Link>
        <header className="space-y-2">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="max-w-prose text-muted-foreground">{t("lead")}</p>
        </header>
        <CsvImportForm help={<CsvImportHelp />} />
      </div>
    </ClientMessages>
  );
}
