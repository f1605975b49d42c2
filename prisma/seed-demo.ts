import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient } from "@/lib/db/create-client";
import { DEMO_CREDENTIALS } from "@/lib/demo/demo-workspace";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { env } from "@/lib/env";

/**
 * Seeds the demo workspace and says how to sign in to it. With `onlyIfEmpty`, a database
 * that already has users (a real workspace) is left untouched.
 */
export async function seedDemo({ onlyIfEmpty }: { onlyIfEmpty: boolean }) {
  const db = createPrismaClient(env);
  try {
    if (onlyIfEmpty && (await db.user.count()) > 0) {
      const demo = await db.user.findUnique({ where: { email: DEMO_CREDENTIALS.email }, select: { id: true } });
      if (demo) printCredentials();
      return;
    }
    const { created } = await seedDemoWorkspace(db, new Date(), await hashPassword(DEMO_CREDENTIALS.password));
    console.log(created ? "Innerview: demo workspace created." : "Innerview: demo workspace already there.");
    printCredentials();
  } finally {
    await db.$disconnect();
  }
}

function printCredentials() {
  console.log(`Innerview: sign in with ${DEMO_CREDENTIALS.email} / ${DEMO_CREDENTIALS.password}`);
}
