/**
 * The search box once it is used: loads the engine, then runs every keystroke's query
 * synchronously (no debounce: a query takes a few milliseconds even at 10,000 events) and
 * renders the result; the address bar follows once typing pauses. After each render the form
 * gets `data-search-rendered` (and `data-search-zh`: whether the Chinese titles are in) and a
 * `search-rendered` event, which the tests and the bench wait for.
 */
import { findCell } from './cells.ts';
import { createCombobox } from './combobox.ts';
import { loadChinese, loadEngine } from './load.ts';
import { msg, pageLocale } from './locale.ts';
import { search } from './query.ts';
import { findResultsPage } from './results-page.ts';
import { scheduleQueryWrite } from './url-query.ts';

const BOX_LIMIT = 8;
/** Chinese (and other CJK) characters: a query with them needs the Chinese titles. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const PAGE_LIMIT = 25;

export async function attach(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  const locale = pageLocale();
  const box = createCombobox(form, input, locale);
  const page = findResultsPage(locale);
  // On the search page the page's own list shows the results, so the box stays closed.
  const openBox = () => box.setOpen(!page && input.value.trim() !== '');
  box.message(msg(locale, 'search.loading'));
  page?.message(msg(locale, 'search.loading'));
  openBox();
  // A Chinese page shows Chinese titles: it waits for them. An English page fetches them only
  // once a query has Chinese in it, and runs the query again when they arrive.
  const engine = await loadEngine()
    .then(async (e) => {
      if (locale === 'zh') await loadChinese(e);
      return e;
    })
    .catch((err: Error) => {
      box.message(msg(locale, 'search.unavailable', { error: err.message }));
      page?.message(msg(locale, 'search.unavailable', { error: err.message }));
      return undefined;
    });
  if (!engine) return;
  let renders = 0;

  const run = () => {
    const query = input.value;
    if (!engine.hasZh && CJK.test(query))
      loadChinese(engine).then(
        () => input.value === query && run(),
        () => undefined,
      );
    const cell = query.trim() ? findCell(engine, query) : undefined;
    const limit = (page ? PAGE_LIMIT : BOX_LIMIT) - (cell ? 1 : 0);
    const result = query.trim() ? search(engine, query, limit) : { total: 0, docs: [] };
    if (page) page.show(query, result.docs, result.total, cell);
    else box.show(query, result.docs, result.total, cell);
    openBox();
    scheduleQueryWrite(query);
    form.dataset.searchZh = String(engine.hasZh);
    form.dataset.searchRendered = String(++renders);
    form.dispatchEvent(new CustomEvent('search-rendered', { detail: { query, total: result.total } }));
  };

  input.addEventListener('input', (e) => {
    if (!(e as InputEvent).isComposing) run();
  });
  input.addEventListener('compositionend', () => run());
  input.addEventListener('keydown', (e) => box.onKey(e));
  input.addEventListener('focus', openBox);
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) box.setOpen(false);
  });
  // Results opened by `?q=` before the box had focus close on a click elsewhere too.
  document.addEventListener('pointerdown', (e) => {
    if (!form.contains(e.target as Node | null)) box.setOpen(false);
  });
  run();
}
