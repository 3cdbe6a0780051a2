type Answers = Record<string, unknown>;

/** What was typed and not yet saved, kept in the tab until the server has it. */
export interface DraftBackup {
  /** The version the answers were typed on. */
  version: number;
  answers: Answers;
}

const backupPrefix = "fcs-followup-draft:";

/** The tab's copy of the unsaved answers of one follow-up, for one user. */
export function draftBackup(key: string) {
  const name = `${backupPrefix}${key}`;
  return {
    read(): DraftBackup | undefined {
      try {
        const raw = sessionStorage.getItem(name);
        return raw ? (JSON.parse(raw) as DraftBackup) : undefined;
      } catch {
        return undefined;
      }
    },
    write(backup: DraftBackup) {
      try {
        sessionStorage.setItem(name, JSON.stringify(backup));
      } catch {
        // A full or disabled storage only loses the copy; saving goes on.
      }
    },
    clear: () => sessionStorage.removeItem(name),
  };
}

/** Forgets every unsaved copy in the tab: on signing out, so the next person at the computer finds none. */
export function clearDraftBackups() {
  for (const name of Object.keys(sessionStorage)) if (name.startsWith(backupPrefix)) sessionStorage.removeItem(name);
}
