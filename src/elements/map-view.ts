/**
 * <map-view>: switches the world map in place. The picker's links lead to per-provider map pages
 * (which work without JavaScript); with JavaScript a click fetches that page and swaps in its map,
 * keeping the reader where they are, and announces the new map's title.
 */
class MapView extends HTMLElement {
  private busy = false;

  connectedCallback(): void {
    this.addEventListener('click', (e) => {
      const link = (e.target as Element | null)?.closest?.('a[data-map-link]') as HTMLAnchorElement | null;
      if (!link || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      e.preventDefault();
      void this.load(link.getAttribute('href') ?? '', link.closest('[data-provider-picker]') !== null);
    });
    // Hover or focus on a country shows its details under the map (screen readers get them from its <title>).
    const show = (e: Event) => {
      const country = (e.target as Element | null)?.closest?.('a[data-region]');
      const detail = this.querySelector<HTMLElement>('[data-map-detail]');
      if (!country || !detail) return;
      detail.textContent = country.querySelector('title')?.textContent ?? '';
      detail.hidden = false;
    };
    this.addEventListener('mouseover', show);
    this.addEventListener('focusin', show);
  }

  private async load(target: string, fromProviders: boolean): Promise<void> {
    const swap = this.querySelector('[data-map-swap]');
    if (this.busy || !swap) return;
    this.busy = true;
    this.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch(target);
      if (!res.ok) throw new Error(String(res.status));
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const next = doc.querySelector('map-view [data-map-swap]');
      if (!next) throw new Error('no map');
      // A provider page shows only the surface switch: keep it that way.
      if (this.dataset.picker === 'false') next.querySelector('[data-provider-picker]')?.remove();
      swap.replaceChildren(...[...next.childNodes].map((n) => document.importNode(n, true)));
      const scope = fromProviders ? '[data-provider-picker] ' : '';
      this.querySelector<HTMLAnchorElement>(`${scope}a[data-map-link][aria-current="true"]`)?.focus();
      const live = this.querySelector('[data-map-live]');
      if (live) live.textContent = swap.querySelector('.wm-heading')?.textContent ?? '';
    } catch {
      location.assign(target);
    } finally {
      this.busy = false;
      this.removeAttribute('aria-busy');
    }
  }
}

if (!customElements.get('map-view')) customElements.define('map-view', MapView);
