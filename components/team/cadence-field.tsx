"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { CADENCE_PRESETS, DEFAULT_CADENCE_DAYS, MAX_CADENCE_DAYS, MIN_CADENCE_DAYS, isCadencePreset } from "@/lib/team/cadence";

const CUSTOM = "custom";

/**
 * How often to talk with a report: a familiar rhythm (every week … every quarter), or any
 * number of days. Either way the form sends `cadenceDays`; the server validates it.
 */
export function CadenceField({ errors, value = DEFAULT_CADENCE_DAYS }: { errors?: string[]; value?: number }) {
  const t = useTranslations("cadence");
  const [choice, setChoice] = useState(isCadencePreset(value) ? String(value) : CUSTOM);
  const custom = choice === CUSTOM;
  return (
    <>
      <Field label={t("label")} hint={t("hint")} errors={custom ? undefined : errors}>
        <Select name="cadenceChoice" value={choice} onChange={(event) => setChoice(event.target.value)}>
          {CADENCE_PRESETS.map((days) => (
            <option key={days} value={String(days)}>
              {t("every", { days })}
            </option>
          ))}
          <option value={CUSTOM}>{t("custom")}</option>
        </Select>
      </Field>
      {custom ? (
        <Field label={t("days")} hint={t("daysHint")} errors={errors}>
          <Input
            name="cadenceDays"
            type="number"
            inputMode="numeric"
            min={MIN_CADENCE_DAYS}
            max={MAX_CADENCE_DAYS}
            step={1}
            defaultValue={isCadencePreset(value) ? "" : String(value)}
          />
        </Field>
      ) : (
        <input type="hidden" name="cadenceDays" value={choice} />
      )}
    </>
  );
}
