import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown for a missing page and for anything the user may not see: the two look the same. */
export async function NotFoundMessage() {
  const t = await getTranslations("common");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="text-muted-foreground">{t("notFoundBody")}</p>
      <Link href="/team" className="font-medium text-primary underline underline-offset-4">
        {t("goHome")}
      </Link>
    </div>
  );
}
