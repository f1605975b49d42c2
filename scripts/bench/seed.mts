// `npm run bench:seed`: builds the bench workspace into the Postgres server in DATABASE_URL —
// 200 managers, 2,000 reports, 60,000 conversations, 300,000 insights (a quarter in Japanese),
// 20,000 follow-ups with milestones — in bulk (`INSERT … SELECT` over `unnest`/`generate_series`),
// not row by row. Idempotent: a complete bench workspace is reused; a partial one (an earlier
// run that stopped) is wiped and rebuilt. BENCH_SCALE=0.05 builds a small one for development.
import { fileURLToPath } from "node:url";
import { faker, fakerJA } from "@faker-js/faker";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { buildKeyring } from "@/lib/crypto/note-keys";
import { rotateNoteKeys, type RunSql } from "@/lib/crypto/rotate-note-keys";
import { migrateDatabase } from "@/scripts/migrate-database.mts";
import {
  BENCH_ENCRYPTION_KEY,
  BENCH_PASSWORD,
  BENCH_WORKSPACE_ID,
  LARGEST_MANAGER,
  LARGEST_REPORT_ID,
  TYPICAL_MANAGER,
  benchScale,
  benchSizes,
  completeName,
  requirePostgresUrl,
} from "@/scripts/bench/config.mts";
import { Progress } from "@/scripts/bench/progress.mts";
import { benchSamples } from "@/scripts/bench/samples.mts";

const W = BENCH_WORKSPACE_ID;
const CADENCES = [7, 14, 14, 14, 21, 30];
/** Tables in the order a wipe must empty them (children first, because of Restrict). */
const TENANT_TABLES = [
  "PlanQuestion", "ConversationPlan", "FollowUpEvent", "Milestone", "FollowUp", "Insight", "Conversation",
  "PersonalMissionVersion", "ReminderDelivery", "AuditEvent", "Invitation", "Question", "TeamMember", "User",
];

export async function seedBench({ quiet = false } = {}): Promise<{ reused: boolean; seconds: number }> {
  const startedAt = Date.now();
  const url = requirePostgresUrl();
  const scale = benchScale();
  if (!quiet) console.log("bench:seed: applying migrations…");
  await migrateDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const existing = await client.query<{ name: string }>(`SELECT "name" FROM "Workspace" WHERE "id" = $1`, [W]);
    if (existing.rows[0]?.name === completeName(scale)) {
      if (!quiet) console.log(`bench:seed: the bench workspace (scale ${scale}) is complete: reused.`);
      return { reused: true, seconds: (Date.now() - startedAt) / 1000 };
    }
    if (existing.rows.length > 0) {
      console.log("bench:seed: found an incomplete or other-scale bench workspace: wiping it.");
      await wipe(client);
    }
    await build(client, scale);
    await client.query("ANALYZE");
    const seconds = (Date.now() - startedAt) / 1000;
    console.log(`bench:seed: built in ${seconds.toFixed(1)} s.`);
    return { reused: false, seconds };
  } finally {
    await client.end();
  }
}

async function wipe(client: pg.Client) {
  const progress = new Progress("wipe", TENANT_TABLES.length + 1);
  for (const table of TENANT_TABLES) {
    await client.query(`DELETE FROM "${table}" WHERE "workspaceId" = $1`, [W]);
    progress.tick(1);
  }
  await client.query(`DELETE FROM "Workspace" WHERE "id" = $1`, [W]);
  progress.finish();
}

