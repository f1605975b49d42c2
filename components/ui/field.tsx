import { type ReactElement, cloneElement, useId } from "react";

type FieldProps = {
  label: string;
  /** A short help text under the label. */
  hint?: string;
  /** Translated messages from the server, shown beside the field. */
  errors?: string[];
  /** The control: an Input, Select or textarea. Field wires its id and ARIA attributes. */
  children: ReactElement<Record<string, unknown>>;
};

export function Field({ label, hint, errors, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted-foreground">
          {hint}
        </p>
      )}
      {cloneElement(children, {
        id,
        "aria-describedby": describedBy,
        "aria-invalid": errorId ? true : undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-sm font-medium text-danger">
          {errors?.join(" ")}
        </p>
      )}
    </div>
  );
}
