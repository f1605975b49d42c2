import { faker, fakerJA } from "@faker-js/faker";
import { hashPassword } from "@/lib/auth/password";
import { openFields, sealFields, sealNote, withOpenText } from "@/lib/crypto/note-cipher";
import { DEMO_REPORTS } from "@/lib/demo/demo-workspace";
import type {
  Conversation,
  FollowUp,
  Insight,
  Milestone,
  Prisma,
  TeamMember,
  User,
  Workspace,
} from "@/lib/generated/prisma/client";
import { ConversationSetting, type Depth } from "@/lib/generated/prisma/enums";
import { openFollowUpText, openMilestoneTitle, sealFollowUpText, sealMilestoneTitle } from "@/lib/follow-ups/follow-up-text";
import { DEPTHS } from "@/lib/insights/topics";

// Builders for tests: realistic defaults, every field overridable. They take either the
// client or a transaction client, so a test can build inside a rolled-back transaction.
type Db = Prisma.TransactionClient;

export const TEST_PASSWORD = "correct-horse-battery";

// Argon2 is deliberately slow; one hash per distinct password is enough for a test run.
const passwordHashes = new Map<string, Promise<string>>();
function passwordHashFor(password: string): Promise<string> {
  let passwordHash = passwordHashes.get(password);
  if (!passwordHash) {
    passwordHash = hashPassword(password);
    passwordHashes.set(password, passwordHash);
  }
  return passwordHash;
}

// With strictUndefinedChecks an `undefined` value is an error; in an override it means "default".
function defined<T extends object>(overrides: T): T {
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined)) as T;
}

let emailSequence = 0;
function uniqueEmail(): string {
  emailSequence += 1;
  const handle = faker.internet.username().toLowerCase().replace(/[^a-z0-9]/g, "") || "manager";
  return `${handle}.${emailSequence}${faker.string.alphanumeric({ length: 5, casing: "lower" })}@example.test`;
}