async function build(client: pg.Client, scale: number) {
  const sizes = benchSizes(scale);
  const samples = benchSamples();
  faker.seed(7);
  fakerJA.seed(7);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await client.query(`INSERT INTO "Workspace" ("id", "name", "updatedAt") VALUES ($1, 'Innerview bench (building)', now())`, [W]);

  // Managers: bench-u-0 owns the workspace; bench-u-1 has the largest history, bench-u-2 a typical one.
  const users = Array.from({ length: sizes.managers }, (_, i) => {
    const japanese = i % 4 === 3;
    return {
      id: `bench-u-${i}`,
      email: i === 1 ? LARGEST_MANAGER.email : i === 2 ? TYPICAL_MANAGER.email : `bench-manager-${i}@innerview.bench`,
      name: japanese ? `${fakerJA.person.lastName()} ${fakerJA.person.firstName()}` : faker.person.fullName(),
      role: i === 0 ? "OWNER" : "MANAGER",
      locale: japanese ? "ja" : "en",
      timeZone: japanese ? "Asia/Tokyo" : "UTC",
    };
  });
  let progress = new Progress("managers", users.length);
  await client.query(
    `INSERT INTO "User" ("id", "workspaceId", "email", "name", "passwordHash", "role", "locale", "timeZone", "updatedAt")
     SELECT u.id, $1, u.email, u.name, $2, u.role::"Role", u.locale, u.tz, now()
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS u(id, email, name, role, locale, tz)`,
    [W, passwordHash, users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name), users.map((u) => u.role), users.map((u) => u.locale), users.map((u) => u.timeZone)],
  );
  progress.finish();

  // Reports: the largest manager leads `largestTeam`; the others share the rest round-robin.
  // Managers 0 and 2..n-1 share the rest (index 1 leads the largest team).
  const others = [0, ...Array.from({ length: sizes.managers - 2 }, (_, k) => k + 2)];
  const reports = Array.from({ length: sizes.reports }, (_, i) => {
    const manager = i < sizes.largestTeam ? 1 : (others[(i - sizes.largestTeam) % others.length] ?? 0);
    const japanese = i % 4 === 0;
    return {
      id: `bench-m-${i}`,
      managerId: `bench-u-${manager}`,
      japanese,
      name: japanese ? `${fakerJA.person.lastName()} ${fakerJA.person.firstName()}` : faker.person.fullName(),
      jobTitle: faker.person.jobTitle().slice(0, 80),
      team: faker.commerce.department(),
      cadence: CADENCES[i % CADENCES.length] ?? 14,
    };
  });
  progress = new Progress("reports", reports.length);
  await client.query(
    `INSERT INTO "TeamMember" ("id", "workspaceId", "managerId", "name", "jobTitle", "team", "startDate", "languages", "cadenceDays", "createdAt", "updatedAt")
     SELECT r.id, $1, r.manager, r.name, r.job, r.team, (current_date - (400 + (hashtext(r.id) & 2047))),
       CASE WHEN r.ja THEN ARRAY['ja', 'en'] ELSE ARRAY['en'] END, r.cadence, now() - interval '6 years', now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bool[], $8::int[]) AS r(id, manager, name, job, team, ja, cadence)`,
    [W, reports.map((r) => r.id), reports.map((r) => r.managerId), reports.map((r) => r.name), reports.map((r) => r.jobTitle), reports.map((r) => r.team), reports.map((r) => r.japanese), reports.map((r) => r.cadence)],
  );
  progress.finish();

  // Conversations: the largest report gets `largestHistory` (every 3 days); the others share
  // the rest unevenly (a few new reports with none), spaced about their cadence apart.
  const counts = conversationCounts(reports.length, sizes.conversations, sizes.largestHistory);
  progress = new Progress("conversations", sizes.conversations);
  const chunk = Math.max(50, Math.ceil(reports.length / 20));
  for (let start = 0; start < reports.length; start += chunk) {
    const slice = reports.slice(start, start + chunk);
    const n = counts.slice(start, start + chunk);
    await client.query(
      `INSERT INTO "Conversation" ("id", "workspaceId", "memberId", "managerId", "occurredAt", "setting", "durationMinutes",
         "openness", "volunteered", "pulledBackAt", "intention", "createdAt", "updatedAt")
       SELECT r.id || '-c' || k, $1, r.id, r.manager,
         date_trunc('day', now()) + interval '12 hours' - make_interval(days => r.last_ago + (r.n - k) * r.step),
         (ARRAY['COFFEE','LUNCH','WALK','ONLINE','ONE_ON_ONE','OTHER'])[1 + (hashtext(r.id || k) & 7) % 6]::"ConversationSetting",
         CASE WHEN k % 5 = 0 THEN NULL ELSE 15 + (hashtext(r.id || k) & 3) * 15 END,
         least(5, 1 + (k * 3) / greatest(r.n, 1) + (hashtext(r.id || 'o' || k) & 1) + (hashtext(r.id || 'p' || k) & 1)),
         (hashtext(r.id || 'v' || k) & 3) = 0,
         CASE WHEN (hashtext(r.id || 'b' || k) & 31) = 0 THEN 'CAUSATIVE'::"Depth" END,
         CASE WHEN k % 3 = 0 THEN (CASE WHEN r.ja THEN $2::text[] ELSE $3::text[] END)[1 + (hashtext(r.id || 'i' || k) & 1023) % (CASE WHEN r.ja THEN $4::int ELSE $5::int END)] END,
         now(), now()
       FROM unnest($6::text[], $7::text[], $8::int[], $9::int[], $10::int[], $11::bool[]) AS r(id, manager, n, step, last_ago, ja)
       CROSS JOIN LATERAL generate_series(1, r.n) AS k`,
      [
        W, samples.intentions.ja, samples.intentions.en, samples.intentions.ja.length, samples.intentions.en.length,
        slice.map((r) => r.id), slice.map((r) => r.managerId), n,
        slice.map((r) => (r.id === LARGEST_REPORT_ID ? 3 : Math.max(3, Math.round(r.cadence * 0.9)))),
        slice.map((r) => (r.id === LARGEST_REPORT_ID ? 2 : Math.abs(hash(r.id)) % (r.cadence * 2))),
        slice.map((r) => r.japanese),
      ],
    );
    progress.tick(n.reduce((sum, value) => sum + value, 0));
  }
  progress.finish();

  await insertInsights(client, sizes.insightsPerConversation, samples);
  await insertFollowUps(client, sizes.followUpEvery, samples);
  await insertMissions(client, samples);
  await encryptNotes(client);
  await client.query(`UPDATE "Workspace" SET "name" = $2 WHERE "id" = $1`, [W, completeName(scale)]);
}

