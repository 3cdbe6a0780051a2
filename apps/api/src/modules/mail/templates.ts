/**
 * The e-mails the platform sends, in Swedish, each as plain text and HTML.
 * They carry names, places and links, never an answer of a survey.
 */
export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

const product = "Familjecentralsuppföljningen";
const dateFormat = new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeZone: "Europe/Stockholm" });

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/** One mail from paragraphs: a paragraph is text, or a link with its label. */
type Paragraph = string | { label: string; url: string };

function compose(subject: string, greeting: string, paragraphs: Paragraph[]): MailContent {
  const all: Paragraph[] = [greeting, ...paragraphs, `Hälsningar\n${product}`];
  const text = all.map((p) => (typeof p === "string" ? p : `${p.label}:\n${p.url}`)).join("\n\n");
  const html = `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head><body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1a1a1a; max-width: 40em">${all
    .map((p) =>
      typeof p === "string"
        ? `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`
        : `<p><a href="${escapeHtml(p.url)}" style="color: #0b4f8a">${escapeHtml(p.label)}</a></p>`,
    )
    .join("")}</body></html>`;
  return { subject, text, html };
}

export function invitationMail(name: string, email: string, url: string, expiresAt: Date): MailContent {
  return compose(`Välkommen till ${product}`, `Hej ${name}!`, [
    `Du har fått ett konto i ${product}, där familjecentralerna följs upp varje år. Du loggar in med e-postadressen ${email}.`,
    `Välj ditt lösenord med länken nedan. Den fungerar en gång och gäller till ${dateFormat.format(expiresAt)}.`,
    { label: "Välj lösenord", url },
    "Har du inte väntat dig det här brevet kan du bortse från det.",
  ]);
}

export function passwordResetMail(name: string, url: string, expiresAt: Date): MailContent {
  return compose(`Nytt lösenord i ${product}`, `Hej ${name}!`, [
    "Någon har bett om ett nytt lösenord för ditt konto. Välj ett nytt lösenord med länken nedan. När du har gjort det loggas alla dina inloggningar ut.",
    `Länken fungerar en gång och gäller till ${dateFormat.format(expiresAt)}.`,
    { label: "Välj nytt lösenord", url },
    "Har du inte bett om det kan du bortse från brevet: ditt lösenord är oförändrat.",
  ]);
}

export function followUpSubmittedMail(centre: string, year: number, url: string): MailContent {
  return compose(`${centre} har lämnat in kvalitetsuppföljningen ${year}`, "Hej!", [
    `${centre} har lämnat in sin kvalitetsuppföljning för ${year}. Den väntar på att du granskar den och godkänner den eller skickar tillbaka den.`,
    { label: "Öppna kvalitetsuppföljningen", url },
  ]);
}

export function followUpReturnedMail(centre: string, year: number, comment: string | null, url: string): MailContent {
  return compose(`Kvalitetsuppföljningen ${year} för ${centre} har skickats tillbaka`, "Hej!", [
    `Länssamordnaren har skickat tillbaka kvalitetsuppföljningen ${year} för ${centre} för komplettering.`,
    ...(comment ? [`Kommentar: ${comment}`] : []),
    { label: "Öppna kvalitetsuppföljningen", url },
  ]);
}

export function followUpApprovedMail(centre: string, year: number, url: string): MailContent {
  return compose(`Kvalitetsuppföljningen ${year} för ${centre} är godkänd`, "Hej!", [
    `Länssamordnaren har godkänt kvalitetsuppföljningen ${year} för ${centre}. Tack för arbetet!`,
    { label: "Öppna kvalitetsuppföljningen", url },
  ]);
}

/** What a centre still lacks a week before a collection period closes. */
export interface ReminderGap {
  centre: string;
  lacks: string[];
}

export function collectionReminderMail(closesOn: Date, gaps: ReminderGap[], url: string): MailContent {
  return compose(`Påminnelse: insamlingen stänger ${dateFormat.format(closesOn)}`, "Hej!", [
    `Om en vecka, ${dateFormat.format(closesOn)}, stänger årets insamling. Det här saknas ännu:`,
    ...gaps.map((gap) => `${gap.centre}: ${gap.lacks.join("; ")}.`),
    "Det som kommer in efter stängningen räknas inte för året.",
    { label: "Öppna Familjecentralsuppföljningen", url },
  ]);
}
