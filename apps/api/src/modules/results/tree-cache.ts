import type { ResultTree } from "./tree.ts";

/** Trees kept at most: each holds the counts of one view's areas over its years, up to a few megabytes. */
const maxTrees = 32;

/**
 * The built trees of recent views, each with the signature of what it was built
 * from (the respondent totals of its areas and the places in them). A view asked
 * again before anyone answers gets its tree back instead of rebuilding it from
 * the counts: a centre's ten-year trend builds from some 100,000 count rows.
 */
export function createTreeCache() {
  const trees = new Map<string, { signature: string; tree: ResultTree }>();
  return {
    async get(key: string, signature: string, build: () => Promise<ResultTree>): Promise<ResultTree> {
      const known = trees.get(key);
      if (known?.signature === signature) return known.tree;
      const tree = await build();
      trees.delete(key);
      trees.set(key, { signature, tree });
      while (trees.size > maxTrees) trees.delete(trees.keys().next().value as string);
      return tree;
    },
  };
}
