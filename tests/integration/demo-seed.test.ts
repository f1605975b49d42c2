import { describe, expect, it } from "vitest";
import { withOpenText } from "@/lib/crypto/note-cipher";
import { db } from "@/lib/db";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";

describe("the demo workspace", () => {
  it("is seeded once, with five reports and months of history the demo manager can sign in to", async () => {
    const now = new Date();
    const passwordHash = await hashPassword(DEMO_CREDENTIALS.password);
    expect(await seedDemoWorkspace(db, now, passwordHash)).toEqual({ created: true });
    expect(await seedDemoWorkspace(db, now, passwordHash)).toEqual({ created: false });

    const manager = await authenticate(DEMO_CREDENTIALS.email, DEMO_CREDENTIALS.password);
    expect(manager).not.toBeNull();
    expect(await db.teamMember.count({ where: { managerId: manager?.id } })).toBe(5);
    const conversations = await db.conversation.findMany({ select: { occurredAt: true } });
    const days = conversations.map(({ occurredAt }) => (now.getTime() - occurredAt.getTime()) / 86_400_000);
    expect(Math.max(...days)).toBeGreaterThan(90);
    expect(Math.min(...days)).toBeGreaterThanOrEqual(0);
    const insights = (await db.insight.findMany({ select: { text: true } })).map((row) => withOpenText("Insight.text", row));
    expect(insights.filter(({ text }) => text.includes("。")).length).toBeGreaterThan(5);
  });
});
