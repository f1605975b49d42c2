"use client";

import { Pencil } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { saveMissionAction } from "@/app/(app)/team/[memberId]/actions";
import { useFormSubmit } from "@/components/forms/use-form-submit";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { inputClassName } from "@/components/ui/input";
import { MAX_MISSION_LENGTH } from "@/lib/missions/limits";

type MissionText = { version: number; text: string };

/**
 * Writes a new version of the personal mission. The form remembers the version it was opened
 * on; if someone saved a newer one meanwhile, it shows that one and keeps the manager's text,
 * and a second save (now on top of the newer version) makes theirs the newest, knowingly.
 */
export function MissionEditor({ memberId, current }: { memberId: string; current: MissionText | null }) {
  const t = useTranslations("mission");
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [baseVersion, setBaseVersion] = useState(0);
  const [newer, setNewer] = useState<MissionText | null | undefined>(undefined);
  const [status, setStatus] = useState<string | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!editing && returnFocus.current) {
      returnFocus.current = false;
      openButton.current?.focus();
    }
  }, [editing]);

  function open() {
    setBaseVersion(current?.version ?? 0);
    setNewer(undefined);
    setStatus(null);
    setEditing(true);
  }

  function close() {
    returnFocus.current = true;
    setEditing(false);
  }

  const form = useFormSubmit(saveMissionAction, (result) => {
    if (result.status === "conflict") {
      setNewer(result.latest);
      setBaseVersion(result.latest?.version ?? 0);
      return;
    }
    setStatus(result.status === "saved" ? t("saved", { version: result.mission.version }) : t("unchanged"));
    close();
    router.refresh();
  });

  if (!editing) {
    return (
      <div className="space-y-3">
        <FormMessage message={status} tone="success" />
        <Button ref={openButton} variant={current ? "secondary" : "primary"} onClick={open}>
          <Pencil aria-hidden="true" className="size-4" />
          {current ? t("revise") : t("write")}
        </Button>
      </div>
    );
  }

  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <FormMessage message={form.formError} />
      {newer !== undefined && (
        <div role="alert" className="space-y-2 rounded-lg bg-danger-soft px-3 py-2 text-sm">
          <p className="font-medium text-danger">{newer ? t("conflict", { version: newer.version }) : t("conflictDeleted")}</p>
          {newer && <blockquote className="border-l-2 border-border pl-2 whitespace-pre-line">{newer.text}</blockquote>}
        </div>
      )}
      <div className="rounded-lg bg-muted px-3 py-2 text-sm">
        <p className="font-medium">{t("promptsTitle")}</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-muted-foreground">
          <li>{t("promptBeing")}</li>
          <li>{t("promptMeaning")}</li>
          <li>{t("promptDoing")}</li>
        </ul>
      </div>
      <Field label={t("label")} hint={t("hint")} errors={form.fieldErrors.text}>
        <textarea
          name="text"
          defaultValue={current?.text ?? ""}
          rows={10}
          maxLength={MAX_MISSION_LENGTH}
          autoFocus
          className={inputClassName}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? t("saving") : t("save")}
        </Button>
        <Button type="button" variant="secondary" onClick={close}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
