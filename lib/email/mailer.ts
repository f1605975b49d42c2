import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

/** What sending an email needs; the SMTP transport in production, a test double in tests. */
export type Mailer = { sendMail(message: { from: string; to: string; subject: string; text: string; html: string }): Promise<unknown> };

/** Reminders can be turned on only when the server knows how to send email. */
export function isEmailConfigured(): boolean {
  return Boolean(env.SMTP_HOST && env.SMTP_FROM);
}

export function emailSender(): string {
  return env.SMTP_FROM ?? "Innerview <innerview@localhost>";
}

let transport: Mailer | null = null;

/** The SMTP transport configured by environment, or null without SMTP settings. */
export function smtpMailer(): Mailer | null {
  if (!isEmailConfigured()) return null;
  transport ??= nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE,
    auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
    // A slow mail server must not hold the scheduler for long.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transport;
}
