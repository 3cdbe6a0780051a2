import { describe, expect, it } from "vitest";
import {
  absentFrom,
  activities,
  activityInBrief,
  adultsExtremes,
  approvedFollowUps,
  centreCompliance,
  compared,
  complianceLevel,
  examplesChosen,
  guidelineCompliance,
  largestFlow,
  leading,
  moreAnswersThanStaff,
  participating,
  percentOf,
  range,
  respondents,
  smileys,
  spiderExtremes,
  trendFinding,
  yearOnYear,
} from "./drafts.ts";
import { counted, listed, nouns, quoted } from "./phrases.ts";

const hidden = "visas inte";

describe("the Swedish phrase layer", () => {
  it("puts the noun in the number the count asks for", () => {
    expect(counted(0, nouns.centre)).toBe("inga familjecentraler");
    expect(counted(1, nouns.centre)).toBe("1 familjecentral");
    expect(counted(41, nouns.centre)).toBe("41 familjecentraler");
    expect(counted(1, nouns.adult)).toBe("1 vuxen besökare");
    expect(counted(3278, nouns.adult)).toBe("3\u00a0278 vuxna besökare");
    expect(counted(1, nouns.example)).toBe("1 gott exempel");
    expect(counted(2, nouns.example)).toBe("2 goda exempel");
  });

  it("joins a list the Swedish way and quotes without closing punctuation", () => {
    expect(listed([])).toBe("");
    expect(listed(["a"])).toBe("a");
    expect(listed(["a", "b"])).toBe("a och b");
    expect(listed(["a", "b", "c"])).toBe("a, b och c");
    expect(quoted("Jag känner mig välkommen.")).toBe("”Jag känner mig välkommen”");
  });
});

