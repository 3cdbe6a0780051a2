import { choice, freeText, grid, multiChoice, number, page, yesNo } from "../../builder.ts";

const required = { required: true };

export const fcTyp = choice(
  "fc_typ",
  "Vilken typ av verksamhet är familjecentralen?",
  {
    familjecentral: "Familjecentral – alla fyra grundverksamheter samlokaliserade",
    familjecentralsliknande: "Familjecentralsliknande verksamhet – minst barnhälsovård och öppen förskola",
  },
  required,
);

export const grundverksamheter = multiChoice(
  "grundverksamheter",
  "Vilka grundverksamheter finns samlokaliserade i familjecentralen?",
  {
    mhv: "Mödrahälsovård (barnmorskemottagning)",
    bhv: "Barnhälsovård (BVC)",
    oppen_forskola: "Öppen förskola",
    socialtjanst: "Förebyggande socialtjänst",
  },
  required,
);

export const andraAktorer = multiChoice("andra_aktorer", "Vilka andra verksamheter finns under samma tak?", {
  bibliotek: "Bibliotek",
  tandvard: "Folktandvården",
  sfi: "SFI eller annan vuxenutbildning",
  civilsamhalle: "Föreningar eller civilsamhälle",
  annan: "Annan verksamhet",
});

/** The joint opening hours; its wording names the services as each year's follow-up does. */
export const gemensamtOppetAs = (title: string) =>
  number("gemensamt_oppet_timmar", title, {
    min: 0,
    max: 60,
    integer: false,
    step: 0.5,
    required: true,
    description:
      "Räkna bara tid då alla är på plats och har öppet. Planering, möten, hembesök och handledning räknas inte.",
  });
export const gemensamtOppet = gemensamtOppetAs(
  "Hur många timmar i veckan har alla grundverksamheter gemensamt öppet för besökare?",
);

export const sommarReducering = number(
  "sommar_reducering_veckor",
  "Hur många veckor under juni–augusti var det gemensamma öppethållandet reducerat?",
  { min: 0, max: 13, required: true },
);

const professions = {
  barnmorska: "Barnmorska",
  bhv_sjukskoterska: "Sjuksköterska i barnhälsovården",
  forskollarare: "Förskollärare/pedagog",
  socialtjanst: "Socionom/kurator/socialrådgivare",
  annan: "Annan yrkesroll",
};

export const bemanning = grid(
  "bemanning",
  "Bemanning per yrkesroll",
  professions,
  { personer: "Antal personer", heltider: "Antal heltider" },
  {
    min: 0,
    max: 50,
    integer: false,
    description: "Ange antal personer och hur många heltidstjänster de tillsammans har på familjecentralen.",
  },
);

export const samordnareFinns = yesNo("samordnare_finns", "Har familjecentralen en utsedd samordnare?", required);
const ifCoordinator = "{samordnare_finns} = true";
export const samordnareProfession = choice("samordnare_profession", "Vilken yrkesroll har samordnaren?", professions, {
  visibleIf: ifCoordinator,
  required: true,
});
export const samordnareTjanst = number(
  "samordnare_tjanst_procent",
  "Hur stor del av en heltid är avsatt för samordningsuppdraget (procent)?",
  { min: 0, max: 100, required: true, visibleIf: ifCoordinator },
);
export const samordnareUtseddAv = choice(
  "samordnare_utsedd_av",
  "Vem har utsett samordnaren?",
  {
    styrgruppen: "Styrgruppen",
    region: "Regionen som huvudman",
    kommun: "Kommunen som huvudman",
    gemensamt: "Huvudmännen gemensamt",
  },
  { visibleIf: ifCoordinator },
);
export const samordnareSkriftligt = yesNo(
  "samordnare_skriftligt",
  "Är samordnaren utsedd skriftligt och för en bestämd period?",
  { visibleIf: ifCoordinator },
);

