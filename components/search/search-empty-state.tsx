import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";

/** Before a search, a hint on what to type; after one with no hits, what to try instead. */
export async function SearchEmptyState({ query }: { query: string | null }) {
  const t = await getTranslations("search");
  return (
    <Card className="space-y-2 bg-accent/40">
      {query === null ? (
        <>
          <h2 className="text-lg font-semibold">{t("emptyQueryTitle")}</h2>
          <p className="max-w-prose text-muted-foreground">{t("emptyQueryBody")}</p>
        </>
      ) : (
        <div role="status" className="space-y-2">
          <h2 className="text-lg font-semibold">{t("noResultsTitle", { query })}</h2>
          <p className="max-w-prose text-muted-foreground">{t("noResultsBody")}</p>
        </div>
      )}
    </Card>
  );
}
