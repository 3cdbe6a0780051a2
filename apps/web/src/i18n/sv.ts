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
