import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  language: string | undefined;
}

export interface TestMailServer {
  /** The SMTP_URL that reaches this server. */
  url: string;
  received: ReceivedMail[];
  /** Waits until a mail to the address has arrived (with the subject, if given) and returns it. */
  waitFor(to: string, subject?: RegExp): Promise<ReceivedMail>;
  close(): Promise<void>;
}

const address = (value: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(", ");

/** A real SMTP server on a free local port that keeps and parses every mail it is given. */
export async function startMailServer(): Promise<TestMailServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          received.push({
            to: address(mail.to),
            from: address(mail.from),
            subject: mail.subject ?? "",
            text: mail.text ?? "",
            html: typeof mail.html === "string" ? mail.html : "",
            language: mail.headers.get("content-language")?.toString(),
          });
          callback();
        })
        .catch(callback);
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.server.address() as { port: number }).port));
  });

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    async waitFor(to, subject) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const mail = received.find((m) => m.to.includes(to) && (!subject || subject.test(m.subject)));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} arrived (${received.length} others did)`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one-time link's path in a mail's text. */
export const linkIn = (mail: ReceivedMail) => {
  const match = /https?:\/\/\S+?(\/(?:inbjudan|nytt-losenord)#\S+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no one-time link in the mail "${mail.subject}"`);
  return match[1];
};
