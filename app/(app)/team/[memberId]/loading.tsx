import { getTranslations } from "next-intl/server";

const block = "animate-pulse rounded-xl bg-muted";

/** The profile's shape while it loads, so nothing jumps when it arrives. */
export default async function ProfileLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="space-y-2">
        <div className="h-4 w-28 animate-pulse rounded bg-muted" />
        <div className="h-8 w-56 animate-pulse rounded-lg bg-muted" />
        <div className="h-4 w-72 max-w-full animate-pulse rounded bg-muted" />
      </div>
      <div className="grid gap-6 md:grid-cols-2">
        <div className={`h-64 ${block}`} />
        <div className={`h-64 ${block}`} />
      </div>
      <div className="grid gap-3 lg:grid-cols-3">
        <div className={`h-48 ${block}`} />
        <div className={`h-48 ${block}`} />
        <div className={`h-48 ${block}`} />
      </div>
    </div>
  );
}
