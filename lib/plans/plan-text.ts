import { openFields, sealFields } from "@/lib/crypto/note-cipher";

// A plan's intention and agenda are the manager's notes about a report: encrypted at rest
// (lib/crypto/note-cipher.ts).
const PLAN = { intention: "ConversationPlan.intention", agenda: "ConversationPlan.agenda" } as const;

export const sealPlanText = <Row extends object>(row: Row) => sealFields(row, PLAN);
export const openPlanText = <Row extends object>(row: Row) => openFields(row, PLAN);