/**
 * The notes are written as plain text above, in bulk, then encrypted the way the rotation
 * command does it: each value gets its own IV, and the run also measures that command at scale.
 */
async function encryptNotes(client: pg.Client) {
  const counted = await client.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Insight" WHERE "workspaceId" = $1`, [W]);
  const progress = new Progress("encrypt", counted.rows[0]?.count ?? 0);
  const run: RunSql = async (sql, params) => (await client.query(sql, params)).rows;
  let insightsDone = 0;
  await rotateNoteKeys(run, buildKeyring(BENCH_ENCRYPTION_KEY), {
    batchSize: 2000,
    // The bar follows the insights, by far the most rows.
    onProgress: (column, done) => {
      if (column !== "Insight.text") return;
      progress.tick(done - insightsDone);
      insightsDone = done;
    },
  });
  progress.finish();
}

/** `total` conversations over `reports` reports: report 1 gets `largest`, 1 in 20 gets none. */
function conversationCounts(reports: number, total: number, largest: number): number[] {
  const weights = Array.from({ length: reports }, (_, i) => (i === 1 ? 0 : i % 20 === 7 ? 0 : 0.3 + (Math.abs(hash(`w${i}`)) % 1000) / 600));
  const sum = weights.reduce((a, b) => a + b, 0);
  const rest = total - largest;
  const counts = weights.map((w) => Math.floor((w / sum) * rest));
  counts[1] = largest;
  let missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 2; missing > 0; i = (i + 1) % reports) {
    if ((weights[i] ?? 0) > 0) {
      counts[i] = (counts[i] ?? 0) + 1;
      missing -= 1;
    }
  }
  return counts;
}

