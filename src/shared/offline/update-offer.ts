/**
 * The one piece of state the update notice needs: whether a new version is waiting, and how to switch to it.
 * Set by the service worker registration (register.ts), read by <UpdateNotice>; kept apart from both so the
 * notice can be tested without a service worker.
 */
export type ApplyUpdate = () => Promise<void>;

let offer: ApplyUpdate | null = null;
const listeners = new Set<() => void>();

export function offerUpdate(apply: ApplyUpdate): void {
  offer = apply;
  for (const listener of listeners) listener();
}

export function currentOffer(): ApplyUpdate | null {
  return offer;
}

export function subscribeToOffer(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
