import { openFields, sealFields } from "@/lib/crypto/note-cipher";

// A follow-up's words are the report's request and the manager's notes on it: encrypted at rest
// (lib/crypto/note-cipher.ts). These seal whichever of them a row holds, or open whichever a
// query selected.

const FOLLOW_UP = { request: "FollowUp.request", action: "FollowUp.action", dropReason: "FollowUp.dropReason" } as const;
const MILESTONE = { title: "Milestone.title" } as const;
const EVENT = { milestoneTitle: "FollowUpEvent.milestoneTitle", reason: "FollowUpEvent.reason" } as const;

export const sealFollowUpText = <Row extends object>(row: Row) => sealFields(row, FOLLOW_UP);
export const openFollowUpText = <Row extends object>(row: Row) => openFields(row, FOLLOW_UP);
export const sealMilestoneTitle = <Row extends object>(row: Row) => sealFields(row, MILESTONE);
export const openMilestoneTitle = <Row extends object>(row: Row) => openFields(row, MILESTONE);
export const sealEventText = <Row extends object>(row: Row) => sealFields(row, EVENT);
export const openEventText = <Row extends object>(row: Row) => openFields(row, EVENT);
