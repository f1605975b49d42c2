"use client";

import { useId } from "react";
import { cn } from "@/components/ui/cn";

type Option<T extends string> = { value: T; label: string };

type ChoiceGroupProps<T extends string> = {
  legend: string;
  name: string;
  options: Option<T>[];
  value: T | "";
  onChange: (value: T) => void;
  errors?: string[];
  /** A short line under the legend, e.g. what the ends of a scale mean. */
  description?: string;
  /** Hide the legend visually (it is still announced). */
  compact?: boolean;
};

/** One choice out of a few, as large tap targets: native radio buttons, styled as chips. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>) {
  const { legend, name, options, value, onChange, errors, description, compact } = props;
  const errorId = useId();
  const descriptionId = useId();
  const describedBy = [description && descriptionId, errors?.length && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset aria-describedby={describedBy} className="space-y-1.5">
      <legend className={cn("text-sm font-medium", compact && "sr-only")}>{legend}</legend>
      {description && (
        <p id={descriptionId} className="text-sm text-muted-foreground">
          {description}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label key={option.value} className="relative">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              className="peer sr-only"
            />
            <span
              className={cn(
                "inline-flex min-h-11 min-w-11 cursor-pointer items-center justify-center rounded-lg border border-border bg-card px-3 py-1 text-sm",
                "peer-checked:border-primary peer-checked:bg-accent peer-checked:font-semibold",
                "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-ring",
              )}
            >
              {option.label}
            </span>
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
