export { demoLundCentreName, demoMalmoCentreName } from "../reference/demo-centres.ts";
export { initialRegionCodes, municipalityData, regionData } from "../reference/geography.ts";
export * from "./collection.ts";
export * from "./demo.ts";
export * from "./demo-answers.ts";
export * from "./reference.ts";
export * from "./responses.ts";
export * from "./surveys.ts";
export * from "./users.ts";