describe("the report's sentence templates", () => {
  it("respondents: numbers in agreement; a hidden count leaves the list and is explained once", () => {
    expect(respondents(2026, "Skåne", { adults: 3278, children: 1614, staff: 412 })).toBe(
      "År 2026 svarade 3\u00a0278 vuxna besökare, 1\u00a0614 barn och 412 medarbetare i Skåne.",
    );
    expect(respondents(2026, "Svalöv", { adults: 1, children: 0, staff: 7 })).toBe(
      "År 2026 svarade 1 vuxen besökare, inga barn och 7 medarbetare i Svalöv.",
    );
    const partly = respondents(2026, "Svalöv", { adults: 12, children: hidden, staff: hidden });
    expect(partly).toBe(
      "År 2026 svarade 12 vuxna besökare i Svalöv. Hur många barn och medarbetare som svarade visas inte, så att ingen enskild kan pekas ut.",
    );
    const all = respondents(2026, "Familjecentralen Svalöv", { adults: hidden, children: hidden, staff: hidden });
    expect(all).not.toMatch(/svarade visas inte/);
    expect(all).toMatch(/^År 2026 visas inte hur många vuxna besökare, barn och medarbetare som svarade/);
    expect(respondents(2026, "Bjuv", { adults: 0, children: 0, staff: null })).toBe("År 2026 kom inga svar i Bjuv.");
  });

  it("approved follow-ups: one centre, all, some, none, with last year where known", () => {
    expect(approvedFollowUps(2026, { approved: 1, centres: 1 })).toBe("Kvalitetsuppföljningen för 2026 är godkänd.");
    expect(approvedFollowUps(2026, { approved: 0, centres: 1 })).toBe(
      "Kvalitetsuppföljningen för 2026 är inte godkänd ännu.",
    );
    expect(approvedFollowUps(2026, { approved: 13, centres: 41 }, { approved: 41, centres: 41 })).toBe(
      "13 av 41 familjecentraler har en godkänd kvalitetsuppföljning för 2026 (2025: 41 av 41).",
    );
    expect(approvedFollowUps(2026, { approved: 41, centres: 41 })).toBe(
      "Alla 41 familjecentraler har en godkänd kvalitetsuppföljning för 2026.",
    );
    expect(approvedFollowUps(2026, { approved: 0, centres: 2 })).toBe(
      "0 av 2 familjecentraler har en godkänd kvalitetsuppföljning för 2026.",
    );
    expect(approvedFollowUps(2026, { approved: 0, centres: 0 })).toBe("");
  });

  it("year on year: a change only between two shown figures on the same base", () => {
    const base = { subject: "Andelen nöjda", year: 2026, text: (v: number) => `${v} %` };
    expect(yearOnYear({ ...base, before: 71, now: 78 })).toBe(
      "Andelen nöjda ökade från 71 % år 2025 till 78 % år 2026.",
    );
    expect(yearOnYear({ ...base, before: 78, now: 71 })).toBe(
      "Andelen nöjda minskade från 78 % år 2025 till 71 % år 2026.",
    );
    expect(yearOnYear({ ...base, before: 78, now: 78 })).toBe("Andelen nöjda var 78 % år 2026, samma som året före.");
    expect(yearOnYear({ ...base, before: null, now: 0 })).toBe("Andelen nöjda var 0 % år 2026.");
    expect(yearOnYear({ ...base, before: hidden, now: 78 })).toBe("Andelen nöjda var 78 % år 2026.");
    expect(yearOnYear({ ...base, before: 71, now: 78, comparable: false })).toBe("Andelen nöjda var 78 % år 2026.");
    expect(yearOnYear({ ...base, before: 71, now: hidden })).toBe("");
    expect(yearOnYear({ ...base, before: 71, now: undefined })).toBe("");
  });

  it("the adults' strongest and weakest statements, never mixing in a hidden one", () => {
    expect(
      adultsExtremes([
        { title: "Jag känner mig välkommen.", value: 91 },
        { title: "Jag har fått information om barns rättigheter.", value: 42 },
      ]),
    ).toBe(
      "Högst andel positiva svar får ”Jag känner mig välkommen” (91 %), lägst ”Jag har fått information om barns rättigheter” (42 %).",
    );
    expect(adultsExtremes([{ title: "Jag känner mig välkommen.", value: 91 }])).toBe(
      "Bara ”Jag känner mig välkommen” kan redovisas: 91 % positiva svar.",
    );
    expect(adultsExtremes([])).toBe("Resultaten för vuxna besökare visas inte, så att ingen enskild kan pekas ut.");
    expect(
      adultsExtremes([
        { title: "A", value: 80 },
        { title: "B", value: 80 },
      ]),
    ).toBe("Alla påståenden får samma andel positiva svar, 80 %.");
  });

  it("the spider's strongest and weakest factor on its scale", () => {
    expect(
      spiderExtremes([
        { title: "Gemensamma mål", value: 8.14 },
        { title: "Samordnad styrning", value: 6.8 },
      ]),
    ).toBe("Starkast bedöms ”Gemensamma mål” (8,1) och svagast ”Samordnad styrning” (6,8) på skalan 1–10.");
    expect(spiderExtremes([{ title: "Gemensamma mål", value: 8 }])).toBe(
      "Bara ”Gemensamma mål” kan redovisas: 8,0 på skalan 1–10.",
    );
    expect(spiderExtremes([])).toBe("Spindeln visas inte, så att ingen enskild kan pekas ut.");
    expect(
      spiderExtremes([
        { title: "A", value: 7 },
        { title: "B", value: 7 },
      ]),
    ).toBe("Alla faktorer bedöms lika, 7,0 på skalan 1–10.");
  });

  it("the children's smileys with all three faces, and what they like doing", () => {
    expect(smileys("Tycker du om att vara här?", { happy: 50, middle: 48, sad: 2 })).toBe(
      "På frågan ”Tycker du om att vara här?” valde 50 % den glada smileyn, 48 % den mittersta och 2 % den ledsna.",
    );
    expect(smileys("Tycker du om att vara här?", undefined)).toBe("");
    expect(smileys("Tycker du om att vara här?", { happy: 0, middle: 0, sad: 100 })).toContain("100 % den ledsna");
    expect(
      activities([
        { title: "Leka", value: 62 },
        { title: "Läsa böcker", value: 40 },
        { title: "Sjunga", value: 35 },
        { title: "Måla och pyssla", value: 10 },
      ]),
    ).toBe("Flest barn tycker om att leka (62 %), därefter att läsa böcker (40 %) och att sjunga (35 %).");
    expect(activities([{ title: "Leka", value: 62 }])).toBe("Flest barn tycker om att leka (62 %).");
    expect(activities([])).toBe("");
  });

  it("participation and the chosen examples in agreement", () => {
    expect(participating(2026, "Skåne", 41, 12)).toBe(
      "41 familjecentraler i 12 kommuner i Skåne deltog i uppföljningen 2026.",
    );
    expect(participating(2026, "Bjuv", 1, 1)).toBe("1 familjecentral i 1 kommun i Bjuv deltog i uppföljningen 2026.");
    expect(participating(2026, "Bjuv", 0, 0)).toBe("Inga familjecentraler i Bjuv deltog i uppföljningen 2026.");
    expect(examplesChosen(0)).toBe("Inga goda exempel är valda ännu.");
    expect(examplesChosen(1)).toBe("1 gott exempel från årets kvalitetsuppföljningar.");
    expect(examplesChosen(3)).toBe("3 goda exempel från årets kvalitetsuppföljningar.");
  });

  describe("the guideline's compliance", () => {
    const rules = (met: number[], judged = 13) =>
      met.map((m, i) => ({ text: `Regel ${String.fromCharCode(65 + i)}`, met: m, judged }));
    const sets = { now: { approved: 13, centres: 41 }, before: { approved: 13, centres: 41 } };

    it("says a recommendation or a should beside its rule, never in the voice of a requirement", () => {
      const voiced = [
        { text: "Samordnare 25–50 %", strength: "rekommendation", met: 9, judged: 10 },
        { text: "Högst 15 %", strength: "bör", met: 2, judged: 10 },
      ];
      expect(complianceLevel(voiced)).toBe(
        "Flest uppfyller ”samordnare 25–50 %” (rekommendation; 9 av 10 familjecentraler, 90 %), färst ”högst 15 %” (bör; 2 av 10 familjecentraler, 20 %).",
      );
    });

    it("names the rule most and fewest centres meet, with the denominator", () => {
      expect(guidelineCompliance({ year: 2026, now: rules([12, 3]), before: undefined, comparable: false, sets })).toBe(
        "Flest uppfyller ”regel a” (12 av 13 familjecentraler, 92 %), färst ”regel b” (3 av 13 familjecentraler, 23 %).",
      );
      expect(
        guidelineCompliance({ year: 2026, now: rules([1, 1], 1), before: undefined, comparable: false, sets }),
      ).toBe("Varje riktlinje uppfylls av 1 av 1 familjecentral, 100 %.");
      expect(
        guidelineCompliance({ year: 2026, now: rules([0, 0], 0), before: undefined, comparable: true, sets }),
      ).toBe("Ingen godkänd kvalitetsuppföljning för 2026 kan ännu prövas mot riktlinjerna.");
    });

    it("claims a change only where both years rest on the same centres", () => {
      const differing = guidelineCompliance({
        year: 2026,
        now: rules([12, 3]),
        before: rules([20, 5], 41),
        comparable: false,
        sets: { now: { approved: 13, centres: 41 }, before: { approved: 41, centres: 41 } },
      });
      expect(differing).toContain(
        "Riktlinjerna jämförs inte med 2025, eftersom det inte är samma familjecentraler som har godkända uppföljningar båda åren (41 av 41 godkända 2025, 13 av 41 hittills 2026).",
      );
      expect(differing).not.toMatch(/ökade|minskade|Fler|Färre/);
      const same = guidelineCompliance({
        year: 2026,
        now: rules([12, 3]),
        before: rules([10, 3]),
        comparable: true,
        sets,
      });
      expect(same).toContain("Fler uppfyller ”regel a” än 2025: 12 mot 10 av 13.");
      expect(same).not.toContain("regel b” än");
      expect(
        guidelineCompliance({ year: 2026, now: rules([12, 3]), before: rules([12, 3]), comparable: true, sets }),
      ).toContain("Lika många uppfyller varje riktlinje som 2025.");
    });
  });
});