export const styrgruppFinns = yesNo("styrgrupp_finns", "Har familjecentralen en gemensam styrgrupp?", required);
const ifSteering = "{styrgrupp_finns} = true";
export const styrgruppMoten = number("styrgrupp_moten", "Hur många gånger träffades styrgruppen under året?", {
  min: 0,
  max: 24,
  required: true,
  visibleIf: ifSteering,
});
export const styrgruppBrukare = yesNo(
  "styrgrupp_brukarrepresentant",
  "Finns en representant för besökarna i styrgruppen?",
  {
    visibleIf: ifSteering,
  },
);

export const avtalFinns = yesNo("samverkansavtal_finns", "Finns ett lokalt samverkansavtal?", required);
const ifAgreement = "{samverkansavtal_finns} = true";
export const avtalReviderat = number(
  "samverkansavtal_reviderat_ar",
  "Vilket år reviderades samverkansavtalet senast?",
  {
    min: 1995,
    max: 2035,
    required: true,
    visibleIf: ifAgreement,
  },
);
export const avtalFoljsUpp = yesNo("samverkansavtal_foljs_upp", "Följs samverkansavtalet upp varje år?", {
  visibleIf: ifAgreement,
});

export const verksamhetsplan = yesNo("verksamhetsplan", "Finns en gemensam verksamhetsplan för året?", required);
export const verksamhetsberattelse = yesNo(
  "verksamhetsberattelse",
  "Finns en gemensam verksamhetsberättelse för föregående år?",
  required,
);
export const arshjul = yesNo("arshjul", "Finns ett gemensamt årshjul?", required);
export const utvarderingsplan = yesNo("utvarderingsplan", "Finns en plan för hur verksamheten utvärderas?", required);

export const planeringsdagar = number(
  "planeringsdagar_ar",
  "Hur många gemensamma planeringsdagar hade ni under året?",
  {
    min: 0,
    max: 20,
    integer: false,
    step: 0.5,
    required: true,
  },
);
export const allPersonalDeltar = yesNo(
  "all_personal_deltar",
  "Deltar all personal i husmöten och planeringsdagar?",
  required,
);
export const gemensamUtbildning = yesNo(
  "gemensam_kompetensutveckling",
  "Har ni haft gemensam kompetensutveckling under året?",
);
export const gemensamHandledning = yesNo("gemensam_handledning", "Har ni gemensam handledning?");

const groups = (key: string, title: string) => number(key, title, { min: 0, max: 500, required: true });
const participants = (key: string, title: string) => number(key, title, { min: 0, max: 10000, required: true });
export const grupperFore = groups("grupper_fore_fodsel", "Antal föräldragrupper under graviditeten");
export const deltagareFore = participants("deltagare_fore_fodsel", "Antal deltagare i grupperna under graviditeten");
export const grupperEfter = groups("grupper_efter_fodsel", "Antal föräldragrupper efter barnets födelse");
export const deltagareEfter = participants("deltagare_efter_fodsel", "Antal deltagare i grupperna efter födelsen");
export const grupperPartner = number("grupper_pappor_partner", "Varav grupper särskilt för pappor eller partner", {
  min: 0,
  max: 500,
});
export const program = multiChoice("foraldraprogram", "Vilka föräldraskapsstödsprogram har ni använt?", {
  abc: "ABC – Alla Barn i Centrum",
  icdp: "ICDP – Vägledande samspel",
  cope: "COPE",
  trygghetscirkeln: "Trygghetscirkeln",
  egna: "Egna upplägg",
  annat: "Annat program",
});

export const besokOppenForskola = number(
  "besok_oppen_forskola",
  "Ungefär hur många besök hade öppna förskolan under året?",
  { min: 0, max: 200000 },
);

const from = {
  mhv: "Från mödrahälsovården",
  bhv: "Från barnhälsovården",
  oppen_forskola: "Från öppna förskolan",
  socialtjanst: "Från socialtjänsten",
};
const to = {
  mhv: "Till mödrahälsovården",
  bhv: "Till barnhälsovården",
  oppen_forskola: "Till öppna förskolan",
  socialtjanst: "Till socialtjänsten",
};
export const slussning = grid("slussning", "Slussning under året", from, to, {
  min: 0,
  max: 5000,
  description:
    "Antal familjer som med personlig introduktion slussats från en verksamhet (rad) till en annan (kolumn).",
});

