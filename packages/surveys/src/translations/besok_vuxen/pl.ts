import type { Translation } from "../../types.ts";

const agree = {
  minRateDescription: "Zupełnie się nie zgadza",
  maxRateDescription: "Całkowicie się zgadza",
  dontKnowText: "Nie wiem / Nie dotyczy",
};

export const pl: Translation = {
  survey: {
    title: "Co sądzisz o centrum rodzinnym?",
    description:
      "Twoje odpowiedzi pomagają nam być lepszymi. Ankieta zajmie kilka minut i jest anonimowa – nie pytamy o Twoje imię.",
    completedHtml: "<h2>Dziękujemy za odpowiedzi!</h2>",
  },
  pages: {
    om_dig: { title: "O Tobie", description: "Pytania na tej stronie są dobrowolne." },
    besoket: { title: "Twoja wizyta" },
    bemotande: { title: "Jak oceniasz centrum rodzinne?" },
    stod: { title: "Wsparcie i kontakty" },
    rattigheter: { title: "Prawa dziecka" },
    verksamheten: { title: "Działalność" },
    helhet: { title: "Ogólnie" },
    tankar: { title: "Twoje przemyślenia", description: "Nie wpisuj żadnych imion. Możesz pominąć te pytania." },
  },
  questions: {
    "besokare_roll@2027": {
      title: "Kim jesteś?",
      choices: {
        blivande_foralder: "Przyszłym rodzicem",
        mamma: "Mamą",
        pappa: "Tatą",
        annan_foralder: "Innym rodzicem lub partnerem",
        annan_vuxen: "Inną osobą dorosłą, na przykład babcią lub dziadkiem",
      },
    },
    betydelse_familj: {
      title: "Jak ważne jest centrum rodzinne dla Twojej rodziny?",
      minRateDescription: "Nieważne",
      maxRateDescription: "Bardzo ważne",
    },
    besokare_roll: {
      title: "Kim jesteś?",
      choices: {
        blivande_foralder: "Przyszłym rodzicem",
        foralder: "Rodzicem",
        annan_vuxen: "Inną osobą dorosłą, na przykład babcią lub dziadkiem",
      },
    },
    barn_alder: {
      title: "Ile lat mają dzieci, z którymi tu przychodzisz?",
      choices: {
        vantar: "Spodziewam się dziecka",
        under_1: "Poniżej 1 roku",
        ar_1_3: "1–3 lata",
        ar_4_6: "4–6 lat",
        over_6: "Powyżej 6 lat",
      },
    },
    besok_frekvens: {
      title: "Jak często przychodzisz do centrum rodzinnego?",
      choices: {
        forsta: "Jestem tu pierwszy raz",
        ibland: "Kilka razy w roku",
        manad: "Raz lub dwa razy w miesiącu",
        vecka: "Co tydzień lub częściej",
      },
    },
    verksamheter: {
      title: "Z których części centrum rodzinnego korzystałeś/korzystałaś?",
      choices: {
        mhv: "Przychodnia położnej",
        bhv: "Przychodnia zdrowia dziecka (BVC)",
        oppen_forskola: "Otwarte przedszkole",
        socialtjanst: "Porady i wsparcie opieki społecznej",
        foraldragrupp: "Grupa dla rodziców",
      },
    },
    hittade_hit: {
      title: "Skąd dowiedziałeś/dowiedziałaś się o centrum rodzinnym?",
      choices: {
        bvc_barnmorska: "Z przychodni zdrowia dziecka lub od położnej",
        vanner: "Od przyjaciół lub rodziny",
        internet: "Z internetu lub mediów społecznościowych",
        annat: "W inny sposób",
      },
    },
    valkommen: { title: "Czuję się mile widziany/widziana w centrum rodzinnym.", ...agree },
    bemotande: { title: "Personel traktuje mnie z szacunkiem.", ...agree },
    stod_foraldraskap: { title: "Otrzymuję wsparcie w byciu rodzicem.", ...agree },
    nya_kontakter: { title: "Poznałem/poznałam tu innych rodziców.", ...agree },
    vet_vart_vanda: { title: "Wiem, gdzie się zwrócić, gdy potrzebuję pomocy lub wsparcia.", ...agree },
    barns_rattigheter: {
      title: "Otrzymałem/otrzymałam informacje o prawach dziecka według Konwencji o prawach dziecka.",
      ...agree,
    },
    "barns_rattigheter@2025": {
      title: "Dowiedziałem/dowiedziałam się, co Konwencja o prawach dziecka oznacza dla mojego dziecka.",
      ...agree,
    },
    oppettider: { title: "Godziny otwarcia odpowiadają mnie i mojej rodzinie.", ...agree },
    lokaler: { title: "Pomieszczenia są przyjemne i dostosowane do dzieci.", ...agree },
    inflytande: { title: "Mogę wpływać na to, co dzieje się w centrum rodzinnym.", ...agree },
    betydelse: { title: "Centrum rodzinne wiele znaczy dla mojej rodziny.", ...agree },
    helhet: {
      title: "Jak ogólnie oceniasz swoje zadowolenie z centrum rodzinnego?",
      minRateDescription: "Zupełnie niezadowolony/niezadowolona",
      maxRateDescription: "Bardzo zadowolony/zadowolona",
    },
    bast: { title: "Co jest najlepsze w centrum rodzinnym?" },
    battre: { title: "Co mogłoby być lepsze?" },
  },
};
