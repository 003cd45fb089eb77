/**
 * The only search code every page loads (a few hundred bytes): `/` focuses the box, and the
 * first use (focus, pointer, `?q=` in the URL) imports the real search code, which then
 * fetches the index. Nothing is downloaded for a visitor who never searches.
 */
const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');

/** True when a key press belongs to a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

if (form && input) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./ui.ts').then((ui) => ui.attach(form, input));
  };
  input.addEventListener('focus', start, { once: true });
  input.addEventListener('pointerdown', start, { once: true });
  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    e.preventDefault();
    input.focus();
  });
  const q = new URLSearchParams(location.search).get('q');
  if (q) {
    input.value = q;
    start();
  }
}
