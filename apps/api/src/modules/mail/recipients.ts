import { type Database, selectRows, sql } from "@fcs/db";

/** Whom the platform writes to: active accounts only, found by their scope. */
export function createRecipientRepository(db: Database) {
  return {
    /** The county coordinators of a region. */
    countyCoordinators: (regionCode: string) =>
      selectRows<{ email: string }>(
        db,
        sql`select distinct u.email from users u join user_scopes s on s.user_id = u.id
            where u.role = 'county_coordinator' and u.active and s.region_code = ${regionCode}`,
      ),

    /** The local coordinators of a centre. */
    localCoordinators: (centreId: string) =>
      selectRows<{ email: string }>(
        db,
        sql`select distinct u.email from users u join user_scopes s on s.user_id = u.id
            where u.role = 'local_coordinator' and u.active and s.centre_id = ${centreId}::uuid`,
      ),
  };
}

export type RecipientRepository = ReturnType<typeof createRecipientRepository>;
