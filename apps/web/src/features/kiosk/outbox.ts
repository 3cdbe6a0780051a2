import type { SubmitResponseBody } from "@fcs/contracts";
/**
 * Completed responses wait here, on the tablet, until the server has them. The
 * store is IndexedDB, so a reload, a crash or a power cut loses nothing already
 * completed; each entry keeps the UUID it was made with, so resending is safe.
 */
/** A completed answer waiting on the tablet: the submission as the API takes it, with its token and tries. */
export interface OutboxEntry extends SubmitResponseBody {
  token: string;
  /** Failed attempts so far, for back-off. */
  attempts: number;
}

const databaseName = "fcs-kiosk";
const storeName = "outbox";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName, { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = db.transaction(storeName, mode);
      const request = work(transaction.objectStore(storeName));
      // Resolve on commit, not on the request: only then is the entry durable.
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

export const outbox = {
  put: (entry: OutboxEntry) => run("readwrite", (store) => store.put(entry)).then(() => undefined),
  remove: (id: string) => run("readwrite", (store) => store.delete(id)).then(() => undefined),
  all: () => run<OutboxEntry[]>("readonly", (store) => store.getAll()),
};
