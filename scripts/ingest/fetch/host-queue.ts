/**
 * At most one request at a time per host: tasks for the same host run one after another, tasks
 * for different hosts run side by side (the global limit is applied inside each task).
 */
export function createHostQueue(): <T>(url: string, task: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(url: string, task: () => Promise<T>): Promise<T> => {
    const host = hostKey(url);
    const previous = tails.get(host) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(host, tail);
    void tail.then(() => {
      if (tails.get(host) === tail) tails.delete(host);
    });
    return run;
  };
}

function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url; // sources.yaml URLs are validated; an odd one just gets its own queue
  }
}
