import { type Action, may } from "@fcs/contracts/permissions";
import { useCurrentUser } from "./session.tsx";

/** Whether the signed-in user may take an action: the API's permission table, so the page shows what the server allows. */
export function useMay(): (action: Action) => boolean {
  const { role } = useCurrentUser();
  return (action) => may(role, action);
}
