import type { Database } from "@fcs/db";
import { createFollowUpFiguresService } from "./followup-figures.ts";
import { createFollowUpFiguresRepository } from "./followup-repository.ts";
import { createResultsRepository } from "./repository.ts";
import { createResultsService } from "./service.ts";

/**
 * The results services, made once per app: the results pages and the annual
 * report read through the same ones, so they share one counts cache and one
 * tree cache instead of keeping two of each.
 */
export function createResultsServices(db: Database, minimumGroupSize: number) {
  const places = createResultsRepository(db);
  return {
    places,
    results: createResultsService(places, minimumGroupSize),
    followUps: createFollowUpFiguresService(createFollowUpFiguresRepository(db), places, minimumGroupSize),
  };
}

export type ResultsServices = ReturnType<typeof createResultsServices>;
