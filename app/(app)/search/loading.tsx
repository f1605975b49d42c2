import { getTranslations } from "next-intl/server";

// Shown below the search form while a search runs (the form is in the layout and stays).
export default async function SearchLoading() {
  const t = await getTranslations("search");
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <p className="text-sm text-muted-foreground">{t("searching")}</p>
      <div className="h-32 animate-pulse rounded-xl bg-muted" />
      <div className="h-24 animate-pulse rounded-xl bg-muted" />
    </div>
  );
}
