import { easySwedish } from "../../kinds.ts";
import type { Translation } from "../../types.ts";
import { ar } from "./ar.ts";
import { bs } from "./bs.ts";
import { en } from "./en.ts";
import { fa } from "./fa.ts";
import { lattlast } from "./lattlast.ts";
import { pl } from "./pl.ts";
import { so } from "./so.ts";
import { ti } from "./ti.ts";
import { tr } from "./tr.ts";
import { uk } from "./uk.ts";

export const translations: Record<string, Translation> = {
  [easySwedish]: lattlast,
  en,
  ar,
  so,
  ti,
  fa,
  uk,
  pl,
  tr,
  bs,
};
