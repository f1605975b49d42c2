"use client";

import { useTranslations } from "next-intl";
import type { ConversationDraft } from "@/components/conversations/conversation-draft";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import type { FieldErrors } from "@/lib/actions/action-result";
import { MAX_DURATION_MINUTES, SETTINGS } from "@/lib/conversations/limits";
import { DEPTHS } from "@/lib/insights/topics";

export type ConversationAnswers = Pick<
  ConversationDraft,
  "occurredOn" | "setting" | "durationMinutes" | "openness" | "volunteered" | "pulledBackAt"
>;

type Props = {
  values: ConversationAnswers;
  onChange: (changes: Partial<ConversationAnswers>) => void;
  errors: FieldErrors;
  today: string;
};

/** When, where, how long, and how open: the answers about a conversation itself. */
export function ConversationAnswerFields({ values, onChange, errors, today }: Props) {
  const t = useTranslations("log");
  const tSetting = useTranslations("setting");
  const tDepth = useTranslations("depth");
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("date")} errors={errors.occurredOn}>
          <Input type="date" value={values.occurredOn} max={today} required onChange={(event) => onChange({ occurredOn: event.target.value })} />
        </Field>
        <Field label={`${t("duration")} (${t("optional")})`} errors={errors.durationMinutes}>
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_DURATION_MINUTES}
            value={values.durationMinutes}
            onChange={(event) => onChange({ durationMinutes: event.target.value })}
          />
        </Field>
      </div>

      <ChoiceGroup
        legend={t("setting")}
        name="setting"
        options={SETTINGS.map((setting) => ({ value: setting, label: tSetting(setting) }))}
        value={values.setting}
        onChange={(setting) => onChange({ setting })}
        errors={errors.setting}
      />

      <ChoiceGroup
        legend={t("openness")}
        name="openness"
        description={t("opennessScale")}
        options={(["1", "2", "3", "4", "5"] as const).map((value) => ({ value, label: value }))}
        value={values.openness as "1" | "2" | "3" | "4" | "5" | ""}
        onChange={(openness) => onChange({ openness })}
        errors={errors.openness}
      />

      <div className="grid gap-4 sm:grid-cols-2 sm:items-end">
        <label className="flex min-h-11 items-center gap-3 text-sm font-medium">
          <input
            type="checkbox"
            className="size-5 accent-[var(--primary)]"
            checked={values.volunteered}
            onChange={(event) => onChange({ volunteered: event.target.checked })}
          />
          {t("volunteered")}
        </label>
        <Field label={t("pulledBackAt")} errors={errors.pulledBackAt}>
          <Select
            value={values.pulledBackAt}
            onChange={(event) => onChange({ pulledBackAt: event.target.value as ConversationAnswers["pulledBackAt"] })}
          >
            <option value="">{t("noPullBack")}</option>
            {DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {tDepth(depth)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </>
  );
}