describe("a centre's own compliance", () => {
  const o = (outcome: string, text = "Gemensam styrgrupp") => ({ text, outcome });
  it("names the rules it does not meet, in agreement, and says when nothing can be judged", () => {
    expect(centreCompliance(2026, undefined)).toBe(
      "Kvalitetsuppföljningen för 2026 är inte godkänd ännu, så riktlinjerna kan inte prövas.",
    );
    expect(centreCompliance(2026, [o("not_answered")])).toBe(
      "Ingen av riktlinjerna kan prövas mot kvalitetsuppföljningens svar.",
    );
    expect(centreCompliance(2026, [o("met"), o("met", "Årshjul")])).toBe(
      "Familjecentralen uppfyller alla 2 riktlinjer som kan prövas.",
    );
    expect(centreCompliance(2026, [o("met")])).toBe("Familjecentralen uppfyller den enda riktlinje som kan prövas.");
    expect(centreCompliance(2026, [o("not_met")])).toBe(
      "Familjecentralen uppfyller 0 av 1 riktlinje, men inte ”gemensam styrgrupp”.",
    );
    expect(centreCompliance(2026, [o("met", "Årshjul"), o("not_met"), o("not_met", "Verksamhetsplan")])).toBe(
      "Familjecentralen uppfyller 1 av 3 riktlinjer, men inte ”gemensam styrgrupp” och ”verksamhetsplan”.",
    );
  });
});

