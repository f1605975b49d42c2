import type { ConversationSetting, Depth, FollowUpStatus } from "@/lib/generated/prisma/enums";

// The demo is written as offsets from "now" rather than dates, so a freshly seeded demo
// always looks lived-in: the seed turns every offset into a date when it runs.

export type DemoInsight = {
  depth: Depth;
  /** A key from TOPICS_BY_DEPTH, or the manager's own words. */
  topic: string;
  text: string;
};

export type DemoConversation = {
  daysAgo: number;
  setting: ConversationSetting;
  durationMinutes: number | null;
  openness: 1 | 2 | 3 | 4 | 5;
  volunteered: boolean;
  pulledBackAt: Depth | null;
  intention: string | null;
  insights: DemoInsight[];
};

export type DemoMilestone = {
  title: string;
  /** Days from now; negative once the date has passed. */
  dueInDays: number | null;
  doneDaysAgo: number | null;
};

export type DemoFollowUp = {
  /** The conversation the request came up in, named by its `daysAgo`. */
  conversationDaysAgo: number;
  /** In the report's own words. */
  request: string;
  action: string | null;
  /** Days from now; negative once the date has passed. */
  dueInDays: number | null;
  status: FollowUpStatus;
  dropReason: string | null;
  /** When it was marked done or dropped. */
  closedDaysAgo: number | null;
  milestones: DemoMilestone[];
};

export type DemoMissionVersion = { daysAgo: number; text: string };

export type DemoReport = {
  name: string;
  jobTitle: string;
  team: string;
  email: string | null;
  startedDaysAgo: number;
  /** When the manager added the report to Innerview. */
  addedDaysAgo: number;
  languages: string[];
  cadenceDays: number;
  /** Oldest first. */
  conversations: DemoConversation[];
  followUps: DemoFollowUp[];
  /** Personal mission versions, oldest first; empty while there is none. */
  mission: DemoMissionVersion[];
};
