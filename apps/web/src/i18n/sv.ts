/** Swedish UI text: the one place where the staff interface's words live. */
export const sv = {
  appName: "Familjecentralsuppföljningen",
  skipToContent: "Hoppa till innehållet",
  loading: "Laddar …",
  retry: "Försök igen",
  roles: {
    admin: "Administratör",
    county_coordinator: "Länssamordnare",
    local_coordinator: "Samordnare",
    reader: "Läsare",
  },
  nav: {
    label: "Huvudmeny",
    home: "Start",
    centres: "Familjecentraler",
    myCentres: "Mina familjecentraler",
    logout: "Logga ut",
    signedInAs: "Inloggad som",
  },
  login: {
    title: "Logga in",
    intro: "Logga in med din e-postadress och ditt lösenord.",
    email: "E-postadress",
    password: "Lösenord",
    submit: "Logga in",
    submitting: "Loggar in …",
    missingFields: "Fyll i både e-postadress och lösenord.",
    sessionEnded: "Du har loggats ut.",
  },
  home: {
    title: "Start",
    welcome: (name: string) => `Välkommen, ${name}!`,
    role: {
      admin: "Du administrerar installationen: regioner, användare och allt annat.",
      county_coordinator: "Du följer upp länets familjecentraler och sammanställer den gemensamma årsrapporten.",
      local_coordinator: "Du fyller i kvalitetsuppföljningen och samlar in enkätsvar för dina familjecentraler.",
      reader: "Du kan läsa rapporter och resultat inom ditt område.",
    },
    inScope: (n: number, regions: string[]) =>
      `${n} ${n === 1 ? "familjecentral" : "familjecentraler"} ${regions.length > 0 ? `i ${regions.join(", ")} ` : ""}finns inom din behörighet.`,
    centresLink: "Visa familjecentralerna",
  },
  centres: {
    title: "Familjecentraler",
    myTitle: "Mina familjecentraler",
    caption: (n: number) => `${n} ${n === 1 ? "familjecentral" : "familjecentraler"} inom din behörighet`,
    empty: "Det finns inga familjecentraler inom din behörighet.",
    collectionFor: (name: string) => `Insamling för ${name}`,
    filterMunicipality: "Kommun",
    allMunicipalities: "Alla kommuner",
    columns: {
      name: "Namn",
      municipality: "Kommun",
      region: "Län",
      kind: "Typ",
      services: "Grundverksamheter",
      activeFrom: "Startade",
    },
    kinds: {
      familjecentral: "Familjecentral",
      familjecentralsliknande: "Familjecentralsliknande",
    },
    services: {
      mhv: "Mödrahälsovård",
      bhv: "Barnhälsovård",
      oppen_forskola: "Öppen förskola",
      socialtjanst: "Socialtjänst",
    },
  },
  kiosk: {
    enrolTitle: "Registrera surfplattan",
    enrolIntro:
      "Skriv koden som samordnaren fick under Surfplattor. Koden gäller en gång, i 15 minuter. Surfplattan visar sedan besöksenkäten för familjecentralen.",
    enrolCode: "Kod",
    enrolSubmit: "Registrera",
    revoked: "Surfplattan är inte längre registrerad för någon familjecentral. Be samordnaren om en ny kod.",
    network: "Kunde inte nå servern. Kontrollera uppkopplingen och försök igen.",
    waiting: (n: number) => `${n} svar väntar på att skickas`,
    invalidLink: "Länken är ogiltig eller har återkallats. Fråga samordnaren på familjecentralen efter en ny länk.",
    spiderTitle: "Spindelmätning – hur fungerar samverkan?",
    spiderIntro:
      "Du skattar hur samverkan fungerar på familjecentralen just nu. Det tar fem minuter och du är anonym: svaren visas bara sammanställda.",
    spiderAnswered: (year: number) =>
      `Den här enheten har redan använts för att svara på spindelmätningen ${year}. Varje person svarar en gång per år – har du inte svarat själv kan du fortsätta.`,
    startSpider: "Starta spindelmätningen",
  },
  collection: {
    link: "Insamling",
    title: (name: string) => `Insamling – ${name}`,
    countsTitle: (year: number) => `Svar hittills ${year}`,
    countsCaption: "Antal som har svarat, per enkät. Bara antal visas här – aldrig svaren.",
    surveys: { besok_vuxen: "Besöksenkät vuxna", besok_barn: "Besöksenkät barn", spindel: "Spindelmätning (personal)" },
    answers: "Svar",
    tabletsTitle: "Registrera en surfplatta",
    tabletIntro:
      "Skapa en kod och skriv den på surfplattan under adressen /kiosk, eller skanna QR-koden med surfplattan.",
    tabletName: "Namn på surfplattan (valfritt)",
    createCode: "Skapa kod",
    code: "Kod",
    codeValidUntil: (time: string) => `Koden gäller en gång, till kl. ${time}.`,
    codeQr: "QR-kod som öppnar surfplattans registrering med koden ifylld",
    linksTitle: "Länkar",
    linksIntro:
      "Personallänken är till spindelmätningen; besökslänken är för besökare utan surfplatta, till exempel på en affisch.",
    staffLink: "Skapa personallänk",
    visitorLink: "Skapa besökslänk",
    linkShownOnce: "Länken visas bara nu. Kopiera den eller skriv ut QR-koden.",
    linkQr: (label: string) => `QR-kod för ${label}`,
    tokensTitle: "Surfplattor och länkar",
    columns: { label: "Namn", kind: "Typ", created: "Skapad", lastUsed: "Senast använd", status: "Status" },
    channels: { kiosk: "Surfplatta", link: "Länk", coordinator: "Samordnare", paper: "Papper" } as Record<
      string,
      string
    >,
    never: "Aldrig",
    active: "Aktiv",
    revoked: "Återkallad",
    revoke: (label: string) => `Återkalla ${label}`,
    revokeShort: "Återkalla",
    confirmRevoke: (label: string) => `Återkalla ${label}? Den kan inte längre skicka svar.`,
    none: "Inga surfplattor eller länkar ännu.",
  },
  notFound: {
    title: "Sidan finns inte",
    body: "Sidan du söker finns inte eller har flyttats.",
    home: "Till startsidan",
  },
  errors: {
    network: "Kunde inte nå servern. Kontrollera uppkopplingen och försök igen.",
  },
};

export type Messages = typeof sv;