describe("the centres' activity in brief", () => {
  const base = {
    year: 2026,
    approved: 2,
    staff: { persons: 12, fte: 9.5 },
    groupsBefore: 4,
    participantsBefore: 40,
    groupsAfter: 6,
    participantsAfter: 58,
    largestFlow: { from: "Barnhälsovården", to: "Öppna förskolan", families: 32 },
    hiddenBelow: undefined,
  };
  it("says staffing, groups and the largest flow in agreement", () => {
    expect(activityInBrief(base)).toBe(
      "I de godkända uppföljningarna arbetar 12 personer på 9,5 heltider. Föräldragrupper under 2026: 4 under graviditeten med 40 deltagare och 6 efter födelsen med 58 deltagare. Flest familjer slussades från barnhälsovården till öppna förskolan (32 familjer).",
    );
    expect(
      activityInBrief({
        ...base,
        approved: 1,
        staff: { persons: 1, fte: 1 },
        largestFlow: { ...base.largestFlow, families: 1 },
      }),
    ).toContain("I den godkända uppföljningen arbetar 1 person på 1,0 heltid.");
  });
  it("leaves hidden and missing counts out and says why once", () => {
    const text = activityInBrief({
      ...base,
      participantsBefore: "visas inte",
      groupsAfter: null,
      largestFlow: undefined,
      hiddenBelow: 5,
    });
    expect(text).toContain("Föräldragrupper under 2026: 4 under graviditeten.");
    expect(text).toContain(
      "Antal personer eller familjer under 5 visas inte, och inte heller tal som skulle avslöja dem.",
    );
    expect(text).not.toMatch(/visas inte deltagare|slussades/);
    expect(activityInBrief({ ...base, approved: 0 })).toBe(
      "Ingen kvalitetsuppföljning för 2026 är godkänd ännu, så verksamhetens siffror saknas.",
    );
    expect(activityInBrief({ ...base, groupsBefore: 0, participantsBefore: 0 })).toContain(
      "Föräldragrupper under 2026: 0 under graviditeten och 6 efter födelsen med 58 deltagare.",
    );
  });
});

