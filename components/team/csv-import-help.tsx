import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { HEADER_ALIASES } from "@/lib/members/parse-members-csv";
import { IMPORT_FIELDS } from "@/lib/members/parse-members-csv-row";

/** The file format, with the column names the parser accepts (read from the parser itself). */
export async function CsvImportHelp() {
  const t = await getTranslations("import");
  return (
    <Card aria-labelledby="csv-format-title" className="space-y-3">
      <h2 id="csv-format-title" className="text-lg font-semibold">
        {t("formatTitle")}
      </h2>
      <p className="max-w-prose">{t("formatBody")}</p>
      <details className="group rounded-lg border border-border">
        <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium focus-visible:outline-2 focus-visible:outline-ring">
          {t("formatColumns")}
        </summary>
        <dl className="grid gap-x-4 gap-y-1 border-t border-border px-3 py-2 text-sm sm:grid-cols-[max-content_1fr]">
          {IMPORT_FIELDS.map((field) => (
            <div key={field} className="contents">
              <dt className="font-medium">
                {t(`fields.${field}`)}
                {field === "name" && <span className="font-normal text-muted-foreground"> ({t("required")})</span>}
              </dt>
              <dd className="mb-2 text-muted-foreground sm:mb-0">
                {/* Wrap between names, never inside one (Japanese would break anywhere). */}
                {HEADER_ALIASES[field].map((alias, index) => (
                  <span key={alias}>
                    {index > 0 && ", "}
                    <span className="whitespace-nowrap">{alias}</span>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="space-y-1">
        <p className="text-sm font-medium">{t("formatExample")}</p>
        <pre className="rounded-lg bg-muted px-3 py-2 font-mono text-xs whitespace-pre-wrap [overflow-wrap:anywhere]">
          {t("exampleCsv")}
        </pre>
      </div>
    </Card>
  );
}
