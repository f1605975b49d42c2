import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import type { Mailer } from "@/lib/email/mailer";

export type ReceivedEmail = { to: string[]; subject: string; text: string; html: string };

/** Decodes a header's RFC 2047 words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=). */
function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(data.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8"),
    );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}

/** Headers (unfolded, lower-case names) and body of a MIME entity. */
function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const index = entity.search(/\r?\n\r?\n/);
  const head = entity.slice(0, index).replace(/\r?\n[ \t]+/g, " ");
  const body = entity.slice(index).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The subject and the text/plain and text/html parts of a received message. */
function parseMessage(raw: string, to: string[]): ReceivedEmail {
  const message = splitEntity(raw);
  const subject = decodeHeader(message.headers.get("subject") ?? "");
  const boundary = /boundary="?([^";]+)"?/i.exec(message.headers.get("content-type") ?? "")?.[1];
  const parts = boundary
    ? message.body.split(`--${boundary}`).slice(1, -1).map((part) => splitEntity(part.replace(/^\r?\n/, "")))
    : [message];
  const part = (type: string) => {
    const found = parts.find((entity) => (entity.headers.get("content-type") ?? "").toLowerCase().startsWith(type));
    return found ? decodeBody(found.body, (found.headers.get("content-transfer-encoding") ?? "").toLowerCase()) : "";
  };
  return { to, subject, text: part("text/plain"), html: part("text/html") };
}

/** A real SMTP server on loopback that keeps what it receives, and a nodemailer transport to it. */
export async function startSmtpSink(options: { failNext?: number } = {}) {
  const received: ReceivedEmail[] = [];
  let failures = options.failNext ?? 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (failures > 0) {
          failures--;
          callback(Object.assign(new Error("Mailbox unavailable"), { responseCode: 451 }));
          return;
        }
        received.push(parseMessage(Buffer.concat(chunks).toString("utf8"), session.envelope.rcptTo.map((rcpt) => rcpt.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true} as nodemailer.TransportOptions);
  const mailer: Mailer = transport;
  return {
    received,
    mailer,
    failNext(count: number) {
      failures = count;
    },
    async stop() {
      transport.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
