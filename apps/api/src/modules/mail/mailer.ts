import nodemailer from "nodemailer";
import type { MailConfig } from "../../config.ts";
import type { MailContent } from "./templates.ts";

/** Sends e-mail through the configured SMTP server; `url` makes a product path absolute for a link in a mail. */
export interface Mailer {
  send(to: string | string[], content: MailContent): Promise<void>;
  url(path: string): string;
  close(): void;
}

export function createMailer(config: MailConfig): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl);
  return {
    async send(to, content) {
      const recipients = Array.isArray(to) ? to : [to];
      if (recipients.length === 0) return;
      // One mail per recipient: nobody learns who else got it.
      for (const recipient of recipients)
        await transport.sendMail({
          from: config.from,
          to: recipient,
          ...content,
          headers: { "Content-Language": "sv" },
        });
    },
    url: (path) => `${config.publicUrl}${path}`,
    close: () => transport.close(),
  };
}
