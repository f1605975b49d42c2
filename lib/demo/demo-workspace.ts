import type { DemoReport } from "@/lib/demo/demo-types";
import { priyaRaman } from "@/lib/demo/reports/priya-raman";
import { sasakiAoi } from "@/lib/demo/reports/sasaki-aoi";
import { tanakaYuto } from "@/lib/demo/reports/tanaka-yuto";
import { tomBecker } from "@/lib/demo/reports/tom-becker";
import { watanabeKenji } from "@/lib/demo/reports/watanabe-kenji";

export type {
  DemoConversation,
  DemoFollowUp,
  DemoInsight,
  DemoMilestone,
  DemoMissionVersion,
  DemoReport,
} from "@/lib/demo/demo-types";

/** Public on purpose: whoever tries the demo signs in with these. */
export const DEMO_CREDENTIALS = {
  email: "demo@innerview.local",
  password: "coffee-and-trust",
} as const;

export const DEMO_WORKSPACE = {
  name: "Innerview demo",
  /** Days before the seed runs that the workspace was set up. */
  createdDaysAgo: 250,
} as const;

export const DEMO_MANAGER = {
  email: DEMO_CREDENTIALS.email,
  name: "Mika Sato",
  locale: "en",
  timeZone: "Asia/Tokyo",
} as const;

/**
 * The demo manager's five reports, each at a different point of the method:
 * - Priya: facts, then causes, then values over eight months; a personal mission in two versions.
 * - 田中さん: closed up when family came up, the manager stepped back, he later shared it himself.
 * - 佐々木さん: a good start that cooled; no conversation for over three months.
 * - Tom: joined a few weeks ago; two conversations, facts only.
 * - Kenji: a reserved veteran who opened up slowly at a monthly pace.
 */
export const DEMO_REPORTS: readonly DemoReport[] = [priyaRaman, tanakaYuto, sasakiAoi, tomBecker, watanabeKenji];