export const gemensammaPlaner = number(
  "gemensamma_planer",
  "Hur många familjer har fått en gemensamt upprättad plan med flera verksamheter?",
  { min: 0, max: 5000 },
);
export const gemensammaHembesok = number(
  "gemensamma_hembesok",
  "Hur många hembesök gjordes av två yrkesroller tillsammans?",
  { min: 0, max: 5000, since: "2026.1" },
);

export const brukarinflytande = multiChoice("brukarinflytande", "Hur tar ni tillvara besökarnas synpunkter?", {
  enkater: "Besöksenkäter",
  brukarrad: "Brukarråd eller föräldraråd",
  forslagslada: "Förslagslåda",
  samtal: "Samtal i verksamheten",
  annat: "På annat sätt",
});
export const rutinSekretess = yesNo(
  "rutin_sekretess",
  "Finns en skriftlig rutin för hur sekretessen mellan verksamheterna hanteras?",
  required,
);
export const rutinSamtycke = yesNo("rutin_samtycke", "Finns en skriftlig rutin för hur samtycke inhämtas?", required);

export const godaExempel = freeText("goda_exempel", "Beskriv ett gott exempel från året som andra kan lära av.", {
  maxLength: 4000,
});
export const utvecklingsbehov = freeText("utvecklingsbehov", "Vilka utvecklingsbehov ser ni inför nästa år?", {
  maxLength: 4000,
});

export const survey = {
  title: "Kvalitetsuppföljning",
  description:
    "Den årliga kvalitetsuppföljningen av familjecentralen. Svaren avser verksamhetsåret och sammanställs för kommunen, regionen och nationellt.",
};

export const settings = { showProgressBar: "top", progressBarType: "pages", checkErrorsMode: "onComplete" };

/** What every year's version of this survey shares. */
export const base = {
  kind: "kvalitetsuppfoljning",
  firstVersion: "2025.1",
  locales: ["sv"],
  ...survey,
  settings,
} as const;

/** Pages asked the same way every year. */
export const pages = {
  oppettider: page("oppettider", "Gemensamt öppet", [gemensamtOppet, sommarReducering]),
  bemanning: page("bemanning", "Bemanning", [bemanning]),
  samordning: page("samordning", "Samordnare", [
    samordnareFinns,
    samordnareProfession,
    samordnareTjanst,
    samordnareUtseddAv,
    samordnareSkriftligt,
  ]),
  styrning: page("styrning", "Styrgrupp och samverkansavtal", [
    styrgruppFinns,
    styrgruppMoten,
    styrgruppBrukare,
    avtalFinns,
    avtalReviderat,
    avtalFoljsUpp,
  ]),
  planer: page("planer", "Planer och rapporter", [verksamhetsplan, verksamhetsberattelse, arshjul, utvarderingsplan]),
  foraldraskapsstod: page("foraldraskapsstod", "Föräldraskapsstöd i grupp", [
    grupperFore,
    deltagareFore,
    grupperEfter,
    deltagareEfter,
    grupperPartner,
    program,
  ]),
  delaktighet: page("delaktighet", "Delaktighet och rutiner", [brukarinflytande, rutinSekretess, rutinSamtycke]),
  reflektion: page("reflektion", "Reflektion", [godaExempel, utvecklingsbehov]),
};

/** Joint time; the house-meeting question's wording differs between years. */
export const gemensamTidPage = (husmoteTitle: string) =>
  page("gemensam_tid", "Gemensam tid", [
    number("husmote_timmar_manad", husmoteTitle, { min: 0, max: 40, integer: false, step: 0.5, required: true }),
    planeringsdagar,
    allPersonalDeltar,
    gemensamUtbildning,
    gemensamHandledning,
  ]);
