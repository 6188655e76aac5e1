import { desc } from "drizzle-orm";
import nodemailer from "nodemailer";
import type { Db } from "../../db/client.js";
import { devOutbox } from "./schema.js";

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  organizationId?: string | null;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post. */
  headers?: Record<string, string>;
}

/** Sends mail. Two kinds: SMTP (production) and the development outbox in the database. */
export interface Mailer {
  kind: "smtp" | "outbox";
  send: (db: Db, mail: Mail) => Promise<void>;
  close: () => void;
}

export function createMailer(options: { smtpUrl: string | undefined; from: string }): Mailer {
  if (!options.smtpUrl) {
    return {
      kind: "outbox",
      send: async (db, mail) => {
        await db.insert(devOutbox).values({
          organizationId: mail.organizationId ?? null,
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          html: mail.html,
        });
      },
      close: () => {},
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    kind: "smtp",
    send: async (_db, mail) => {
      await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      });
    },
    close: () => transport.close(),
  };
}

export async function listOutbox(db: Db, limit = 100) {
  return db.select().from(devOutbox).orderBy(desc(devOutbox.id)).limit(limit);
}
