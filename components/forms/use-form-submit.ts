"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import type { ActionResult, FieldErrors } from "@/lib/actions/action-result";

type SubmitState = { pending: boolean; fieldErrors: FieldErrors; formError: string | null };

/**
 * Submits a form's values to `submit` and keeps what the user sees in step: pending while it
 * runs, every field error beside its field, and a clear message when the network fails.
 */
export function useFormSubmit<T>(
  submit: (values: Record<string, string>) => Promise<ActionResult<T>>,
  onSuccess: (data: T, values: Record<string, string>) => void | Promise<void>,
) {
  const t = useTranslations("errors");
  const [state, setState] = useState<SubmitState>({ pending: false, fieldErrors: {}, formError: null });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (state.pending) return;
    const values = Object.fromEntries(
      [...new FormData(event.currentTarget)].map(([key, value]) => [key, String(value)]),
    );
    setState({ pending: true, fieldErrors: {}, formError: null });
    try {
      const result = await submit(values);
      if (!result.ok) {
        setState({ pending: false, fieldErrors: result.fieldErrors, formError: result.formError });
        return;
      }
      await onSuccess(result.data, values);
      setState((current) => ({ ...current, pending: false }));
    } catch {
      setState({ pending: false, fieldErrors: {}, formError: t("network") });
    }
  }

  return { ...state, onSubmit };
}
