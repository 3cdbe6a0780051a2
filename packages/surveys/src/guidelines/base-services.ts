import type { GuidelineRule, RuleSource } from "./rules.ts";

/**
 * The base services a centre of each kind has under one roof: a family centre all four,
 * a centre "like" one at least child health care and open preschool (seed 003). Each region's
 * guideline names its own source for it.
 */
export function baseServiceRules(source: RuleSource, kinds: "both" | "familjecentral" = "both"): GuidelineRule[] {
  const all: GuidelineRule = {
    id: "basverksamheter_familjecentral",
    text: "Alla fyra basverksamheterna samlokaliserade",
    strength: "ska",
    source,
    check: {
      all: [
        { key: "grundverksamheter", includes: "mhv" },
        { key: "grundverksamheter", includes: "bhv" },
        { key: "grundverksamheter", includes: "oppen_forskola" },
        { key: "grundverksamheter", includes: "socialtjanst" },
      ],
    },
    appliesWhen: { key: "fc_typ", equals: "familjecentral" },
  };
  const like: GuidelineRule = {
    id: "basverksamheter_familjecentralsliknande",
    text: "Barnhälsovård och öppen förskola samlokaliserade (familjecentralsliknande verksamhet)",
    strength: "ska",
    source,
    check: {
      all: [
        { key: "grundverksamheter", includes: "bhv" },
        { key: "grundverksamheter", includes: "oppen_forskola" },
      ],
    },
    appliesWhen: { key: "fc_typ", equals: "familjecentralsliknande" },
  };
  return kinds === "both" ? [all, like] : [all];
}
