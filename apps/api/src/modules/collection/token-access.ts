import { hashCollectionToken } from "@fcs/db";
import { AppError } from "../../errors.ts";
import { TtlCache } from "../../ttl-cache.ts";
import type { CollectionRepository, CollectionTokenRow } from "./repository.ts";

/** How long a token lookup is reused; a revocation through this app takes effect at once regardless. */
const lookupTtlMs = 30_000;

/**
 * Resolves the collection token a tablet or link sends, with a short cache since
 * every submission repeats the lookup. Revoking evicts the token at once.
 */
export function createTokenAccess(repository: CollectionRepository) {
  const cache = new TtlCache<string, CollectionTokenRow | undefined>(lookupTtlMs);

  return {
    async resolve(token: string | undefined): Promise<CollectionTokenRow> {
      if (!token) throw new AppError(401, "missing_collection_token", "Insamlingsnyckel saknas (X-Collection-Token).");
      const hash = hashCollectionToken(token);
      const access = await cache.get(hash, () => repository.findActiveToken(hash));
      if (!access) {
        throw new AppError(401, "invalid_collection_token", "Insamlingsnyckeln är ogiltig eller har återkallats.");
      }
      return access;
    },

    /** Records the day of use once per day per token, off the submission's critical path. */
    async markUsed(access: CollectionTokenRow, day: string): Promise<void> {
      if (access.lastUsedOn === day) return;
      access.lastUsedOn = day;
      await repository.markUsed(access.id, day);
    },

    /**
     * The centre's paper channel, made the first time staff enter a form: a token row whose hash
     * is not a hash of any token (so nothing can present it), listed and revocable like the others.
     */
    async paper(centreId: string): Promise<CollectionTokenRow> {
      const access = await repository.paperToken(centreId);
      if (!access) {
        throw new AppError(
          409,
          "paper_entry_revoked",
          "Inmatningen av pappersenkäter är spärrad för familjecentralen (återkallad under Surfplattor och länkar).",
        );
      }
      return access;
    },

    forget: (tokenHash: string) => cache.forget(tokenHash),
  };
}

export type TokenAccess = ReturnType<typeof createTokenAccess>;
