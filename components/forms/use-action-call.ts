"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/actions/action-result";

/**
 * Calls a server action from a button (no form): pending while it runs, the action's message
 * when it refuses, and a clear network message when the request never got an answer.
 */
export function useActionCall() {
  const tErrors = useTranslations("errors");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run<T>(call: () => Promise<ActionResult<T>>, onSuccess: (data: T) => void) {
    setPending(true);
    setError(null);
    try {
      const result = await call();
      if (!result.ok) {
        setError(result.formError ?? tErrors("unexpected"));
        return;
      }
      onSuccess(result.data);
    } catch {
      setError(tErrors("network"));
    } finally {
      setPending(false);
    }
  }

  return { pending, error, setError, run };
}
