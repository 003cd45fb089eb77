/**
 * Run-order helpers for the ingest command, kept apart from the classify/cluster/write stages so
 * that a run where every feed answers 304 never loads those.
 */
/**
 * Calls `handle` for each item in the order of `ids`, one at a time, as soon as it and every
 * item before it have arrived.
 */
export function inOrder<T extends { id: string }>(ids: string[], handle: (item: T) => Promise<void>) {
  const waiting = new Map<string, T>();
  let next = 0;
  let chain = Promise.resolve();
  return {
    push: (item: T): void => {
      waiting.set(item.id, item);
      while (next < ids.length && waiting.has(ids[next]!)) {
        const ready = waiting.get(ids[next++]!)!;
        chain = chain.then(() => handle(ready));
      }
    },
    /** Resolves when every pushed item is handled; rejects with the first error. */
    done: () => chain,
  };
}

/** A function that runs `make` on its first call only; `called` tells whether it ran. */
export function once<T>(make: () => Promise<T>) {
  let value: Promise<T> | undefined;
  const get = () => {
    if (!value) {
      get.called = true;
      value = make();
    }
    return value;
  };
  get.called = false;
  return get;
}