/**
 * Insights, five per conversation, deeper as a relationship goes on: the first third of a
 * report's conversations stay factual, the middle reach the causative, the last the values.
 */
async function insertInsights(client: pg.Client, perConversation: number, samples: ReturnType<typeof benchSamples>) {
  const total = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Conversation" WHERE "workspaceId" = $1`, [W])).rows[0]?.n ?? 0;
  const progress = new Progress("insights", total * perConversation);
  const params: unknown[] = [W, perConversation];
  const pick = (lang: "en" | "ja", depth: "FACTUAL" | "CAUSATIVE" | "VALUES") => {
    const notes = samples.insights[lang][depth];
    params.push(notes.map((note) => note.text), notes.map((note) => note.topic), notes.length);
    const t = params.length - 2;
    return { text: `$${t}::text[]`, topic: `$${t + 1}::text[]`, n: `$${t + 2}::int` };
  };
  const choices = (["en", "ja"] as const).flatMap((lang) =>
    (["FACTUAL", "CAUSATIVE", "VALUES"] as const).map((depth) => ({ lang, depth, ...pick(lang, depth) })),
  );
  const column = (field: "text" | "topic") =>
    `CASE ${choices
      .map((c) => `WHEN x.ja = ${c.lang === "ja"} AND x.depth = '${c.depth}' THEN (${c[field]})[1 + (hashtext(x.cid || x.g) & 1023) % ${c.n}]`)
      .join(" ")} END`;
  const members = (await client.query<{ id: string }>(`SELECT "id" FROM "TeamMember" WHERE "workspaceId" = $1 ORDER BY "id"`, [W])).rows.map((row) => row.id);
  const chunk = Math.max(50, Math.ceil(members.length / 20));
  for (let start = 0; start < members.length; start += chunk) {
    const ids = members.slice(start, start + chunk);
    const result = await client.query(
      `WITH ranked AS (
         SELECT c."id" AS cid, c."memberId", c."managerId", c."occurredAt", ('ja' = ANY(m."languages")) AS ja,
           (row_number() OVER (PARTITION BY c."memberId" ORDER BY c."occurredAt"))::float8
             / count(*) OVER (PARTITION BY c."memberId") AS frac
         FROM "Conversation" c JOIN "TeamMember" m ON m."id" = c."memberId"
         WHERE c."workspaceId" = $1 AND c."memberId" = ANY(${`$${params.length + 1}`}::text[])
       ),
       x AS (
         SELECT ranked.*, g,
           CASE WHEN frac < 0.3 OR g <= 2 THEN 'FACTUAL' WHEN frac < 0.6 OR g <= 4 THEN 'CAUSATIVE' ELSE 'VALUES' END AS depth
         FROM ranked CROSS JOIN generate_series(1, $2::int) AS g
       )
       INSERT INTO "Insight" ("id", "workspaceId", "memberId", "managerId", "conversationId", "depth", "topic", "text", "createdAt", "updatedAt")
       SELECT x.cid || '-i' || x.g, $1, x."memberId", x."managerId", x.cid, x.depth::"Depth", ${column("topic")}, ${column("text")},
         x."occurredAt" + make_interval(mins => x.g), x."occurredAt" + make_interval(mins => x.g)
       FROM x`,
      [...params, ids],
    );
    progress.tick(result.rowCount ?? 0);
  }
  progress.finish();
}

