/**
 * <cite-this>: fills in the reader's date accessed (the page says "the day you read this page"
 * without JavaScript), adds a `urldate` line to the BibTeX entry, and a copy button to each form.
 * Expects `[data-accessed]` (text), `[data-urldate]` (hidden line inside the BibTeX <pre>),
 * `[data-copy]` blocks, and `data-lang` / `data-copy-label` / `data-copied-label` on itself.
 */
import { formatDate } from '../site/format.ts';

/** The reader's local day as YYYY-MM-DD. */
function localIso(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The reader's local day in words, as the site writes dates (`25 June 2024`, `2024年6月25日`). */
const humanDate = (iso: string, lang: string) => formatDate(iso, 'day', lang.startsWith('zh') ? 'zh' : 'en');

class CiteThis extends HTMLElement {
  connectedCallback(): void {
    const now = new Date();
    const iso = localIso(now);
    const lang = this.dataset.lang ?? 'en';
    for (const el of this.querySelectorAll<HTMLElement>('[data-accessed]')) {
      el.textContent = humanDate(iso, lang);
      if (el instanceof HTMLTimeElement) el.dateTime = iso;
    }
    for (const el of this.querySelectorAll<HTMLElement>('[data-urldate]')) {
      el.textContent = `  urldate = {${iso}},\n`;
      el.hidden = false;
    }
    if (!navigator.clipboard) return;
    for (const block of this.querySelectorAll<HTMLElement>('[data-copy]')) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-button';
      const label = this.dataset.copyLabel ?? 'Copy';
      button.textContent = label;
      button.setAttribute('aria-label', `${label}: ${block.dataset.copy}`);
      button.addEventListener('click', async () => {
        const text = block.querySelector('pre, p')?.textContent ?? '';
        try {
          await navigator.clipboard.writeText(text);
          button.textContent = this.dataset.copiedLabel ?? 'Copied';
          setTimeout(() => {
            button.textContent = label;
          }, 2000);
        } catch {
          // copying refused (permissions): the text stays selectable
        }
      });
      block.append(button);
    }
  }
}

if (!customElements.get('cite-this')) customElements.define('cite-this', CiteThis);
