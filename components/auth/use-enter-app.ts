"use client";

import { useRouter } from "next/navigation";

/** After signing in: open the team, re-rendered with the new session and its saved language. */
export function useEnterApp() {
  const router = useRouter();
  return () => {
    router.replace("/team");
    router.refresh();
  };
}
