"use client";

import type { Depth } from "@/lib/generated/prisma/enums";
import type { SETTINGS } from "@/lib/conversations/limits";

export const CUSTOM_TOPIC = "__custom";

export type InsightDraft = { key: string; depth: Depth; topic: string; customTopic: string; text: string };

export type ConversationDraft = {
  /** Created with the draft and sent with every attempt: retries create one conversation. */
  clientRequestId: string;
  occurredOn: string;
  setting: (typeof SETTINGS)[number] | "";
  durationMinutes: string;
  openness: string;
  volunteered: boolean;
  pulledBackAt: Depth | "";
  intention: string;
  insights: InsightDraft[];
  savedAt?: string;
};

export function newInsight(key: string = crypto.randomUUID()): InsightDraft {
  return { key, depth: "FACTUAL", topic: "", customTopic: "", text: "" };
}

export function newDraft(today: string): ConversationDraft {
  return {
    clientRequestId: crypto.randomUUID(),
    occurredOn: today,
    setting: "COFFEE",
    durationMinutes: "",
    openness: "",
    volunteered: false,
    pulledBackAt: "",
    intention: "",
    // A fixed key for the first row: the form is rendered on the server too, and the key names
    // the row's radio group, so both renders must agree on it.
    insights: [newInsight("first")],
  };
}

// Drafts live in this browser only (localStorage), per manager and report, so a reload, a
// closed tab or a dropped network loses nothing. They leave the device only when saved.
const storageKey = (owner: string, memberId: string) => `innerview:conversation-draft:${owner}:${memberId}`;

export function loadDraft(owner: string, memberId: string): ConversationDraft | null {
  try {
    const stored = window.localStorage.getItem(storageKey(owner, memberId));
    return stored ? (JSON.parse(stored) as ConversationDraft) : null;
  } catch {
    return null;
  }
}

export function saveDraft(owner: string, memberId: string, draft: ConversationDraft) {
  try {
    window.localStorage.setItem(storageKey(owner, memberId), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled: the form still works, only the safety net is gone.
  }
}

export function clearDraft(owner: string, memberId: string) {
  window.localStorage.removeItem(storageKey(owner, memberId));
}

/** True when the manager has typed anything worth keeping. */
export function hasContent(draft: ConversationDraft): boolean {
  return (
    draft.openness !== "" ||
    draft.durationMinutes !== "" ||
    draft.intention.trim() !== "" ||
    draft.insights.some((insight) => insight.text.trim() !== "" || insight.customTopic.trim() !== "")
  );
}

/** The action's input: a custom topic replaces the topic key. */
export function toPayload(memberId: string, draft: ConversationDraft) {
  return {
    clientRequestId: draft.clientRequestId,
    memberId,
    occurredOn: draft.occurredOn,
    setting: draft.setting,
    durationMinutes: draft.durationMinutes,
    openness: draft.openness,
    volunteered: draft.volunteered,
    pulledBackAt: draft.pulledBackAt || null,
    intention: draft.intention,
    // A row the manager never touched is not an insight; a half-filled one is validated.
    insights: draft.insights
      .filter((insight) => insight.text.trim() !== "" || insight.topic !== "")
      .map(({ depth, topic, customTopic, text }) => ({ depth, topic: topic === CUSTOM_TOPIC ? customTopic : topic, text })),
  };
}
