"use client";

import Form from "next/form";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { MAX_QUERY_LENGTH } from "@/lib/search/normalize-query";

/**
 * The query lives in the URL (`/search?q=…`): submitting navigates there, so reload, back and
 * forward show the same search. The form sits in the layout, so it keeps focus across searches.
 */
export function SearchForm() {
  const t = useTranslations("search");
  const inputId = useId();
  const query = useSearchParams().get("q") ?? "";
  const [value, setValue] = useState(query);
  // Back and forward change the URL without a submit: show the query of the page shown.
  const [queryShown, setQueryShown] = useState(query);
  if (query !== queryShown) {
    setQueryShown(query);
    setValue(query);
  }

  // Label and hint above, input and button on one row at every width (Field would put the
  // button beside the label and hint too, squeezing them on a phone).
  return (
    <Form action="/search" role="search" className="space-y-1.5">
      <label htmlFor={inputId} className="block text-sm font-medium">
        {t("label")}
      </label>
      <p id={`${inputId}-hint`} className="text-sm text-muted-foreground">
        {t("hint")}
      </p>
      <div className="flex gap-2">
        <Input
          id={inputId}
          aria-describedby={`${inputId}-hint`}
          name="q"
          type="search"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          autoComplete="off"
          spellCheck={false}
          className="min-w-0 flex-1"
        />
        <Button type="submit">{t("submit")}</Button>
      </div>
    </Form>
  );
}