/** A follow-up from every third conversation, with one or two milestones and its CREATED event. */
async function insertFollowUps(client: pg.Client, every: number, samples: ReturnType<typeof benchSamples>) {
  const progress = new Progress("follow-ups", 3);
  const en = samples.followUps.en;
  const ja = samples.followUps.ja;
  await client.query(
    `INSERT INTO "FollowUp" ("id", "workspaceId", "memberId", "managerId", "conversationId", "request", "action", "dueDate", "status", "completedAt", "createdAt", "updatedAt")
     SELECT c."id" || '-f', $1, c."memberId", c."managerId", c."id",
       CASE WHEN ja THEN ($2::text[])[1 + h % $4::int] ELSE ($3::text[])[1 + h % $5::int] END,
       CASE WHEN ja THEN ($6::text[])[1 + h % $4::int] ELSE ($7::text[])[1 + h % $5::int] END,
       (c."occurredAt" + make_interval(days => 14 + h % 45))::date,
       s.status::"FollowUpStatus",
       CASE WHEN s.status IN ('DONE', 'DROPPED') THEN c."occurredAt" + make_interval(days => 10 + h % 30) END,
       c."occurredAt", c."occurredAt"
     FROM (
       SELECT c.*, ('ja' = ANY(m."languages")) AS ja, (hashtext(c."id") & 65535) AS h,
         row_number() OVER (ORDER BY c."id") AS rn
       FROM "Conversation" c JOIN "TeamMember" m ON m."id" = c."memberId" WHERE c."workspaceId" = $1
     ) c
     CROSS JOIN LATERAL (SELECT CASE
       WHEN c."occurredAt" > now() - interval '90 days' THEN (ARRAY['OPEN', 'IN_PROGRESS'])[1 + c.h % 2]
       ELSE (ARRAY['DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DONE', 'DROPPED', 'OPEN', 'IN_PROGRESS', 'DONE'])[1 + c.h % 10] END AS status) s
     WHERE c.rn % $8 = 0`,
    [W, ja.map((f) => f.request), en.map((f) => f.request), ja.length, en.length, ja.map((f) => f.action), en.map((f) => f.action), every],
  );
  progress.tick(1);
  await client.query(
    `INSERT INTO "Milestone" ("id", "workspaceId", "followUpId", "title", "dueDate", "doneAt", "position", "createdAt")
     SELECT f."id" || '-m' || p, $1, f."id",
       CASE WHEN 'ja' = ANY(m."languages") THEN ($2::text[])[1 + (hashtext(f."id" || p) & 1023) % $4::int]
         ELSE ($3::text[])[1 + (hashtext(f."id" || p) & 1023) % $5::int] END,
       f."dueDate" - (3 - p) * 7, CASE WHEN f."status" = 'DONE' THEN f."completedAt" END, p, f."createdAt"
     FROM "FollowUp" f JOIN "TeamMember" m ON m."id" = f."memberId"
     CROSS JOIN LATERAL generate_series(1, 1 + (hashtext(f."id") & 1)) AS p
     WHERE f."workspaceId" = $1`,
    [W, samples.milestones.ja, samples.milestones.en, samples.milestones.ja.length, samples.milestones.en.length],
  );
  progress.tick(1);
  await client.query(
    `INSERT INTO "FollowUpEvent" ("id", "workspaceId", "followUpId", "managerId", "kind", "status", "createdAt")
     SELECT f."id" || '-e', $1, f."id", f."managerId", 'CREATED', 'OPEN', f."createdAt" FROM "FollowUp" f WHERE f."workspaceId" = $1`,
    [W],
  );
  progress.finish();
}

/** A personal mission for two reports in three. */
async function insertMissions(client: pg.Client, samples: ReturnType<typeof benchSamples>) {
  const progress = new Progress("missions", 1);
  await client.query(
    `INSERT INTO "PersonalMissionVersion" ("id", "workspaceId", "memberId", "managerId", "version", "text", "createdAt")
     SELECT m."id" || '-v1', $1, m."id", m."managerId", 1,
       CASE WHEN 'ja' = ANY(m."languages") THEN ($2::text[])[1 + (hashtext(m."id") & 1023) % $4::int]
         ELSE ($3::text[])[1 + (hashtext(m."id") & 1023) % $5::int] END, now() - interval '30 days'
     FROM "TeamMember" m WHERE m."workspaceId" = $1 AND (hashtext(m."id") & 65535) % 3 <> 0`,
    [W, samples.missions.ja, samples.missions.en, samples.missions.ja.length, samples.missions.en.length],
  );
  progress.finish();
}

function hash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i += 1) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return h;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    await seedBench();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
