/**
 * What the search bench measures in the browser. Query time is taken inside the page with
 * performance.now(): from just before the `input` event is dispatched to the moment the box
 * reports `search-rendered`, after forcing style and layout of the list (so the DOM work counts).
 */
import type { Page } from 'playwright-core';

export interface Responses {
  /** URL paths in the order their responses arrived. */
  paths: string[];
  /** Each path's body, once it has been read in full. */
  bodies(paths: string[]): Promise<Buffer[]>;
}

/** Records every response the page receives from now on (bodies are read asynchronously). */
export function recordResponses(page: Page): Responses {
  const paths: string[] = [];
  const pending = new Map<string, Promise<Buffer>>();
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    paths.push(path);
    pending.set(path, r.body());
  });
  return { paths, bodies: (list) => Promise.all(list.map((p) => pending.get(p)!)) };
}

/** Per query, ms from `input` to rendered results (run inside the page, one query per frame). */
export function timeQueries(page: Page, queries: string[]): Promise<number[]> {
  return page.evaluate(async (list) => {
    const form = document.querySelector<HTMLFormElement>('form[data-site-search]')!;
    const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
    const listbox = form.querySelector<HTMLElement>('[role="listbox"]')!;
    const times: number[] = [];
    for (const q of list) {
      const rendered = new Promise<number>((resolve) =>
        form.addEventListener(
          'search-rendered',
          () => {
            listbox.getBoundingClientRect();
            resolve(performance.now());
          },
          { once: true },
        ),
      );
      const t0 = performance.now();
      input.value = q;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: q }));
      times.push((await rendered) - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return times;
  }, queries);
}

/** Every prefix of every query, as typed one key at a time. */
export function keystrokes(queries: string[]): string[] {
  return queries.flatMap((q) => [...q].map((_, i) => [...q].slice(0, i + 1).join('')));
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
