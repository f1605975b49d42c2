"use client";

import dynamic from "next/dynamic";

// The form reads the manager's draft from localStorage as it first renders, which only the
// browser can do: it is not rendered on the server.
export const LogConversation = dynamic(
  () => import("@/components/conversations/log-conversation-form").then((module) => module.LogConversationForm),
  { ssr: false, loading: () => <div className="h-96 animate-pulse rounded-xl bg-muted" aria-hidden="true" /> },
);