function dateOnly(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

// Realistic text, borrowed from the demo workspace (English and Japanese).
const SAMPLE_INSIGHTS = DEMO_REPORTS.flatMap((report) => report.conversations.flatMap((c) => c.insights));
const SAMPLE_INTENTIONS = DEMO_REPORTS.flatMap((report) =>
  report.conversations.flatMap((c) => (c.intention === null ? [] : [c.intention])),
);
const SAMPLE_FOLLOW_UPS = DEMO_REPORTS.flatMap((report) => report.followUps);
const SAMPLE_MILESTONES = SAMPLE_FOLLOW_UPS.flatMap((followUp) => followUp.milestones.map((m) => m.title));

type Scope = { workspaceId: string; memberId: string; managerId: string };

export type UserOverrides = Partial<Omit<Prisma.UserUncheckedCreateInput, "workspaceId" | "passwordHash">> & {
  password?: string;
};

export async function createManager(db: Db, workspaceId: string, overrides: UserOverrides = {}): Promise<User> {
  const { password = TEST_PASSWORD, ...fields } = defined(overrides);
  return db.user.create({
    data: {
      workspaceId,
      name: faker.person.fullName(),
      email: uniqueEmail(),
      passwordHash: await passwordHashFor(password),
      role: "MANAGER",
      ...fields,
    },
  });
}

export async function createWorkspaceWithOwner(
  db: Db,
  overrides: { name?: string; owner?: UserOverrides } = {},
): Promise<{ workspace: Workspace; user: User; password: string }> {
  const workspace = await db.workspace.create({
    data: { name: overrides.name ?? `${faker.company.name()} workspace` },
  });
  const owner = defined(overrides.owner ?? {});
  const user = await createManager(db, workspace.id, { role: "OWNER", ...owner });
  return { workspace, user, password: owner.password ?? TEST_PASSWORD };
}

export type MemberInput = { workspaceId: string; managerId: string; locale?: "en" | "ja" } & Partial<
  Omit<Prisma.TeamMemberUncheckedCreateInput, "workspaceId" | "managerId">
>;

/** A report; `locale: "ja"` gives a Japanese name (family name first) and languages. */
export async function createMember(db: Db, input: MemberInput): Promise<TeamMember> {
  const { locale = "en", ...fields } = defined(input);
  const name =
    locale === "ja" ? `${fakerJA.person.lastName()} ${fakerJA.person.firstName()}` : faker.person.fullName();
  return db.teamMember.create({
    data: {
      name,
      jobTitle: faker.person.jobTitle(),
      team: faker.commerce.department(),
      startDate: dateOnly(faker.date.past({ years: 6 })),
      languages: locale === "ja" ? ["ja", "en"] : ["en"],
      cadenceDays: 14,
      ...fields,
    },
  });
}

export type InsightInput = Scope & Partial<Omit<Prisma.InsightUncheckedCreateInput, keyof Scope>>;

/** An insight; without text it borrows a real one of the same depth (and topic, if given). */
export async function createInsight(db: Db, input: InsightInput): Promise<Insight> {
  const fields = defined(input);
  const depth: Depth = fields.depth ?? faker.helpers.arrayElement(DEPTHS);
  const sameDepth = SAMPLE_INSIGHTS.filter((sample) => sample.depth === depth);
  const sameTopic = sameDepth.filter((sample) => sample.topic === fields.topic);
  const sample = faker.helpers.arrayElement(sameTopic.length > 0 ? sameTopic : sameDepth);
  // Stored encrypted, as the app stores it; returned as the manager wrote it.
  const text = fields.text ?? sample.text;
  const insight = await db.insight.create({ data: { topic: sample.topic, ...fields, text: sealNote("Insight.text", text), depth } });
  return withOpenText("Insight.text", insight);
}

export type ConversationInput = Scope &
  Partial<Omit<Prisma.ConversationUncheckedCreateInput, keyof Scope | "insights">> & {
    insights?: Partial<Omit<InsightInput, keyof Scope | "conversationId">>[];
  };

/** A conversation and, in the given order, its insights. */
export async function createConversation(
  db: Db,
  input: ConversationInput,
): Promise<Conversation & { insights: Insight[] }> {
  const { insights = [], ...fields } = defined(input);
  const intention = { intention: "Conversation.intention" } as const;
  const stored = await db.conversation.create({
    data: sealFields(
      {
        occurredAt: faker.date.recent({ days: 30 }),
        setting: faker.helpers.arrayElement(Object.values(ConversationSetting)),
        durationMinutes: faker.helpers.arrayElement([15, 20, 30, 45, 60]),
        openness: faker.number.int({ min: 2, max: 5 }),
        intention: faker.helpers.arrayElement(SAMPLE_INTENTIONS),
        ...fields,
      },
      intention,
    ),
  });
  const conversation = openFields(stored, intention);
  const scope = { workspaceId: fields.workspaceId, memberId: fields.memberId, managerId: fields.managerId };
  const created: Insight[] = [];
  for (const insight of insights) {
    created.push(await createInsight(db, { ...insight, ...scope, conversationId: conversation.id }));
  }
  return { ...conversation, insights: created };
}

export type FollowUpInput = Scope &
  Partial<Omit<Prisma.FollowUpUncheckedCreateInput, keyof Scope | "milestones">> & {
    milestones?: Partial<Omit<Prisma.MilestoneUncheckedCreateInput, "workspaceId" | "followUpId">>[];
  };

/** A follow-up and its milestones (positions default to their order). */
export async function createFollowUp(db: Db, input: FollowUpInput): Promise<FollowUp & { milestones: Milestone[] }> {
  const { milestones = [], ...fields } = defined(input);
  const sample = faker.helpers.arrayElement(SAMPLE_FOLLOW_UPS);
  const followUp = openFollowUpText(
    await db.followUp.create({
      data: sealFollowUpText({ request: sample.request, action: sample.action, dueDate: dateOnly(faker.date.soon({ days: 30 })), ...fields }),
    }),
  );
  const created: Milestone[] = [];
  for (const [position, milestone] of milestones.entries()) {
    const data = {
      title: faker.helpers.arrayElement(SAMPLE_MILESTONES),
      position,
      ...defined(milestone),
      workspaceId: followUp.workspaceId,
      followUpId: followUp.id,
    };
    created.push(openMilestoneTitle(await db.milestone.create({ data: sealMilestoneTitle(data) })));
  }
  return { ...followUp, milestones: created };
}
