import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SearchForm } from "@/components/search/search-form";

// The heading and the form stay in place from one search to the next (a layout is not
// re-rendered when only the query changes): the input keeps focus, the results below change.
export default async function SearchLayout({ children }: { children: ReactNode }) {
  const t = await getTranslations("search");
  return (
    <ClientMessages namespaces={["search"]}>
      <div className="space-y-6">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="max-w-prose text-muted-foreground">{t("lead")}</p>
        </div>
        <SearchForm />
        {children}
      </div>
    </ClientMessages>
  );
}
