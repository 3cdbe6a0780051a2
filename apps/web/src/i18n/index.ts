import { type Messages, sv } from "./sv.ts";

export type { Messages };

/**
 * The staff interface is Swedish. Visitor surveys carry their own translations
 * (packages/surveys); this module is where a second UI language would be added.
 */
const messages: Messages = sv;

export function useMessages(): Messages {
  return messages;
}
