"use client";

import { Undo2, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from "react";
import { useActionCall } from "@/components/forms/use-action-call";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";

type Restore = () => Promise<ActionResult<null>>;
type Toast = { message: string; restore: Restore | null };
type UndoToast = {
  /** Says what was just deleted and offers to bring it back. */
  offerUndo: (message: string, restore: Restore) => void;
  /** Says something happened, with nothing to undo. */
  announce: (message: string) => void;
};

const UndoToastContext = createContext<UndoToast | null>(null);

const SHOWN_MS = { undo: 15_000, announcement: 6_000 };

export function useUndoToast(): UndoToast {
  const toast = useContext(UndoToastContext);
  if (!toast) throw new Error("useUndoToast needs an UndoToastProvider around it");
  return toast;
}

/**
 * The profile's status bar at the bottom of the screen. It takes focus when it offers Undo,
 * because the button that deleted the item has just disappeared with it. It fades after a
 * while so it does not keep covering the page, but never while it has focus or the pointer;
 * nobody has to race it either: "Recently deleted" restores the same items for days.
 */
export function UndoToastProvider({ children }: { children: ReactNode }) {
  const t = useTranslations("trash");
  const router = useRouter();
  const [toast, setToast] = useState<Toast | null>(null);
  const { pending, error, setError, run } = useActionCall();
  const [focusRequest, setFocusRequest] = useState(0);
  const [held, setHeld] = useState({ focus: false, pointer: false });
  const undoRef = useRef<HTMLButtonElement>(null);
  const dismissRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusRequest > 0) (undoRef.current ?? dismissRef.current)?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (!toast || pending || held.focus || held.pointer) return;
    const timer = setTimeout(() => setToast(null), toast.restore ? SHOWN_MS.undo : SHOWN_MS.announcement);
    return () => clearTimeout(timer);
  }, [toast, pending, held]);

  const api = useMemo<UndoToast>(
    () => ({
      offerUndo: (message, restore) => {
        setToast({ message, restore });
        setError(null);
        setFocusRequest((count) => count + 1);
      },
      announce: (message) => {
        setToast({ message, restore: null });
        setError(null);
      },
    }),
    [setError],
  );

  async function undo(restore: Restore) {
    if (pending) return;
    await run(restore, () => {
      setToast({ message: t("restored"), restore: null });
      setFocusRequest((count) => count + 1);
      router.refresh();
    });
  }

  return (
    <UndoToastContext value={api}>
      {children}
      <div role="status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center p-4">
        {toast && (
          <div
            onFocus={() => setHeld((current) => ({ ...current, focus: true }))}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) setHeld((current) => ({ ...current, focus: false }));
            }}
            onPointerEnter={() => setHeld((current) => ({ ...current, pointer: true }))}
            onPointerLeave={() => setHeld((current) => ({ ...current, pointer: false }))}
            className="pointer-events-auto flex max-w-full flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-border bg-card py-2 pr-2 pl-4 text-foreground shadow-lg">
            <p className="text-sm font-medium">{toast.message}</p>
            {error && <p className="text-sm font-medium text-danger">{error}</p>}
            <div className="ml-auto flex items-center gap-1">
              {toast.restore && (
                <Button ref={undoRef} size="sm" variant="secondary" disabled={pending} onClick={() => toast.restore && undo(toast.restore)}>
                  <Undo2 aria-hidden="true" className="size-4" />
                  {pending ? t("undoing") : t("undo")}
                </Button>
              )}
              <Button
                ref={dismissRef}
                size="sm"
                variant="ghost"
                aria-label={t("dismiss")}
                onClick={() => {
                  setToast(null);
                  setHeld({ focus: false, pointer: false });
                }}
              >
                <X aria-hidden="true" className="size-4" />
              </Button>
            </div>
          </div>
        )}
      </div>
    </UndoToastContext>
  );
}