describe("more staff answers than staffing", () => {
  it("says it only where it happens, in agreement", () => {
    expect(moreAnswersThanStaff(0)).toBe("");
    expect(moreAnswersThanStaff(1)).toBe(
      "Vid 1 familjecentral svarade fler medarbetare än den senaste godkända uppföljningen anger i bemanning; där är bemanningen troligen inaktuell.",
    );
    expect(moreAnswersThanStaff(3)).toContain("Vid 3 familjecentraler svarade");
  });
});

describe("the centres that took no part", () => {
  it("names them per survey, counts them when many, and says when all took part", () => {
    expect(absentFrom([{ survey: "spindelmätningen", centres: [] }])).toBe(
      "Alla familjecentraler har svar i alla tre enkäterna.",
    );
    expect(
      absentFrom([
        { survey: "besöksenkäten för barn", centres: ["Familjecentralen Bjuv", "Familjecentralen Höör"] },
        { survey: "spindelmätningen", centres: ["A", "B", "C", "D", "E", "F"] },
      ]),
    ).toBe(
      "Inga svar i besöksenkäten för barn finns från Familjecentralen Bjuv och Familjecentralen Höör. 6 familjecentraler har inga svar i spindelmätningen.",
    );
    expect(absentFrom([{ survey: "spindelmätningen", centres: ["A"] }])).toBe(
      "Inga svar i spindelmätningen finns från A.",
    );
  });
});

describe("the municipalities compared", () => {
  it("names the highest and lowest, says when they are equal, and when nothing compares", () => {
    expect(
      compared(
        [
          { title: "Lund", value: 8.12 },
          { title: "Bjuv", value: 6.2 },
        ],
        [
          { title: "Malmö", value: 90 },
          { title: "Höör", value: 45 },
        ],
      ),
    ).toBe(
      "Spindelns medelvärde är högst i Lund (8,1) och lägst i Bjuv (6,2). Andelen uppfyllda riktlinjer är högst i Malmö (90 %) och lägst i Höör (45 %).",
    );
    expect(
      compared(
        [
          { title: "Lund", value: 7 },
          { title: "Bjuv", value: 7 },
        ],
        [{ title: "Malmö", value: 90 }],
      ),
    ).toBe("Spindelns medelvärde är lika i alla kommuner, 7,0.");
    expect(compared([], [])).toBe("Kommunerna kan inte jämföras ännu: för få svar eller godkända uppföljningar.");
  });
});

describe("a slide's finding", () => {
  it("reads a trend's last two years, never across a gap in the years", () => {
    expect(trendFinding(["2025", "2026"], [77, 80], "Andelen nöjda besökare", percentOf)).toBe(
      "Andelen nöjda besökare ökade från 77 % år 2025 till 80 % år 2026.",
    );
    expect(trendFinding(["2023", "2026"], [77, 80], "Andelen nöjda besökare", percentOf)).toBe(
      "Andelen nöjda besökare var 80 % år 2026.",
    );
    expect(trendFinding(["2026"], [80], "Andelen nöjda besökare", percentOf)).toBe(
      "Andelen nöjda besökare var 80 % år 2026.",
    );
    expect(trendFinding(["2025", "2026"], [77, null], "Andelen nöjda besökare", percentOf)).toBe("");
  });

  it("names the best of a ranking, the range over places, the largest flow and the guideline's spread", () => {
    expect(
      leading("Högst andel positiva svar får", [{ title: "Jag känner mig välkommen.", value: 85 }], percentOf),
    ).toBe("Högst andel positiva svar får ”Jag känner mig välkommen” (85 %).");
    expect(leading("Högst andel positiva svar får", [], percentOf)).toBe("");
    expect(range([{ title: "Lund", value: 80 }], "Andelen", percentOf)).toBe("");
    expect(largestFlow({ from: "Mödrahälsovården", to: "Barnhälsovården", families: 1 })).toBe(
      "Flest familjer slussades från mödrahälsovården till barnhälsovården (1 familj).",
    );
    expect(complianceLevel([{ text: "Årshjul", met: 0, judged: 0 }])).toBe("");
  });
});
