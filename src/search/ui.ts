/**
 * The search box once it is used: loads the engine, then runs every keystroke's query
 * synchronously (no debounce: a query takes a few milliseconds even at 10,000 events) and
 * renders the result. After each render the form gets `data-search-rendered` and a
 * `search-rendered` event, which the tests and the bench wait for.
 */
import { createCombobox } from './combobox.ts';
import { loadEngine } from './load.ts';
import { search } from './query.ts';
import { findResultsPage } from './results-page.ts';
import { writeQuery } from './url-query.ts';

const BOX_LIMIT = 8;
const PAGE_LIMIT = 50;

export async function attach(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const box = createCombobox(form, input);
  const page = findResultsPage();
  const openOnLoad = !page || document.activeElement === input;
  box.message('Loading search…');
  page?.message('Loading search…');
  if (openOnLoad && input.value.trim()) box.setOpen(true);
  const engine = await loadEngine().catch((err: Error) => {
    box.message(`Search is unavailable: ${err.message}`);
    page?.message(`Search is unavailable: ${err.message}`);
    return undefined;
  });
  if (!engine) return;
  let renders = 0;

  const run = () => {
    const query = input.value;
    const result = query.trim() ? search(engine, query, page ? PAGE_LIMIT : BOX_LIMIT) : { total: 0, docs: [] };
    box.show(query, result.docs.slice(0, BOX_LIMIT), result.total);
    page?.show(query, result.docs, result.total);
    writeQuery(query);
    form.dataset.searchRendered = String(++renders);
    form.dispatchEvent(new CustomEvent('search-rendered', { detail: { query, total: result.total } }));
  };

  input.addEventListener('input', (e) => {
    if ((e as InputEvent).isComposing) return;
    run();
    box.setOpen(input.value.trim() !== '');
  });
  input.addEventListener('compositionend', () => run());
  input.addEventListener('keydown', (e) => box.onKey(e));
  input.addEventListener('focus', () => box.setOpen(input.value.trim() !== ''));
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) box.setOpen(false);
  });
  run();
  box.setOpen(input.value.trim() !== '' && (openOnLoad || document.activeElement === input));
}
